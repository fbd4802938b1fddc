print('a' * 9999999999999999999)  # error: OverflowError: cannot fit 'int' into an index-sized integer
