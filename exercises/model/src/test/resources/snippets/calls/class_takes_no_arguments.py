class C:
    pass
C(1)  # error: TypeError: C() takes no arguments
