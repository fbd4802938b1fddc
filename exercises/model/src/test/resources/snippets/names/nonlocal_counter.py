def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = make()
inc()
print(inc())  # expect: 2
print(make()())  # expect: 1
