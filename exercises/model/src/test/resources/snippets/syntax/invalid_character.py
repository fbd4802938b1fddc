x = 1 €  # error: SyntaxError: invalid character '€' (U+20AC)
