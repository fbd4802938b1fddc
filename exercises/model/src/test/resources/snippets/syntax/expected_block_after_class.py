class C:
pass  # error: IndentationError: expected an indented block after class definition on line 1
