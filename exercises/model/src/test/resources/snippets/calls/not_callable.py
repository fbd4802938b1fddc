x = 5
x()  # error: TypeError: 'int' object is not callable
