print([1, 2)  # error: SyntaxError: closing parenthesis ')' does not match opening parenthesis '['
