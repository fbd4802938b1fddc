def outer():
    def inner(a):
        pass
    inner()  # error: TypeError: outer.<locals>.inner() missing 1 required positional argument: 'a'
outer()
