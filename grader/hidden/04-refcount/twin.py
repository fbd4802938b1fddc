"""Python twin of pymem.refcount.RefCountFacts: prints, as NAME=value, every CPython 3.11 fact the
04-refcount hidden tests assert, measured on the running interpreter. Run with python3 3.11."""
import ctypes
import gc
import sys

assert sys.version_info[:2] == (3, 11), "the kit models CPython 3.11"
gc.disable()  # refcounting only: the collector must not free the cycle we measure below


def raw_refcount(address):
    """ob_refcnt of the object at address, read without taking a reference to it."""
    return ctypes.c_ssize_t.from_address(address).value


facts = {}

# The notebook's example: a fresh list bound to one name, then more owners.
x = [6, 5, 8]
facts["GETREFCOUNT_FRESH_NAME"] = sys.getrefcount(x)
y = x
facts["GETREFCOUNT_AFTER_ALIAS"] = sys.getrefcount(x)
l = [x, x]
facts["GETREFCOUNT_AFTER_LIST_OF_TWO"] = sys.getrefcount(x)
del y, l
facts["GETREFCOUNT_AFTER_DEL_ALIAS_AND_LIST"] = sys.getrefcount(x)

# Rebinding a name releases the object it was bound to.
y = x
y = [0]
facts["GETREFCOUNT_AFTER_REBIND_AWAY"] = sys.getrefcount(x)
del y

# An object no name holds: only the argument's temporary reference.
facts["GETREFCOUNT_UNOWNED"] = sys.getrefcount(object())


def count_of_parameter(p):
    return sys.getrefcount(p)


facts["GETREFCOUNT_AS_PARAMETER"] = count_of_parameter(x)

# Containers own references: a dict entry, a tuple's slots.
d = {}
d["k"] = x
facts["GETREFCOUNT_AFTER_DICT_STORE"] = sys.getrefcount(x)
d.clear()
facts["GETREFCOUNT_AFTER_DICT_CLEAR"] = sys.getrefcount(x)
t = (x, x, x)
facts["GETREFCOUNT_IN_TUPLE_OF_THREE"] = sys.getrefcount(x)
del t

# An instance owns a reference to its class.


class C:
    pass


before = sys.getrefcount(C)
c = C()
facts["INSTANCE_ADDS_TO_CLASS"] = sys.getrefcount(C) - before
del c

# test_sys.test_refcount: binding a global name to None adds one; del takes it back.
before = sys.getrefcount(None)
n = None
facts["BIND_NONE_ADDS"] = sys.getrefcount(None) - before
del n
facts["DEL_NONE_RESTORES"] = sys.getrefcount(None) - before

# A list holding itself: the name and its own slot. After del, its own slot keeps it at 1 forever.
s = []
s.append(s)
facts["GETREFCOUNT_SELF_LIST"] = sys.getrefcount(s)
address = id(s)
del s
facts["CYCLE_REFCOUNT_AFTER_DEL"] = raw_refcount(address)
gc.collect()

# 3.11 static objects: count starts at 999999999 (_PyObject_IMMORTAL_INIT) and still moves.
facts["STATIC_INITIAL_REFCOUNT"] = min(raw_refcount(id(chr(i))) for i in range(256))
before = sys.getrefcount(0)
zeros = [0] * 1000
facts["LIST_OF_1000_ZEROS_ADDS"] = sys.getrefcount(0) - before
del zeros


# The order of deaths in a cascade, as __del__ sees it. Each deallocator releases its references in its own
# order and whatever reaches zero dies at once (depth first): lists and tuples last item first, dicts key then
# value per entry, instances their attributes then their class.
deaths = []


def marker_class():
    """A fresh class of markers, which record their name when they die. Fresh, because a class's key table
    fills up with its instances (see SHARED_KEY_NAMES_AFTER_10_INSTANCES): each scenario starts with a new one."""

    class M:
        def __init__(self, name):
            self.name = name

        def __del__(self):
            deaths.append(self.name)
    return M


