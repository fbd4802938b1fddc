print(1 < 2, 2 <= 2, 'a' > 'b', [1, 2] < [1, 3], [1] < [1, 0], True == 1)
# expect: True True False True True True
print([1, 'a'] == [1, 'a'], [1] != [2], None == None, 'a' == 1)
# expect: True True True False
print(1 < 'a')  # error: TypeError: '<' not supported between instances of 'int' and 'str'
