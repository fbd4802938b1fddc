print(1.5)  # out of scope: number literals other than decimal ints
