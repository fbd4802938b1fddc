f = lambda a, b, c, d=4: a
f()  # error: TypeError: <lambda>() missing 3 required positional arguments: 'a', 'b', and 'c'
