def f():
    x = 1
    global x  # error: SyntaxError: name 'x' is assigned to before global declaration
