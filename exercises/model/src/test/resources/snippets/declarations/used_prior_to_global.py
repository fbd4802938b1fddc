def f():
    print(x)
    global x  # error: SyntaxError: name 'x' is used prior to global declaration
