"""Python twin of PyMallocFacts: prints every CPython fact the 09-pymalloc tests assert, as NAME=value.

Run with python3 3.11 (pymalloc enabled, the default build). The numbers are read from CPython's own
sys._debugmallocstats() report wherever it shows them; the rest follows from obmalloc.c's formulas,
which the script checks against that report.
"""
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), sys.version


def malloc_stats(code="pass"):
    """The pymalloc part of sys._debugmallocstats() in a fresh interpreter after running `code`."""
    prog = code + "\nimport sys\nsys._debugmallocstats()\n"
    out = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, check=True).stderr
    return out.split("arena map counts")[0]


def class_rows(report):
    """{class index: (size, pools, blocks in use, avail blocks)} from the per-class table."""
    rows = {}
    for line in report.splitlines():
        parts = line.split()
        if len(parts) == 5 and all(p.isdigit() for p in parts):
            c, size, pools, used, avail = map(int, parts)
            rows[c] = (size, pools, used, avail)
    return rows


def value_of(report, label):
    for line in report.splitlines():
        if line.startswith(label) and "=" in line:
            return int(line.split("=")[1].strip().replace(",", ""))
    raise KeyError(label)


REPORT = malloc_stats()
LINES = REPORT.splitlines()
ROWS = class_rows(REPORT)

# Header lines, exactly as CPython prints them.
STATS_TITLE = LINES[0]
STATS_COLUMNS = LINES[2]
STATS_RULE = LINES[3]
assert STATS_TITLE == "Small block threshold = 512, in 32 size classes.", STATS_TITLE

SMALL_REQUEST_THRESHOLD = int(STATS_TITLE.split("=")[1].split(",")[0])
NB_SMALL_SIZE_CLASSES = int(STATS_TITLE.split(" in ")[1].split()[0])
ALIGNMENT = SMALL_REQUEST_THRESHOLD // NB_SMALL_SIZE_CLASSES
assert all(size == (c + 1) * ALIGNMENT for c, (size, *_rest) in ROWS.items())

# "4 arenas * 1048576 bytes/arena" gives ARENA_SIZE.
arena_line = next(l for l in LINES if "bytes/arena" in l)
ARENA_SIZE = int(arena_line.split("*")[1].split()[0])
# "18 unused pools * 16384 bytes" gives POOL_SIZE.
pool_line = next(l for l in LINES if "unused pools *" in l)
POOL_SIZE = int(pool_line.split("*")[1].split()[0])
POOLS_PER_ARENA = ARENA_SIZE // POOL_SIZE

total_pools = sum(r[1] for r in ROWS.values())
POOL_OVERHEAD = value_of(REPORT, "# bytes lost to pool headers") // total_pools
assert POOL_OVERHEAD * total_pools == value_of(REPORT, "# bytes lost to pool headers")

# Blocks per pool and quantization per pool, by obmalloc.c's formulas, checked against the report.
BLOCKS_PER_POOL = [(POOL_SIZE - POOL_OVERHEAD) // ((c + 1) * ALIGNMENT) for c in range(NB_SMALL_SIZE_CLASSES)]
QUANTIZATION_PER_POOL = [(POOL_SIZE - POOL_OVERHEAD) % ((c + 1) * ALIGNMENT) for c in range(NB_SMALL_SIZE_CLASSES)]
for c, (size, pools, used, avail) in ROWS.items():
    assert used + avail == pools * BLOCKS_PER_POOL[c], (c, pools, used, avail)
assert value_of(REPORT, "# bytes lost to quantization") == sum(
    pools * QUANTIZATION_PER_POOL[c] for c, (_s, pools, _u, _a) in ROWS.items())
assert value_of(REPORT, "Total") == value_of(REPORT, "# arenas allocated current") * ARENA_SIZE


def measured_class_of_request(nbytes, count=20000):
    """Which size class serves a request of nbytes: a bytes object of length n asks for 33 + n bytes.
    Returns -1 when no class grows (the request went to the system allocator)."""
    code = f"keep = [bytes({nbytes - 33}) for _ in range({count})]" if nbytes > 33 else "keep = None"
    before = class_rows(malloc_stats())
    after = class_rows(malloc_stats(code))
    grown = [c for c in after if after[c][2] - before.get(c, (0, 0, 0, 0))[2] >= count * 9 // 10]
    assert len(grown) <= 1, grown
    return grown[0] if grown else -1


REQUEST_SIZES = [34, 48, 49, 100, 496, 497, 512, 513]
SIZE_CLASS_OF_REQUESTS = [measured_class_of_request(n) for n in REQUEST_SIZES]
assert SIZE_CLASS_OF_REQUESTS == [(n - 1) >> 4 if n <= 512 else -1 for n in REQUEST_SIZES]

# The value column of a summary line: the label padded to 35 columns, '=', 21 columns of value.
LABEL_WIDTH = arena_line.index("=")
VALUE_WIDTH = len(arena_line) - LABEL_WIDTH - 1
SAMPLE_TOTAL_LINE = "Total" + " " * (LABEL_WIDTH - 5) + "=" + f"{4194304:,}".rjust(VALUE_WIDTH)
assert any(l.startswith("Total ") and len(l) == len(SAMPLE_TOTAL_LINE) for l in LINES)

for name in ["ALIGNMENT", "SMALL_REQUEST_THRESHOLD", "NB_SMALL_SIZE_CLASSES", "POOL_SIZE", "POOL_OVERHEAD",
             "ARENA_SIZE", "POOLS_PER_ARENA", "BLOCKS_PER_POOL", "QUANTIZATION_PER_POOL", "REQUEST_SIZES",
             "SIZE_CLASS_OF_REQUESTS", "STATS_TITLE", "STATS_COLUMNS", "STATS_RULE", "LABEL_WIDTH",
             "VALUE_WIDTH", "SAMPLE_TOTAL_LINE"]:
    print(f"{name}={globals()[name]}")
