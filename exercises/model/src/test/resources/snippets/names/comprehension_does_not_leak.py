i = 'module'
squares = [i * i for i in range(4)]
print(squares)  # expect: [0, 1, 4, 9]
print(i)  # expect: module
