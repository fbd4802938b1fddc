x = 2
x *= 'ab'
print(x)  # expect: abab
y = None
y -= 1  # error: TypeError: unsupported operand type(s) for -=: 'NoneType' and 'int'
