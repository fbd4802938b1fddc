print('abc'[5])  # error: IndexError: string index out of range
