class C:
    def __init__(self, a):
        pass
C()  # error: TypeError: C.__init__() missing 1 required positional argument: 'a'
