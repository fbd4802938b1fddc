def f():
pass  # error: IndentationError: expected an indented block after function definition on line 1
