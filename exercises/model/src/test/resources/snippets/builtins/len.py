print(len([1, 2]), len('abc'), len([]))  # expect: 2 3 0
print(len(5))  # error: TypeError: object of type 'int' has no len()
