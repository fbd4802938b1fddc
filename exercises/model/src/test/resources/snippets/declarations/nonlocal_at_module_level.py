nonlocal x  # error: SyntaxError: nonlocal declaration not allowed at module level
