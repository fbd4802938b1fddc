class C:
    pass
C()()  # error: TypeError: 'C' object is not callable
