print(1))  # error: SyntaxError: unmatched ')'
