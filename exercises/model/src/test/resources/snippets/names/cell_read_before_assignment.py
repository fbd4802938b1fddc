def outer():
    print(v)  # error: UnboundLocalError: cannot access local variable 'v' where it is not associated with a value
    v = 1
    def inner():
        return v
outer()
