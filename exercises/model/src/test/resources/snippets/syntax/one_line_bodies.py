def f(): return 1
class C: x = 2
for i in [1]: print(i)  # expect: 1
if f() == C.x: print('no')
elif f(): print('yes')  # expect: yes
