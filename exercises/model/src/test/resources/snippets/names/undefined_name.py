print(1)  # expect: 1
print(nowhere)  # error: NameError: name 'nowhere' is not defined
