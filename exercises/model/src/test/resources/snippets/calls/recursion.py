def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)
print(fact(20))  # expect: 2432902008176640000
