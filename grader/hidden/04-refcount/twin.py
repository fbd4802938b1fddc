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
