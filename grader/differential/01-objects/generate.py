"""Differential scenarios for 01-objects: which object a piece of code gets, and is versus ==.

Three families, each run in CPython 3.11 (exec of the scenario's own source, one compile() per unit):
  units     literals in compile units, run-time ints, floats and strings (chr(), indexing, concatenation),
            sys.intern; then `a is b` / `a == b` between the names they were bound to;
  equality  values of every built-in kind the exercise compares (numbers with nan, inf, -0.0 and big ints,
            str, bytes, bytearray, tuples and lists holding shared items, cells, None), `a == b` and `a is b`;
  names     assignments, aliases and del, with the NameError of an unbound name.
Usage: python3 generate.py --seed S --count N   (one JSON line per scenario, see ../scenarios.py)
"""
import os
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import scenarios  # noqa: E402

NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
ONE_CHAR_NAME_OUT_OF_SCOPE = ("a one-character literal or sys.intern() of a letter, digit or '_': whether it is chr()'s "
                              "shared object depends on the names CPython interned while starting up")
DICT_EQ_OUT_OF_SCOPE = "== on dict, set or frozenset needs hashing (exercise 02)"

# ---------------------------------------------------------------------------------------------- units family


def render(e):
    kind = e[0]
    if kind == "lit_int":
        return str(e[1])
    if kind == "lit_float":
        return e[1]
    if kind == "lit_str":
        return repr(e[1])
    if kind == "int":
        return "int(%r)" % e[1]
    if kind == "float":
        return "float(%r)" % e[1]
    if kind == "chr":
        return "chr(%d)" % e[1]
    if kind == "cat":      # built at run time: str() calls are not folded by the compiler
        return "str(%r) + str(%r)" % (e[1], e[2])
    if kind == "index":    # indexing at run time
        return "str(%r)[%d]" % (e[1], e[2])
    if kind == "intern":
        return "sys.intern(%s)" % render(e[1])
    if kind == "none":
        return "None"
    if kind == "bool":
        return "True" if e[1] else "False"
    if kind == "empty_tuple":
        return "()"
    raise ValueError(e)


def one_char_name(e):
    """The expression is, or interns, a one-character name-character string (out of scope)."""
    if e[0] == "lit_str":
        return len(e[1]) == 1 and e[1] in NAME_CHARS
    if e[0] == "intern":
        return one_char_name(e[1]) or str_value(e[1]) in list(NAME_CHARS)
    return False


def str_value(e):
    return {"lit_str": lambda: e[1], "chr": lambda: chr(e[1]), "cat": lambda: e[1] + e[2],
            "index": lambda: e[1][e[2]], "intern": lambda: str_value(e[1])}.get(e[0], lambda: None)()


def units_scenario(units, checks):
    ns = {"sys": sys}
    lines = []
    for i, unit in enumerate(units):
        src = "\n".join("%s = %s" % (name, render(e)) for name, e in unit)
        lines.append("# compile unit %d\n%s" % (i + 1, src))
        exec(compile(src, "<unit%d>" % (i + 1), "exec"), ns)
    results = []
    for op, a, b in checks:
        results.append(scenarios.outcome(lambda: ns[a] is ns[b] if op == "is" else ns[a] == ns[b]))
        lines.append("%s %s %s" % (a, "is" if op == "is" else "==", b))
    out = None
    if any(one_char_name(e) for unit in units for _, e in unit):
        out = ONE_CHAR_NAME_OUT_OF_SCOPE
    return scenarios.scenario("import sys\n" + "\n".join(lines), {"family": "units", "units": units, "checks": checks},
                              {"value": results}, out)


def random_str(rng):
    # letters unlikely to be an identifier CPython interned at startup, or strings that are not names at all
    r = rng.random()
    if r < 0.4:
        return "zq" + "".join(rng.choice("xyzqkjw_0123") for _ in range(rng.randint(0, 5)))
    if r < 0.6:
        return "".join(rng.choice("zq x!-é") for _ in range(rng.randint(2, 6)))
    if r < 0.7:
        # one character: rarely a letter, digit or '_' (out of scope as a literal, see ONE_CHAR_NAME_OUT_OF_SCOPE)
        return chr(rng.choice([ord(rng.choice(" !#$%&+-./:;<=>?@[]^`{|}~")), rng.randint(128, 255), rng.randint(256, 1000),
                               ord(rng.choice(NAME_CHARS)) if rng.random() < 0.2 else 33]))
    if r < 0.8:
        return ""
    return rng.choice(["hello", "hello world!", "héllo", "1abc", "aA0", "Z_9_z", "zqzq", "a b"])


