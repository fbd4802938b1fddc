class C:
    def m(self, __a):
        return __a
print(C().m(5))  # expect: 5
C().m()  # error: TypeError: C.m() missing 1 required positional argument: '_C__a'
