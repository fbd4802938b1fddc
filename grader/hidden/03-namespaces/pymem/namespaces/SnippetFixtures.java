package pymem.namespaces;

/**
 * The snippets the hidden tests run, each valid Python 3.11. twin.py reads this file, runs every snippet
 * with python3 and prints what it printed (and the exception that ended it): those are the expected
 * transcripts in {@link NamespacesFacts}. Keep every snippet inside the subset the kit parses.
 */
final class SnippetFixtures {
    private SnippetFixtures() {
    }

    static final String NOTEBOOK_LOCAL_VS_GLOBAL = """
        x = 50
        def global_func():
            x = 5
            print(x)
        global_func()
        print(x)
        """;

    static final String NOTEBOOK_ENCLOSING = """
        def outer():
            x = 57
            def nested_func():
                print(x)
            nested_func()
        outer()
        """;

    static final String NOTEBOOK_BUILTIN = """
        x = [0, 1, 3]
        def count_(x):
            print(len(x))
        count_(x)
        """;

    static final String GLOBAL_SHADOWS_BUILTIN = """
        def len(xs):
            return 'mine'
        def f():
            return len([1, 2])
        print(f())
        print(len([]))
        """;

    static final String MODULE_NAME_FALLS_BACK_TO_BUILTIN = """
        print(len([1, 2, 3]))
        len = 5
        print(len)
        del len
        print(len([1]))
        """;

    static final String UNBOUND_LOCAL_READ = """
        x = 10
        def f():
            print(x)
            x = 1
        f()
        """;

    static final String AUG_ASSIGN_OF_GLOBAL = """
        counter = 0
        def bump():
            counter += 1
        bump()
        """;

    static final String GLOBAL_DECLARATION_REBINDS_MODULE_NAME = """
        counter = 0
        def bump():
            global counter
            counter += 1
        bump()
        bump()
        print(counter)
        """;

    static final String UNDEFINED_NAME = """
        def f():
            return undefined_name
        print('before')
        f()
        """;

    static final String DEL_THEN_READ_LOCAL = """
        def f():
            x = 1
            del x
            print(x)
        f()
        """;

    static final String DEL_MAKES_NAME_LOCAL = """
        x = 1
        def f():
            del x
        f()
        """;

    static final String DEL_AFTER_READ_MAKES_LOCAL = """
        x = 'global'
        def f():
            print(x)
            del x
        f()
        """;

    static final String DEL_UNBOUND_DECLARED_GLOBAL = """
        def f():
            global y
            del y
        f()
        """;

    static final String CLASS_BODY_READS_GLOBAL_BEFORE_ITS_OWN = """
        x = 'global'
        class C:
            print(x)
            x = 'class'
            print(x)
        print(x)
        """;

    static final String CLASS_BODY_DOES_NOT_ENCLOSE_METHODS = """
        x = 'global'
        class C:
            x = 'class'
            def m(self):
                return x
        print(C().m())
        print(C.x)
        """;

    static final String COMPREHENSION_VARIABLE_DOES_NOT_LEAK = """
        x = 'before'
        squares = [x * x for x in range(4)]
        print(squares)
        print(x)
        """;

    static final String CLASS_COMPREHENSION_FIRST_ITERABLE = """
        class K:
            xs = [1, 2]
            ys = [x + 1 for x in xs]
        print(K.ys)
        """;

    static final String CLASS_COMPREHENSION_INNER_NAME = """
        class K:
            xs = [1, 2]
            ys = [x * len(xs) for x in xs]
        """;

    static final String DEFAULT_EVALUATED_AT_DEF = """
        x = 1
        def f(a=x):
            return a
        x = 2
        print(f(), f(3))
        """;

    static final String CLOSURE_SEES_LATER_ASSIGNMENT = """
        def outer():
            x = 1
            def get():
                return x
            x = 2
            return get
        print(outer()())
        """;

