if True:
    x = 1
  y = 2  # error: IndentationError: unindent does not match any outer indentation level
