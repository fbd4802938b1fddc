# range returns a list in the model: iterate over it, never print it
print([i for i in range(3)], [i for i in range(1, 3)], [i for i in range(5, 0, -2)], len(range(0)), len(range(True)))
# expect: [0, 1, 2] [1, 2] [5, 3, 1] 0 1
print(range('a'))  # error: TypeError: 'str' object cannot be interpreted as an integer
