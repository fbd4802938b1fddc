def f(x):
    global x  # error: SyntaxError: name 'x' is parameter and global
