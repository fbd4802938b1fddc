for c in 'ab':
    print(c)
# expect: a
# expect: b
print([c + c for c in 'xy'])  # expect: ['xx', 'yy']
for n in 5:  # error: TypeError: 'int' object is not iterable
    pass
