package pymem.pymalloc;

import java.util.List;
import pymem.grading.CPythonFacts;

/**
 * The CPython 3.11 facts the 09-pymalloc tests assert. twin.py prints each one, measured from CPython's
 * own sys._debugmallocstats() report where it shows it, from obmalloc.c's formulas (checked against the
 * report) otherwise.
 */
@CPythonFacts(twin = "twin.py")
final class PyMallocFacts {
    static final int ALIGNMENT = 16;
    static final int SMALL_REQUEST_THRESHOLD = 512;
    static final int NB_SMALL_SIZE_CLASSES = 32;
    static final int POOL_SIZE = 16384;
    static final int POOL_OVERHEAD = 48;
    static final int ARENA_SIZE = 1048576;
    static final int POOLS_PER_ARENA = 64;
    /** (POOL_SIZE - POOL_OVERHEAD) / block size, per class: 1021 blocks of 16 bytes ... 31 of 512. */
    static final List<Integer> BLOCKS_PER_POOL = List.of(1021, 510, 340, 255, 204, 170, 145, 127, 113, 102,
            92, 85, 78, 72, 68, 63, 60, 56, 53, 51, 48, 46, 44, 42, 40, 39, 37, 36, 35, 34, 32, 31);
    /** (POOL_SIZE - POOL_OVERHEAD) % block size, per class: the bytes at a pool's end no block fits in. */
    static final List<Integer> QUANTIZATION_PER_POOL = List.of(0, 16, 16, 16, 16, 16, 96, 80, 64, 16, 144, 16,
            112, 208, 16, 208, 16, 208, 224, 16, 208, 144, 144, 208, 336, 112, 352, 208, 96, 16, 464, 464);
    /** Request sizes measured with bytes objects (a bytes of length n asks for 33 + n bytes) ... */
    static final List<Integer> REQUEST_SIZES = List.of(34, 48, 49, 100, 496, 497, 512, 513);
    /** ... and the size class whose blocks served them; -1: the system allocator did. */
    static final List<Integer> SIZE_CLASS_OF_REQUESTS = List.of(2, 2, 3, 6, 30, 31, 31, -1);
    static final String STATS_TITLE = "Small block threshold = 512, in 32 size classes.";
    static final String STATS_COLUMNS = "class   size   num pools   blocks in use  avail blocks";
    static final String STATS_RULE = "-----   ----   ---------   -------------  ------------";
    /** A summary line's label is padded to this many columns, then '='. */
    static final int LABEL_WIDTH = 35;
    /** ... then the value, with thousands separators, right-aligned in this many columns. */
    static final int VALUE_WIDTH = 21;
    /** The last line of the report for 4 arenas. */
    static final String SAMPLE_TOTAL_LINE = "Total                              =            4,194,304";

    private PyMallocFacts() {
    }
}
