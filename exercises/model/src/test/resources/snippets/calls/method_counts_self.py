class C:
    def m(self):
        return 'm'
print(C().m())  # expect: m
print(C.m(C()))  # expect: m
C().m(1)  # error: TypeError: C.m() takes 1 positional argument but 2 were given
