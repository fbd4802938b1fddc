# the nested def comes first in the source, so its error is the one reported
def f():
    x = 1
    def g(a, a):  # error: SyntaxError: duplicate argument 'a' in function definition
        pass
    global x
