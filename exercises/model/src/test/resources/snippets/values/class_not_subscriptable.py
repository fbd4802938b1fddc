class C:
    pass
print(C[0])  # error: TypeError: type 'C' is not subscriptable
