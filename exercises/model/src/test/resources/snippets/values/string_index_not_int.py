s = 'abc'
print(s[None])  # error: TypeError: string indices must be integers, not 'NoneType'
