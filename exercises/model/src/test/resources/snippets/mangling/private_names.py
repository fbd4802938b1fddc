class C:
    __x = 1
    def get(self):
        return self.__x
    def __hidden(self):
        return 'hidden'
    def call(self):
        return self.__hidden()
print(C().get(), C._C__x, C().call())  # expect: 1 1 hidden
print(C.__x)  # error: AttributeError: type object 'C' has no attribute '__x'
