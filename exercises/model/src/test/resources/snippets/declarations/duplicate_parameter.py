def f(a, b, a):  # error: SyntaxError: duplicate argument 'a' in function definition
    pass
