def f():
    x = 1
    def g():
        x = 2
        nonlocal x  # error: SyntaxError: name 'x' is assigned to before nonlocal declaration
