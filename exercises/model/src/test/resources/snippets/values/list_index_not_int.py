xs = [1]
i = 'a'
print(xs[i])  # error: TypeError: list indices must be integers or slices, not str
