def f():
    x = 1
    def g():
        nonlocal x
        global x  # error: SyntaxError: name 'x' is nonlocal and global
