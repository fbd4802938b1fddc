print(range(3), range(1, 3), range(5, 0, -2), range(1, 5, 1), [range(2)], str(range(0)))
# expect: range(0, 3) range(1, 3) range(5, 0, -2) range(1, 5) [range(0, 2)] range(0, 0)
print([i for i in range(5, 0, -2)], len(range(True)), sum(range(4)), range(5)[-1])
# expect: [5, 3, 1] 1 6 4
print(range(2) == range(0, 2), range(2) == [0, 1], range(0) == range(3, 3))
# expect: True False True
print(range('a'))  # error: TypeError: 'str' object cannot be interpreted as an integer
