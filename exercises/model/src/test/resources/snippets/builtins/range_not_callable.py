range(3)()  # error: TypeError: 'range' object is not callable
