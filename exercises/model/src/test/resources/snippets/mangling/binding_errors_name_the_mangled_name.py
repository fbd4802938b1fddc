class C:
    def m(self):
        nonlocal __q  # error: SyntaxError: no binding for nonlocal '_C__q' found
