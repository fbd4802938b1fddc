"""Runs snippet files with CPython and prints what each printed and the exception that ended it.

Usage: python3 cpython_transcripts.py FILE...
For each file, in order:
    FILE <path as given>
    OUT <line>            one per printed line
    ERR <Type>: <message> if an exception ended the run (a SyntaxError shows its msg only, no file or line)
    END
Each file runs as the module __main__ in a fresh namespace, as `python3 file.py` would run it.
"""
import contextlib
import io
import sys


def transcript(source):
    out = io.StringIO()
    error = None
    try:
        code = compile(source, "<snippet>", "exec")
        with contextlib.redirect_stdout(out):
            exec(code, {"__name__": "__main__"})
    except SyntaxError as e:  # IndentationError included: its own type name, CPython's msg
        error = f"{type(e).__name__}: {e.msg}"
    except Exception as e:  # the snippet's own exception is the fact
        error = f"{type(e).__name__}: {e}"
    return out.getvalue().splitlines(), error


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            lines, error = transcript(f.read())
        print(f"FILE {path}")
        for line in lines:
            print(f"OUT {line}")
        if error is not None:
            print(f"ERR {error}")
        print("END")


if __name__ == "__main__":
    sys.setrecursionlimit(1000)
    main(sys.argv[1:])
