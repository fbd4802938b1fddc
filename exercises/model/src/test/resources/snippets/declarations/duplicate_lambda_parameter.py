f = lambda x, x: x  # error: SyntaxError: duplicate argument 'x' in function definition
