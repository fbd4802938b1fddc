sum([1], 2, 3)  # error: TypeError: sum() takes at most 2 arguments (3 given)
