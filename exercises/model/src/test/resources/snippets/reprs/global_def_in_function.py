def f():
    global g
    def g():
        pass
f()
print(g)  # expect: <function g at 0x...>
