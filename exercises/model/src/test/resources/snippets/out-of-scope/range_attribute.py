print(range(3).stop)  # out of scope: the attributes of a range
