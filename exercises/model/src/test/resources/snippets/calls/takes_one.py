def f(a):
    pass
f(1, 2)  # error: TypeError: f() takes 1 positional argument but 2 were given
