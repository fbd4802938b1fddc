class C:
    def m(self, __a, __a):  # error: SyntaxError: duplicate argument '__a' in function definition
        pass
