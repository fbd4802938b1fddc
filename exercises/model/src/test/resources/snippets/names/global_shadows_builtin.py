def len(xs):
    return 'mine'
print(len([1]))  # expect: mine
del len
print(len([1]))  # expect: 1
