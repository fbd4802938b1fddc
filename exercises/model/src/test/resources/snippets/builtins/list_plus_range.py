x = [1]
x += range(2)
print(x)  # expect: [1, 0, 1]
print([1] + range(3))  # error: TypeError: can only concatenate list (not "range") to list
