range(1, 2, 3, 4)  # error: TypeError: range expected at most 3 arguments, got 4
