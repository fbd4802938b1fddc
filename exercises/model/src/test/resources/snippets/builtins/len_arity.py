print(len([1], [2]))  # error: TypeError: len() takes exactly one argument (2 given)