    static final String LATE_BINDING_LAMBDAS = """
        fs = [lambda: i for i in range(3)]
        print([f() for f in fs])
        """;

    static final String DEFAULT_CAPTURES_VALUE = """
        fs = [lambda i=i: i for i in range(3)]
        print([f() for f in fs])
        """;

    static final String CLOSURES_SHARE_ONE_CELL = """
        def make():
            n = 0
            def inc():
                nonlocal n
                n += 1
            def get():
                return n
            return [inc, get]
        pair = make()
        pair[0]()
        pair[0]()
        print(pair[1]())
        """;

    static final String FRESH_CELLS_PER_CALL = """
        def counter():
            n = 0
            def step():
                nonlocal n
                n += 1
                return n
            return step
        a = counter()
        b = counter()
        a()
        a()
        print(a(), b())
        """;

    static final String FREE_VARIABLE_NOT_YET_BOUND = """
        def f():
            def g():
                return x
            print(g())
            x = 1
        f()
        """;

    static final String FREE_VARIABLE_DELETED = """
        def f():
            x = 1
            def g():
                return x
            del x
            return g()
        f()
        """;

    static final String CELL_VARIABLE_READ_BEFORE_ASSIGNMENT = """
        def f():
            print(x)
            x = 1
            def g():
                return x
        f()
        """;

    static final String NESTED_NONLOCAL = """
        def f(x):
            def g():
                nonlocal x
                x = x - 2
                def h():
                    nonlocal x
                    x = x + 4
                    return x
                return h
            return g
        print(f(10)()())
        """;

    static final String NEAREST_ENCLOSING_SCOPE = """
        def f(x):
            def g(y):
                x = 42
                def h(z):
                    return x + z
                return h
            return g(2)
        print(f(10)(5))
        """;

    static final String FREE_NAME_PASSES_THROUGH = """
        def make_adder(x):
            def middle():
                def add(y):
                    return x + y
                return add
            return middle()
        print(make_adder(1)(2))
        """;

    static final String NESTING_THROUGH_CLASS = """
        def make_adder(x):
            class Adder:
                def add(self, y):
                    return x + y
            return Adder()
        print(make_adder(10).add(5))
        """;

    static final String GLOBAL_HIDES_ENCLOSING_BINDING = """
        x = 'module'
        def a():
            x = 'a'
            def f():
                global x
                def g():
                    return x
                return g()
            return f()
        print(a())
        """;

    static final String NONLOCAL_IN_CLASS_BODY = """
        def f():
            x = 1
            class C:
                nonlocal x
                x = 2
            return x
        print(f())
        """;

    static final String RECURSION_FINDS_ITSELF_IN_GLOBALS = """
        def fact(n):
            if n <= 1:
                return 1
            return n * fact(n - 1)
        print(fact(5))
        """;

    static final String DEL_EMPTY_CELL = """
        def f():
            def g():
                return x
            del x
            x = 1
        f()
        """;

    static final String DEL_EMPTY_FREE_CELL = """
        def f():
            def g():
                nonlocal x
                del x
            x = 1
            g()
            print('deleted once')
            g()
        f()
        """;

    static final String NONLOCAL_AT_MODULE_LEVEL = """
        nonlocal x
        """;

    static final String NO_BINDING_FOR_NONLOCAL = """
        def f():
            nonlocal x
        """;

    static final String NONLOCAL_CANNOT_REACH_A_GLOBAL = """
        def f():
            global x
            x = 1
            def g():
                nonlocal x
        """;

    static final String NONLOCAL_SKIPS_CLASS_SCOPE = """
        def f():
            class C:
                x = 1
                def m(self):
                    nonlocal x
        """;

    static final String NONLOCAL_IN_MODULE_LEVEL_CLASS = """
        x = 1
        class C:
            nonlocal x
        """;

    static final String ASSIGNED_BEFORE_GLOBAL = """
        def f():
            x = 1
            global x
        """;

    static final String AUG_ASSIGNED_BEFORE_GLOBAL = """
        def f():
            x += 1
            global x
        """;

