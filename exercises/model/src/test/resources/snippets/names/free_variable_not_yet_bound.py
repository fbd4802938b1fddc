def outer():
    def inner():
        return v
    print(inner())  # error: NameError: cannot access free variable 'v' where it is not associated with a value in enclosing scope
    v = 1
outer()
