x = 1
def f():
    nonlocal x  # error: SyntaxError: no binding for nonlocal 'x' found
