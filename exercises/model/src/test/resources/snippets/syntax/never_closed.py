print([1, 2  # error: SyntaxError: '[' was never closed
