def f():
    x = 1
    def g(x):
        nonlocal x  # error: SyntaxError: name 'x' is parameter and nonlocal
