# a class body's global x hides the function's x from the class body only
x = 'global'
def f():
    x = 'enclosing'
    class C:
        global x
        y = x
    return C.y
print(f())  # expect: global
