class C:
    pass
C().y  # error: AttributeError: 'C' object has no attribute 'y'
