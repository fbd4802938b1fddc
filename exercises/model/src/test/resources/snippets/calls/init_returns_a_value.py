class C:
    def __init__(self):
        return 5
C()  # error: TypeError: __init__() should return None, not 'int'