def random_expr(rng):
    r = rng.random()
    if r < 0.2:
        return ["lit_int", rng.choice([0, 1, -1, 5, -5, -6, 255, 256, 257, -257, 1000, 2 ** 31, -(2 ** 63), 2 ** 63 - 1,
                                       rng.randint(-300, 300)])]
    if r < 0.3:
        return ["int", str(rng.choice([256, 257, -5, -6, 0, 10 ** 20, rng.randint(-300, 300)]))]
    if r < 0.4:
        return ["lit_float", rng.choice(["0.0", "-0.0", "1.0", "1.5", "-2.5", "1e16", "0.1"])]
    if r < 0.45:
        return ["float", rng.choice(["0.0", "1.5", "-0.0", "257.0"])]
    if r < 0.65:
        return ["lit_str", random_str(rng)]
    if r < 0.72:
        return ["chr", rng.choice([0, 32, 65, 127, 128, 233, 255, 256, 1000, rng.randint(0, 300)])]
    if r < 0.8:
        a, b = random_str(rng) or "x", random_str(rng) or "y"
        return ["cat", a, b]
    if r < 0.85:
        s = random_str(rng) or "xé"
        return ["index", s, rng.randrange(len(s))]
    if r < 0.93:
        inner = rng.choice([["cat", "zq", "zq"], ["cat", "hel", "lo"], ["lit_str", random_str(rng) or "q"],
                            ["chr", rng.choice([233, 256, 33])], ["cat", "hello ", "world!"]])
        return ["intern", inner]
    return rng.choice([["none"], ["bool", True], ["bool", False], ["empty_tuple"], ["lit_str", ""]])


def random_units(rng):
    names = iter("abcdefghjkmnpqrstuvw")
    units = []
    bound = []
    for _ in range(rng.randint(1, 3)):
        unit = []
        for _ in range(rng.randint(1, 3)):
            name = next(names)
            e = random_expr(rng)
            # often repeat an expression bound earlier, the interesting case for sharing
            if bound and rng.random() < 0.45:
                e = rng.choice(bound)[1]
            unit.append([name, e])
            bound.append((name, e))
        units.append(unit)
    names_bound = [n for n, _ in bound]
    checks = []
    for _ in range(rng.randint(1, 3)):
        a, b = rng.choice(names_bound), rng.choice(names_bound)
        checks.append(["is" if rng.random() < 0.75 else "eq", a, b])
    return units_scenario(units, checks)


