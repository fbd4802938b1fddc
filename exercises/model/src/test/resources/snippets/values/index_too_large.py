print([1][99999999999999999999])  # error: IndexError: cannot fit 'int' into an index-sized integer
