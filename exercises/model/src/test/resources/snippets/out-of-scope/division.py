print(1 / 2)  # out of scope: the operator '/'
