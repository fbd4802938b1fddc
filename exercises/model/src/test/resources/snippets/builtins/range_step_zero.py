range(1, 5, 0)  # error: ValueError: range() arg 3 must not be zero
