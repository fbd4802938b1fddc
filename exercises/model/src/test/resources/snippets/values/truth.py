for v in [0, 1, '', 'a', [], [0], None, True, False]:
    if v:
        print('yes')
    else:
        print('no')
# expect: no
# expect: yes
# expect: no
# expect: yes
# expect: no
# expect: yes
# expect: no
# expect: yes
# expect: no
