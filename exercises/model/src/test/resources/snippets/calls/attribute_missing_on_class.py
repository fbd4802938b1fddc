class C:
    pass
C.y  # error: AttributeError: type object 'C' has no attribute 'y'
