a = [1]
b = a
b += [2]
b += 'xy'
print(a)  # expect: [1, 2, 'x', 'y']
b *= 2
print(len(a))  # expect: 8
s = 'a'
t = s
t += 'b'
print(s)  # expect: a
a += 5  # error: TypeError: 'int' object is not iterable
