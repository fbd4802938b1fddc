def f():
    def g():
        pass
    class D:
        def m(self):
            pass
    return [g, D, D.m, lambda: 0]
print(f())
# expect: [<function f.<locals>.g at 0x...>, <class '__main__.f.<locals>.D'>, <function f.<locals>.D.m at 0x...>, <function f.<locals>.<lambda> at 0x...>]
class C:
    def m(self):
        pass
print(C, C.m, C().m, C())
# expect: <class '__main__.C'> <function C.m at 0x...> <bound method C.m of <__main__.C object at 0x...>> <__main__.C object at 0x...>
print([lambda: 0 for i in range(1)])  # expect: [<function <listcomp>.<lambda> at 0x...>]
print(len, print)  # expect: <built-in function len> <built-in function print>
