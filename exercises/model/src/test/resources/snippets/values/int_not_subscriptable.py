x = 5
print(x[0])  # error: TypeError: 'int' object is not subscriptable
