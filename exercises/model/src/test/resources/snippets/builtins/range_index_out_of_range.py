print(range(3)[5])  # error: IndexError: range object index out of range
