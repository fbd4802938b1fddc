print('a' + 'b')  # expect: ab
print('a' + 1)  # error: TypeError: can only concatenate str (not "int") to str
