n = 1
n += [2]  # error: TypeError: unsupported operand type(s) for +=: 'int' and 'list'
