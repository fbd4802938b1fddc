x = 1
    y = 2  # error: IndentationError: unexpected indent
