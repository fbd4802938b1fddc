print(len([0] * 10000000))  # out of scope: a repetition longer than
