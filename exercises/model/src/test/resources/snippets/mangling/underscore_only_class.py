class ___:
    __u = 1
print(___.__u)  # expect: 1
