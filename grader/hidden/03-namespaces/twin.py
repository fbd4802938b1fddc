"""Python twin of NamespacesFacts: runs every snippet of SnippetFixtures.java with python3 and prints the facts.

For each snippet NAME it prints two facts, one line each (newlines inside a value written as backslash-n):
  NAME=<transcript>          what the snippet printed, then "Type: message" if an exception ended it
                             (a SyntaxError shows its msg only, without file and line)
  SCOPES_NAME=<symtable>     CPython's classification of every name in every function and class block
                             (the module's own table left out), from the symtable module, blocks pre-order:
                             "f: g=LOCAL, x=CELL; g: x=FREE" (only for snippets that compile)
The snippets are read from SnippetFixtures.java itself, so the Java tests and this twin cannot drift apart.
"""
import contextlib
import io
import os
import re
import symtable
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPETS = os.path.join(HERE, "pymem", "namespaces", "SnippetFixtures.java")
SCOPE_NAMES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def snippets():
    text = open(SNIPPETS, encoding="utf-8").read()
    for name, body in re.findall(r'static final String (\w+) = """\n(.*?)"""', text, re.S):
        yield name, textwrap.dedent(body)


def transcript(source):
    out = io.StringIO()
    error = None
    try:
        code = compile(source, "<snippet>", "exec")
        with contextlib.redirect_stdout(out):
            exec(code, {"__name__": "__main__"})
    except SyntaxError as e:
        error = f"SyntaxError: {e.msg}"
    except Exception as e:  # the snippet's own exception is the fact
        error = f"{type(e).__name__}: {e}"
    lines = out.getvalue().splitlines() + ([error] if error else [])
    return "\\n".join(lines)


def describe(table):
    symbols = sorted(table.get_symbols(), key=lambda s: s.get_name())
    parts = [f"{s.get_name()}={SCOPE_NAMES[s._Symbol__scope]}" for s in symbols]
    return table.get_name() + ":" + (" " + ", ".join(parts) if parts else "")


def scopes(source):
    out = []

    def walk(table):
        out.append(describe(table))
        for child in table.get_children():
            walk(child)

    # The module's own table is left out: at module level every binding lives in the globals whatever its
    # label, and CPython also labels a module name GLOBAL_EXPLICIT when some function declares it global.
    for child in symtable.symtable(source, "<snippet>", "exec").get_children():
        walk(child)
    return "; ".join(out)


for name, source in snippets():
    print(f"{name}={transcript(source)}")
for name, source in snippets():
    try:
        print(f"SCOPES_{name}={scopes(source)}")
    except SyntaxError:
        pass
