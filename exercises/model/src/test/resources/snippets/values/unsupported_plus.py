print(1 + 'a')  # error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
