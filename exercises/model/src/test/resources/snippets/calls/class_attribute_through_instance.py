class C:
    n = 3
    def get(self):
        return self.n
print(C().get())  # expect: 3
print(C().n)  # expect: 3
