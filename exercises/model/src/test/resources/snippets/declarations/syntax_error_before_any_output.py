print('never printed')
def f():
    y = 2
    global y  # error: SyntaxError: name 'y' is assigned to before global declaration
