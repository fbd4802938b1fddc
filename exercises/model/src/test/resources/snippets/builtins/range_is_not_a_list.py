print(range(3) + [1])  # error: TypeError: unsupported operand type(s) for +: 'range' and 'list'
