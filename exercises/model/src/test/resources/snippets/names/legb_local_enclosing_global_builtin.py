# LEGB: local, enclosing function, global (module), builtins
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        x = 'local'
        print(x)
    inner()
    print(x)
outer()
print(x)
print(len([1, 2]))
# expect: local
# expect: enclosing
# expect: global
# expect: 2
