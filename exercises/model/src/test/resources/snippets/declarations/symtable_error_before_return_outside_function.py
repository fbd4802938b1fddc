return 1
def f(a, a):  # error: SyntaxError: duplicate argument 'a' in function definition
    pass