def deaths_of(build):
    global M
    M = marker_class()
    deaths.clear()
    obj = build()
    del obj
    return list(deaths)


facts["DEATHS_LIST_OF_THREE"] = deaths_of(lambda: [M("a"), M("b"), M("c")])
facts["DEATHS_LIST_CLEAR"] = deaths_of(lambda: [M("a"), M("b"), M("c")].clear())
facts["DEATHS_TUPLE_OF_THREE"] = deaths_of(lambda: (M("a"), M("b"), M("c")))
facts["DEATHS_DICT_OF_TWO_ENTRIES"] = deaths_of(lambda: {M("k1"): M("v1"), M("k2"): M("v2")})
facts["DEATHS_NESTED_CONTAINERS"] = deaths_of(lambda: [[M("l1"), M("l2")], (M("t1"), M("t2")), {"k": M("v")}])


def instance_tree():
    o = M("o")
    o.a = M("a")
    o.b = M("b")
    o.a.a = M("aa")
    o.a.b = M("ab")
    return o


facts["DEATHS_INSTANCE_TREE"] = deaths_of(instance_tree)


def second_instance_of_a_class():
    first = M("first")
    first.y = M("first.y")
    first.x = M("first.x")
    del first
    second = M("second")
    second.x = M("second.x")
    second.y = M("second.y")
    return second


# The second instance set x before y, but the class's key table has y first: y's value dies first.
facts["DEATHS_INSTANCE_SHARED_KEY_ORDER"] = deaths_of(second_instance_of_a_class)


def attribute_deleted_and_set_again():
    o = M("o")
    o.a = M("a")
    o.b = M("b")
    del o.a
    o.a = M("a again")
    return o


facts["DEATHS_ATTRIBUTE_SET_AGAIN"] = deaths_of(attribute_deleted_and_set_again)


def failed_delete_first():
    o = M("o")
    try:
        del o.b  # fails, but _PyObject_StoreInstanceAttribute has already put 'b' in the class's key table
    except AttributeError:
        pass
    o.a = M("a")
    o.b = M("b")
    return o


facts["DEATHS_AFTER_A_FAILED_DELETE"] = deaths_of(failed_delete_first)


def shared_key_capacity(instances_before=0):
    """How many names a class's shared key table takes for a first instance made after `instances_before` others:
    past it, an instance setting a new name gets a dict of its own (seen in the order a later one releases)."""
    for names in range(1, 64):
        cls = type("K", (), {"__del__": lambda self: None})
        others = [cls() for _ in range(instances_before)]
        first = cls()
        for i in range(names):
            setattr(first, f"a{i}", 0)
        deaths.clear()
        second = cls()
        for i in reversed(range(names)):
            setattr(second, f"a{i}", M(f"a{i}"))
        del second, others
        if deaths[0] != "a0":
            return names - 1
    raise AssertionError("no limit found")


M = marker_class()
facts["SHARED_KEY_NAMES_MAX"] = shared_key_capacity()
facts["SHARED_KEY_NAMES_AFTER_10_INSTANCES"] = shared_key_capacity(10)


def crowded_class():
    """After 28 instances, a 29th sets y (the table's last place), then x (no place left: a dict of its own);
    a 30th sets x then y: x is not in the table, so it gets a dict too and releases in its own order."""
    crowd = [M("crowd") for _ in range(28)]
    o = M("o")
    o.y = M("y")
    o.x = M("x")
    del o
    p = M("p")
    p.x = M("x2")
    p.y = M("y2")
    del p
    return None


facts["DEATHS_CROWDED_CLASS"] = [name for name in deaths_of(crowded_class) if name != "crowd"]


def instance_with_a_dict_of_its_own():
    cls = type("Full", (), {})
    first = cls()
    for i in range(facts["SHARED_KEY_NAMES_MAX"]):
        setattr(first, f"a{i}", 0)
    o = cls()
    o.a5 = M("a5")
    o.a1 = M("a1")
    o.extra = M("extra")  # not in the full table: o gets a dict, in its own insertion order
    o.a0 = M("a0")
    return o


