def f():
    pass
f(1)  # error: TypeError: f() takes 0 positional arguments but 1 was given
