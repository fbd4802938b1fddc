print([1, 2] * 2)  # expect: [1, 2, 1, 2]
print(2 * 'ab')  # expect: abab
print('a' * -1)  # expect: 
print([0] * False)  # expect: []
print('a' * 'b')  # error: TypeError: can't multiply sequence by non-int of type 'str'
