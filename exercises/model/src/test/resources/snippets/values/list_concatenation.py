print([1] + [2])  # expect: [1, 2]
print([1] + 'a')  # error: TypeError: can only concatenate list (not "str") to list
