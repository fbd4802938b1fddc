print(sum([1, None]))  # error: TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
