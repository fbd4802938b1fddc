for i in []:
pass  # error: IndentationError: expected an indented block after 'for' statement on line 1
