print(2 + 3 * 4)  # expect: 14
print(-2 - -3)  # expect: 1
print(99999999999999999999 * 10)  # expect: 999999999999999999990
print(True + True)  # expect: 2
print(-True)  # expect: -1
print(True * 'ab')  # expect: ab
