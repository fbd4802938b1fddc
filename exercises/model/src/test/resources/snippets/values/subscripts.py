xs = [10, 20, 30]
print(xs[0], xs[-1], xs[True], 'abc'[1], 'abc'[-3])  # expect: 10 30 20 b a
print(xs[3])  # error: IndexError: list index out of range