def corner_units():
    return [
        units_scenario([[["a", ["lit_int", 257]], ["b", ["lit_int", 257]]], [["c", ["lit_int", 257]]]],
                       [["is", "a", "b"], ["is", "a", "c"], ["eq", "a", "c"]]),
        units_scenario([[["a", ["int", "256"]], ["b", ["int", "256"]], ["c", ["int", "257"]], ["d", ["int", "257"]]]],
                       [["is", "a", "b"], ["is", "c", "d"]]),
        units_scenario([[["a", ["lit_int", -5]], ["b", ["int", "-5"]], ["c", ["lit_int", -6]], ["d", ["int", "-6"]]]],
                       [["is", "a", "b"], ["is", "c", "d"]]),
        units_scenario([[["a", ["lit_float", "0.0"]], ["b", ["lit_float", "-0.0"]], ["c", ["lit_float", "0.0"]]]],
                       [["is", "a", "b"], ["eq", "a", "b"], ["is", "a", "c"]]),
        units_scenario([[["s", ["lit_str", "hello"]]], [["t", ["lit_str", "hello"]], ["u", ["cat", "hel", "lo"]],
                                                        ["v", ["intern", ["cat", "hel", "lo"]]]]],
                       [["is", "s", "t"], ["is", "s", "u"], ["eq", "s", "u"], ["is", "s", "v"]]),
        units_scenario([[["s", ["lit_str", "hello world!"]], ["t", ["lit_str", "hello world!"]]],
                        [["u", ["lit_str", "hello world!"]]]], [["is", "s", "t"], ["is", "s", "u"]]),
        units_scenario([[["a", ["chr", 233]], ["b", ["chr", 233]], ["c", ["chr", 256]], ["d", ["chr", 256]]]],
                       [["is", "a", "b"], ["is", "c", "d"]]),
        units_scenario([[["a", ["lit_str", "\u00e9"]], ["b", ["chr", 233]], ["c", ["index", "x\u00e9", 1]]]],
                       [["is", "a", "b"], ["is", "b", "c"]]),
        units_scenario([[["a", ["lit_str", "+"]], ["b", ["chr", 43]]]], [["is", "a", "b"]]),
        units_scenario([[["a", ["lit_str", "a"]], ["b", ["chr", 97]]]], [["is", "a", "b"]]),
        units_scenario([[["a", ["lit_str", "g"]], ["b", ["chr", 103]]]], [["is", "a", "b"]]),
        units_scenario([[["a", ["intern", ["chr", 97]]], ["b", ["chr", 97]]]], [["is", "a", "b"]]),
        units_scenario([[["a", ["lit_str", ""]], ["b", ["index", "", 0]] if False else ["b", ["lit_str", ""]]],
                        [["c", ["lit_str", ""]]]], [["is", "a", "c"]]),
        units_scenario([[["a", ["none"]], ["b", ["bool", True]], ["c", ["lit_int", 1]]]], [["is", "b", "c"], ["eq", "b", "c"]]),
        units_scenario([[["a", ["lit_str", "1abc"]]], [["b", ["lit_str", "1abc"]]]], [["is", "a", "b"]]),
        units_scenario([[["a", ["lit_str", "h\u00e9llo"]]], [["b", ["lit_str", "h\u00e9llo"]]]], [["is", "a", "b"]]),
        units_scenario([[["a", ["intern", ["cat", "zq", "zqx"]]], ["b", ["cat", "zq", "zqx"]], ["c", ["intern", ["cat", "zq", "zqx"]]]],
                        [["d", ["lit_str", "zqzqx"]]]], [["is", "a", "c"], ["is", "a", "b"], ["is", "a", "d"]]),
    ]

# ------------------------------------------------------------------------------------------- equality family


def render_value(v):
    kind = v[0]
    if kind == "int":
        return v[1]
    if kind == "bool":
        return "True" if v[1] else "False"
    if kind == "float":
        return "float(%r)" % v[1]
    if kind == "complex":
        return "complex(float(%r), float(%r))" % (v[1], v[2])
    if kind == "str":
        return repr(v[1])
    if kind == "bytes":
        return repr(bytes(v[1]))
    if kind == "bytearray":
        return "bytearray(%r)" % bytes(v[1])
    if kind == "tuple":
        inner = ", ".join(render_value(x) for x in v[1])
        return "(%s,)" % inner if len(v[1]) == 1 else "(%s)" % inner
    if kind == "list":
        return "[%s]" % ", ".join(render_value(x) for x in v[1])
    if kind == "none":
        return "None"
    if kind == "cell":
        return "types.CellType()" if v[1] is None else "types.CellType(%s)" % render_value(v[1])
    if kind == "dict":
        return "{}"
    if kind == "set":
        return "set()"
    if kind == "name":
        return v[1]
    raise ValueError(v)


def equality_scenario(objects, checks):
    ns = {"types": types}
    lines = ["import types"]
    for name, v in objects:
        line = "%s = %s" % (name, render_value(v))
        lines.append(line)
        exec(line, ns)
    results = []
    for op, a, b in checks:
        lines.append("%s %s %s" % (a, {"is": "is", "eq": "==", "ne": "!="}[op], b))
        results.append(scenarios.outcome(
            lambda: ns[a] is ns[b] if op == "is" else (ns[a] == ns[b] if op == "eq" else ns[a] != ns[b])))
    out = None
    if any(op != "is" and touches_hashing(ns[a], ns[b]) for op, a, b in checks):
        out = DICT_EQ_OUT_OF_SCOPE
    return scenarios.scenario("\n".join(lines), {"family": "equality", "objects": objects, "checks": checks},
                              {"value": results}, out)


