x = 'global'
class C:
    print(x)  # expect: global
    x = 'class'
    print(x)  # expect: class
print(C.x)  # expect: class
