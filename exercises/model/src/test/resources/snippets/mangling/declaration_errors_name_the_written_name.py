class C:
    def m(self, __a):
        global __a  # error: SyntaxError: name '__a' is parameter and global