def touches_hashing(a, b):
    """Whether a == b, evaluated as CPython does (items left to right, identical items skipped, stopping at the
    first unequal pair), compares a dict, set or frozenset: those are out of scope here."""
    hashing = (dict, set, frozenset)
    if isinstance(a, hashing) or isinstance(b, hashing):
        return True
    if type(a) is type(b) and isinstance(a, (tuple, list)) and len(a) == len(b):
        for x, y in zip(a, b):
            if x is y:
                continue
            if touches_hashing(x, y):
                return True
            if not x == y:
                return False
    if isinstance(a, types.CellType) and isinstance(b, types.CellType):
        try:
            return touches_hashing(a.cell_contents, b.cell_contents)
        except ValueError:  # an empty cell
            return False
    return False


FLOATS = ["0.0", "-0.0", "1.0", "1.5", "nan", "inf", "-inf", "9007199254740992.0", "9007199254740993.0", "1e16", "2.0"]
INTS = ["0", "1", "2", "-1", "9007199254740993", "9007199254740992", "10000000000000000", "257", str(2 ** 70)]


def random_value(rng, names, depth=0):
    r = rng.random()
    if names and r < 0.2:
        return ["name", rng.choice(names)]
    r = rng.random()
    if r < 0.18:
        return ["int", rng.choice(INTS)]
    if r < 0.25:
        return ["bool", rng.random() < 0.5]
    if r < 0.42:
        return ["float", rng.choice(FLOATS)]
    if r < 0.52:
        return ["complex", rng.choice(["1.0", "0.0", "nan", "2.0", "-0.0"]), rng.choice(["0.0", "-0.0", "1.0", "nan"])]
    if r < 0.6:
        return ["str", rng.choice(["", "é", "abc", "+", "ab", "a b"])]
    if r < 0.67:
        return [rng.choice(["bytes", "bytearray"]), rng.choice([[], [97], [97, 98], [0, 255]])]
    if r < 0.82 and depth < 2:
        return [rng.choice(["tuple", "list"]), [random_value(rng, names, depth + 1) for _ in range(rng.randint(0, 3))]]
    if r < 0.9 and depth < 2:
        return ["cell", None if rng.random() < 0.2 else random_value(rng, names, depth + 1)]
    if r < 0.95:
        return ["none"]
    return [rng.choice(["dict", "set"])]


def random_equality(rng):
    objects = []
    names = []
    for i in range(rng.randint(2, 4)):
        name = "xyzuvw"[i]
        objects.append([name, random_value(rng, names)])
        names.append(name)
    checks = []
    for _ in range(rng.randint(1, 4)):
        a, b = rng.choice(names), rng.choice(names)
        # identity between names is the units family's subject: here `is` only where the answer does not depend
        # on which literals CPython shares (a name and itself)
        checks.append([rng.choice(["eq", "eq", "ne"]), a, b] if a != b else [rng.choice(["eq", "ne", "is"]), a, a])
    return equality_scenario(objects, checks)


