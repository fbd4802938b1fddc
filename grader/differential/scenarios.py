"""Shared by the differential generators (grader/differential/NN-topic/generate.py).

A generator describes its scenarios; this module gives them the command line (--seed S --count N), runs each
in CPython to record its answer, and prints one JSON line per scenario:

    {"id": "c001", "corner": true, "python": "<source>", "input": {...}, "cpython": {...}, "outOfScope": null}

The Java side (pymem.differential.DifferentialSuite) reads these lines and replays them on the reference.
"""
import argparse
import json
import random
import sys


def outcome(step):
    """{"value": step()} or, when it raises, {"error": {"type": ..., "message": str(e)}}."""
    try:
        return {"value": step()}
    except Exception as e:  # any Python exception is an answer
        return {"error": {"type": type(e).__name__, "message": str(e)}}


def run(source, result="result"):
    """Runs source in a fresh namespace (its own compile unit) and returns outcome(namespace[result])."""
    namespace = {}
    return outcome(lambda: (exec(compile(source, "<scenario>", "exec"), namespace), namespace[result])[1])


def scenario(python, input, cpython, out_of_scope=None):
    """One scenario: its source, its data for the replayer, CPython's answer, and why it is out of scope (or None)."""
    return {"python": python, "input": input, "cpython": cpython, "outOfScope": out_of_scope}


def main(corners, make_random):
    """Prints the corner cases (always, first), then random scenarios until --count lines were printed.

    corners: a list of scenario dicts; make_random(rng) -> a scenario dict made from the seeded random.Random.
    """
    if sys.version_info[:2] != (3, 11):
        sys.exit("the differential generators are CPython 3.11's answers: run them with python3 3.11")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--count", type=int, default=400)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    for i, s in enumerate(corners, 1):
        out.write(json.dumps(dict(id="c%03d" % i, corner=True, **s), ensure_ascii=True, allow_nan=False) + "\n")
    for i in range(1, max(0, args.count - len(corners)) + 1):
        s = make_random(rng)
        out.write(json.dumps(dict(id="r%04d" % i, corner=False, **s), ensure_ascii=True, allow_nan=False) + "\n")
