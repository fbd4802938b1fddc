x = $  # error: SyntaxError: invalid syntax