facts["DEATHS_INSTANCE_WITH_OWN_DICT"] = deaths_of(instance_with_a_dict_of_its_own)


def function_with_defaults_and_closure():
    x = M("x")
    y = M("y")

    def f(a=M("d1"), b=M("d2")):
        return x, y
    return f


facts["DEATHS_FUNCTION"] = deaths_of(function_with_defaults_and_closure)


def chain(length, prefix):
    """prefix0.next = prefix1, ...: a chain of instances, prefix0 first."""
    head = None
    for i in reversed(range(length)):
        node = M(f"{prefix}{i}")
        node.next = head
        head = node
    return head


# The trashcan: past 50 nested deallocators of lists, tuples, dicts, sets or instances, a deallocation waits
# until the outermost one has finished, the last deposited first. del l for l = [b, chain] (chain 100 deep).
facts["DEATHS_TRASHCAN_SIBLING"] = deaths_of(lambda: [M("b"), chain(100, "c")])
facts["DEATHS_TRASHCAN_TWO_CHAINS"] = deaths_of(lambda: [chain(55, "x"), chain(55, "y")])


# The lesson's other claims about static objects.
facts["SMALL_INT_CACHE_RANGE"] = [min(i for i in range(-10, 0) if int(str(i)) is i),
                                  max(i for i in range(250, 300) if int(str(i)) is i)]
static_objects = [int(str(i)) for i in range(-5, 257)] + [(), ""] + [chr(i) for i in range(256)]
facts["STATIC_OBJECTS_AT_LEAST_INITIAL"] = all(raw_refcount(id(o)) >= 999_999_999 for o in static_objects)
facts["SINGLETONS_BELOW_STATIC_INITIAL"] = all(sys.getrefcount(o) < 999_999_999 for o in (None, True, False))
facts["GETREFCOUNT_6_ABOVE_INITIAL"] = sys.getrefcount(6) > 999_999_999


def run_python(code):
    import subprocess
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


FORCE_TO_ZERO = "import ctypes\nx = {}\nctypes.c_ssize_t.from_address(id(x)).value = 1\ndel x\nprint('survived')\n"
none_run = run_python(FORCE_TO_ZERO.format("None"))
facts["NONE_DEALLOC_FATAL_ERROR"] = none_run.stderr.splitlines()[0].split(":")[0:3] == [
    "Fatal Python error", " none_dealloc", " deallocating None"]
import signal
six_runs = [run_python(FORCE_TO_ZERO.format("6")).returncode for _ in range(6)]
facts["STATIC_INT_DEALLOC_DIES_OF_SIGSEGV_OR_SIGABRT"] = all(
    rc in (-signal.SIGSEGV, -signal.SIGABRT) for rc in six_runs)
facts["CELL_CHAIN_OF_A_MILLION_CRASHES"] = run_python(
    "import types\nc = types.CellType(None)\nfor i in range(1_000_000):\n    c = types.CellType(c)\n"
    "del c\nprint('survived')\n").returncode == -signal.SIGSEGV


def message(statement):
    try:
        exec(statement, {"C": C})
    except Exception as e:
        return str(e)
    raise AssertionError(statement + " did not raise")


facts["NAME_ERROR_MESSAGE"] = message("del x")
facts["LIST_ASSIGNMENT_INDEX_ERROR_MESSAGE"] = message("l = [1]\nl[5] = 0")
facts["LIST_DELETION_INDEX_ERROR_MESSAGE"] = message("l = [1]\ndel l[-5]")
facts["KEY_ERROR_MESSAGE"] = message("d = {}\ndel d['zz']")
facts["ATTRIBUTE_ERROR_MESSAGE"] = message("c = C()\ndel c.x")

for name, value in facts.items():
    print(f"{name}={value}")
