if True:
    pass
else:
pass  # error: IndentationError: expected an indented block after 'else' statement on line 3
