if True:
    pass
elif False:
pass  # error: IndentationError: expected an indented block after 'elif' statement on line 3
