def f():
    del y  # error: UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
f()
