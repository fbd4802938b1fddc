n = 1
def f(a=n):
    return a
n = 2
print(f())  # expect: 1
