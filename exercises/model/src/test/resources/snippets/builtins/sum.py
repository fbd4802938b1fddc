print(sum([1, 2, 3]), sum([]), sum([True, True, 3]), sum([[1], [2]], []), sum([1], 10))
# expect: 6 0 5 [1, 2] 11
print(sum(['a', 'b']))  # error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
