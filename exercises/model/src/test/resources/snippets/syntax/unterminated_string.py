x = 'abc  # error: SyntaxError: unterminated string literal (detected at line 1)