def corner_equality():
    nan = ["float", "nan"]
    return [
        equality_scenario([["x", nan]], [["is", "x", "x"], ["eq", "x", "x"], ["ne", "x", "x"]]),
        equality_scenario([["x", ["complex", "nan", "0.0"]]], [["is", "x", "x"], ["ne", "x", "x"]]),
        equality_scenario([["x", ["complex", "0.0", "nan"]]], [["ne", "x", "x"]]),
        equality_scenario([["x", nan], ["t", ["tuple", [["name", "x"]]]], ["u", ["tuple", [["name", "x"]]]]],
                          [["eq", "t", "u"], ["eq", "t", "t"]]),
        equality_scenario([["x", ["int", "9007199254740993"]], ["y", ["float", "9007199254740992.0"]]], [["eq", "x", "y"]]),
        equality_scenario([["x", ["int", "1"]], ["y", ["float", "1.0"]], ["z", ["bool", True]], ["w", ["complex", "1.0", "0.0"]]],
                          [["eq", "x", "y"], ["eq", "y", "z"], ["eq", "z", "w"], ["is", "x", "z"]]),
        equality_scenario([["x", ["cell", ["int", "1"]]], ["y", ["cell", ["int", "1"]]]], [["eq", "x", "y"], ["is", "x", "y"]]),
        equality_scenario([["x", ["cell", ["int", "1"]]], ["y", ["cell", ["float", "1.0"]]]], [["eq", "x", "y"], ["ne", "x", "y"]]),
        equality_scenario([["x", ["cell", None]], ["y", ["cell", None]], ["z", ["cell", ["none"]]]],
                          [["eq", "x", "y"], ["eq", "x", "z"], ["ne", "z", "x"]]),
        equality_scenario([["x", ["cell", nan]]], [["eq", "x", "x"], ["ne", "x", "x"]]),
        equality_scenario([["x", ["cell", nan]], ["t", ["tuple", [["name", "x"]]]]], [["eq", "t", "t"]]),
        equality_scenario([["x", ["cell", ["list", [["int", "1"]]]]], ["y", ["cell", ["list", [["int", "1"]]]]]], [["eq", "x", "y"]]),
        equality_scenario([["x", ["bytes", [97]]], ["y", ["bytearray", [97]]], ["z", ["str", "a"]]],
                          [["eq", "x", "y"], ["eq", "x", "z"]]),
        equality_scenario([["x", ["tuple", [["int", "1"]]]], ["y", ["list", [["int", "1"]]]]], [["eq", "x", "y"]]),
        equality_scenario([["x", ["float", "-0.0"]], ["y", ["int", "0"]]], [["eq", "x", "y"], ["is", "x", "y"]]),
        equality_scenario([["x", ["dict"]], ["y", ["dict"]]], [["eq", "x", "y"]]),
    ]

# ---------------------------------------------------------------------------------------------- names family


def names_scenario(ops):
    ns = {}
    lines = []
    results = []
    for op in ops:
        if op[0] == "assign":
            src = "%s = int(%r)" % (op[1], op[2])
        elif op[0] == "alias":
            src = "%s = %s" % (op[1], op[2])
        elif op[0] == "del":
            src = "del %s" % op[1]
        elif op[0] == "lookup":
            src = "result = %s" % op[1]
        else:  # same
            src = "result = %s is %s" % (op[1], op[2])
        lines.append(src)
        ns.pop("result", None)

        def step(src=src):
            exec(src, ns)
            value = ns.get("result")
            return value if value is None or isinstance(value, bool) else repr(value)
        results.append(scenarios.outcome(step))
    return scenarios.scenario("\n".join(lines), {"family": "names", "ops": ops}, {"value": results})


def random_names(rng):
    pool = ["x", "y", "z"]
    ops = []
    for _ in range(rng.randint(2, 7)):
        r = rng.random()
        if r < 0.3:
            ops.append(["assign", rng.choice(pool), str(rng.choice([5, 60, 65, 257, 1000]))])
        elif r < 0.5:
            ops.append(["alias", rng.choice(pool), rng.choice(pool)])
        elif r < 0.62:
            ops.append(["del", rng.choice(pool)])
        elif r < 0.82:
            ops.append(["lookup", rng.choice(pool)])
        else:
            ops.append(["same", rng.choice(pool), rng.choice(pool)])
    return names_scenario(ops)


def corner_names():
    return [
        names_scenario([["assign", "x", "60"], ["alias", "y", "x"], ["assign", "y", "65"], ["lookup", "x"], ["lookup", "y"],
                        ["same", "x", "y"]]),
        names_scenario([["assign", "x", "257"], ["alias", "y", "x"], ["del", "x"], ["lookup", "y"], ["lookup", "x"], ["del", "x"]]),
        names_scenario([["alias", "y", "x"]]),
    ]


def random_scenario(rng):
    r = rng.random()
    if r < 0.5:
        return random_units(rng)
    if r < 0.85:
        return random_equality(rng)
    return random_names(rng)


if __name__ == "__main__":
    scenarios.main(corner_units() + corner_equality() + corner_names(), random_scenario)
