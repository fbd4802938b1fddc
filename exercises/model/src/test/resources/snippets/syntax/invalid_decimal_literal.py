print(1a)  # error: SyntaxError: invalid decimal literal
