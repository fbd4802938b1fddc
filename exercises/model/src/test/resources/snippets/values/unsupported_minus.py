print('a' - 'b')  # error: TypeError: unsupported operand type(s) for -: 'str' and 'str'
