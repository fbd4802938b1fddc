__g = 'module'
class C:
    def m(self):
        return __g
C().m()  # error: NameError: name '_C__g' is not defined
