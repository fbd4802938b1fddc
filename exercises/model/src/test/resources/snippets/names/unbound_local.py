x = 10
def f():
    print(x)  # error: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
    x = 1
f()
