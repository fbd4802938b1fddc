def f(a, b=2, c=3):
    return a + b + c
print(f(1))  # expect: 6
print(f(1, 10))  # expect: 14
f(1, 2, 3, 4)  # error: TypeError: f() takes from 1 to 3 positional arguments but 4 were given
