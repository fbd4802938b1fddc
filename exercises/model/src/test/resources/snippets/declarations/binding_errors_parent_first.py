def f():
    def g():
        nonlocal q
    nonlocal z  # error: SyntaxError: no binding for nonlocal 'z' found
