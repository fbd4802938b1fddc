a = [1]
a += [a]
print(a)  # expect: [1, [...]]
