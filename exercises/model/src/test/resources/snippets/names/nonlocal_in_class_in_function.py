def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        def m(self):
            return x
    return [C().m(), x]
print(f())  # expect: [2, 2]