    static final String USED_PRIOR_TO_GLOBAL = """
        def f():
            print(x)
            global x
        """;

    static final String PARAMETER_AND_GLOBAL = """
        def f(x):
            global x
        """;

    static final String PARAMETER_AND_NONLOCAL = """
        def f():
            x = 1
            def g(x):
                nonlocal x
        """;

    static final String NONLOCAL_AND_GLOBAL = """
        def f():
            x = 1
            def g():
                global x
                nonlocal x
        """;

    static final String ASSIGNED_BEFORE_NONLOCAL = """
        def f():
            x = 1
            def g():
                x = 2
                nonlocal x
        """;

    static final String USED_PRIOR_TO_NONLOCAL = """
        def f():
            x = 1
            def g():
                print(x)
                nonlocal x
        """;

    static final String SYNTAX_ERROR_BEFORE_ANY_OUTPUT = """
        print('never printed')
        def f():
            nonlocal y
        """;

    static final String DUPLICATE_PARAMETER = """
        def f(a, b, a):
            return a
        """;

    static final String DUPLICATE_LAMBDA_PARAMETER = """
        print('never printed')
        f = lambda x, x: x
        """;

    static final String FIRST_ERROR_IN_SOURCE_ORDER = """
        def f():
            x = 1
            def g(a, a):
                pass
            global x
        """;

    static final String OUTER_ERROR_BEFORE_NESTED_ONE = """
        def f():
            x = 1
            global x
            def g(a, a):
                pass
        """;

    static final String DECLARATION_ERROR_BEFORE_BINDING_ERROR = """
        def f():
            nonlocal y
        def g():
            print(z)
            global z
        """;

    static final String CLASS_GLOBAL_DOES_NOT_HIDE_ENCLOSING_FROM_METHODS = """
        def f():
            x = 'enclosing'
            class C:
                global x
                def m(self):
                    return x
            return C
        """;

    static final String CLASS_GLOBAL_READS_MODULE_NAME = """
        x = 'module'
        def f():
            x = 'enclosing'
            class C:
                global x
                seen = x
            return [C.seen, x]
        print(f())
        """;

    static final String CLASS_NONLOCAL_SHARED_WITH_METHOD = """
        def f():
            x = 1
            class C:
                nonlocal x
                x = 2
                def m(self):
                    return x
            return [C().m(), x]
        print(f())
        """;

    static final String PRIVATE_NAMES_MANGLED = """
        class C:
            __y = 1
            def m(self, __p):
                return [__p + self.__y + __q for __q in range(2)]
        print(C().m(10))
        print(C._C__y)
        """;

    static final String PRIVATE_NAME_READ_AS_MANGLED_GLOBAL = """
        __g = 'module'
        class C:
            def m(self):
                return __g
        C().m()
        """;

    static final String RETURN_OUTSIDE_FUNCTION = """
        print('never printed')
        return 1
        """;

    static final String SUM_OF_BOOLS_THEN_STRS = """
        print(sum([True, True, 1]))
        print(sum(['a', 'b']))
        """;

    static final String SEQUENCE_REPETITION_BY_NON_INT = """
        print([0] * 2, 2 * 'ab')
        print('ab' * 'c')
        """;

    static final String SEQUENCE_CONCATENATION_OF_MIXED_TYPES = """
        print([1] + [2], 'a' + 'b')
        print([1] + 'a')
        """;

    static final String CALL_ARITY_WITH_DEFAULTS = """
        def f(a, b=1):
            return a + b
        print(f(1))
        f(1, 2, 3)
        """;

    static final String METHOD_ARITY_NAMES_ITS_CLASS = """
        def outer():
            class C:
                def m(self, a, b):
                    pass
            C().m()
        outer()
        """;

    static final String QUALIFIED_CLASS_REPRS = """
        def f():
            class D:
                class E:
                    pass
            return D
        print(f())
        print(f().E)
        """;
}
