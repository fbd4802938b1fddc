def f(a):
    return a
print(f(a=1))  # out of scope: outside the snippet subset
