def f():
    class C:
        return 1  # error: SyntaxError: 'return' outside function
