def f():
    x = 1
    class C:
        global x
        def m(self):
            return x
    return C().m()
print(f())  # out of scope: DEF_FREE_CLASS
