print(-'a')  # error: TypeError: bad operand type for unary -: 'str'
