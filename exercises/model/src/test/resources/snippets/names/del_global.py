x = 1
del x
print(x)  # error: NameError: name 'x' is not defined
