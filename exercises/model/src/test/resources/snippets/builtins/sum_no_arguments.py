sum()  # error: TypeError: sum() takes at least 1 positional argument (0 given)
