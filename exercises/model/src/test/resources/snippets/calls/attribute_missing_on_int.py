x = 5
x.y  # error: AttributeError: 'int' object has no attribute 'y'
