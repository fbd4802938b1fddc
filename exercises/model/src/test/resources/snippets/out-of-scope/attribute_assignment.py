class C:
    pass
C.x = 1  # out of scope: only assigns to plain names
