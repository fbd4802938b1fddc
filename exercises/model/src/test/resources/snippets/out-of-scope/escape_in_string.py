print('a\tb')  # out of scope: escape sequences
