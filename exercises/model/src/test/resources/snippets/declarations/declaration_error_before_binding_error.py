# "no binding for nonlocal" is found in a second pass, after every declaration error
def f():
    nonlocal y
def g(a, a):  # error: SyntaxError: duplicate argument 'a' in function definition
    pass
