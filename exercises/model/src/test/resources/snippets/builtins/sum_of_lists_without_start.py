print(sum([[1]]))  # error: TypeError: unsupported operand type(s) for +: 'int' and 'list'
