x = 'global'
class C:
    x = 'class'
    def m(self):
        return x
print(C().m())  # expect: global
