def f():
    v = 'cell'
    class C:
        def m(self):
            return v
    return C().m()
print(f())  # expect: cell
