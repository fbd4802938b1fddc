print('never printed')
return 5  # error: SyntaxError: 'return' outside function
