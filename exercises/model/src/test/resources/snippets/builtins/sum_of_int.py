sum(5)  # error: TypeError: 'int' object is not iterable
