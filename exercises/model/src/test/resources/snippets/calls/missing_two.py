def f(a, b):
    pass
f()  # error: TypeError: f() missing 2 required positional arguments: 'a' and 'b'
