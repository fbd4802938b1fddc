x = 'g'
def f():
    class C:
        global x
        x = 5
        def m(self):
            return x
    return C().m()
print(f())  # expect: 5
print(x)  # expect: 5
