def outer():
    v = 1
    def inner():
        nonlocal v
        del v
        del v  # error: NameError: cannot access free variable 'v' where it is not associated with a value in enclosing scope
    inner()
outer()
