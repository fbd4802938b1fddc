def down(n):
    if n == 0:
        return 0
    return down(n - 1)
print(down(500))  # out of scope: calls nested more than 200 deep
