print(len(range(10000000)))  # out of scope: a range of more than
