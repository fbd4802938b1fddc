r = range(2)
r += [1]  # error: TypeError: unsupported operand type(s) for +=: 'range' and 'list'
