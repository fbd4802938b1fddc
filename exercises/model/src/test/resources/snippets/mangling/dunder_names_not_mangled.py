class C:
    __init__ = None
    __y__ = 1
print(C.__y__)  # expect: 1
