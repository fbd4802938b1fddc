print(None * None)  # error: TypeError: unsupported operand type(s) for *: 'NoneType' and 'NoneType'
