package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pymem.identity.IdentityFacts.FLOAT_FROM_STRING_SHARED;
import static pymem.identity.IdentityFacts.RUNTIME_255_PLUS_1_SHARED;
import static pymem.identity.IdentityFacts.RUNTIME_256_PLUS_1_SHARED;
import static pymem.identity.IdentityFacts.SMALL_INT_MAX;
import static pymem.identity.IdentityFacts.SMALL_INT_MIN;
import static pymem.identity.SharingFixtures.assertIdentity;

import java.math.BigInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.PyInt;

@DisplayName("Task 2: the small-int cache")
@Tag("task:2")
class SmallIntsHiddenTest {
    private final Heap heap = new Heap();
    private final ObjectSpace space = new ObjectSpace(heap);

    @Test
    @Concept("1.3")
    @Points(3)
    @DisplayName("shares one object for every int from -5 to 256")
    void wholeRangeIsShared() {
        for (long value = SMALL_INT_MIN; value <= SMALL_INT_MAX; value++) {
            PyInt first = space.newInt(value);
            assertThat(first.longValue()).as("a cached int must have the value asked for").isEqualTo(value);
            assertThat(space.newInt(value)).as("every int in the small-int cache's range is one object").isSameAs(first);
        }
    }

    @Test
    @Concept("1.3")
    @Points(3)
    @DisplayName("makes new objects just outside the cache: 257 and -6")
    void edgesOutsideTheRange() {
        assertIdentity(space.newInt(SMALL_INT_MAX + 1), space.newInt(SMALL_INT_MAX + 1), RUNTIME_256_PLUS_1_SHARED,
                "the small-int cache ends at 256: 257 is made anew each time");
        assertIdentity(space.newInt(SMALL_INT_MAX), space.newInt(SMALL_INT_MAX), RUNTIME_255_PLUS_1_SHARED,
                "the small-int cache includes 256");
        assertThat(space.newInt(SMALL_INT_MIN - 1)).as("the small-int cache starts at -5: -6 is made anew each time")
                .isNotSameAs(space.newInt(SMALL_INT_MIN - 1));
        assertThat(space.newInt(SMALL_INT_MIN - 1).longValue()).as("an uncached int keeps its value")
                .isEqualTo(SMALL_INT_MIN - 1);
    }

    @Test
    @Concept("1.3")
    @Points(1)
    @DisplayName("makes new objects for large ints of either sign")
    void largeIntsAreNew() {
        for (long value : new long[] {1000, -1000, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(space.newInt(value)).as("ints outside -5..256 are new objects").isNotSameAs(space.newInt(value));
        }
    }

    @Test
    @Concept("1.3")
    @Points(2)
    @DisplayName("shares small ints whichever overload made them, and only small ones")
    void bigIntegerOverload() {
        assertThat(space.newInt(BigInteger.valueOf(SMALL_INT_MAX))).as("int(256) is one object, however it was made")
                .isSameAs(space.newInt(SMALL_INT_MAX));
        assertThat(space.newInt(BigInteger.valueOf(SMALL_INT_MIN))).as("int(-5) is one object, however it was made")
                .isSameAs(space.newInt(SMALL_INT_MIN));
        BigInteger hugeEndingIn256 = BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(256));
        PyInt huge = space.newInt(hugeEndingIn256);
        assertThat(huge.value()).as("a big int must keep its whole value, not its low 64 bits").isEqualTo(hugeEndingIn256);
        assertThat(huge).as("2**64 + 256 is not a small int").isNotSameAs(space.newInt(256));
        BigInteger twoTo63 = BigInteger.ONE.shiftLeft(63);
        assertThat(space.newInt(twoTo63).value()).as("an int just too big for a long keeps its value")
                .isEqualTo(twoTo63);
        assertThat(space.newInt(BigInteger.valueOf(257))).as("257 is not cached in the BigInteger overload either")
                .isNotSameAs(space.newInt(BigInteger.valueOf(257)));
    }

    @Test
    @Concept("1.3")
    @Points(1)
    @DisplayName("makes a new float every time: float('1.0') is not float('1.0')")
    void floatsAreNew() {
        assertIdentity(space.newFloat(1.0), space.newFloat(1.0), FLOAT_FROM_STRING_SHARED,
                "floats have no cache: every float made at run time is a new object");
        assertThat(space.newFloat(2.5).value()).as("a float keeps its value").isEqualTo(2.5);
    }

    @Test
    @Concept("1.3")
    @Points(2)
    @DisplayName("puts every int it makes on the heap, the cached ones once")
    void objectsAreLive() {
        int before = heap.liveCount();
        PyInt small = space.newInt(7);
        space.newInt(7);
        PyInt big = space.newInt(1000);
        assertThat(heap.isLive(small)).as("a cached int is a live object on the heap").isTrue();
        assertThat(heap.isLive(big)).as("a new int is a live object on the heap").isTrue();
        assertThat(heap.liveCount() - before).as("asking twice for 7 must not make a second object").isEqualTo(2);
    }

    @Test
    @Concept("1.3")
    @Points(2)
    @DisplayName("refuses to free a cached small int but frees any other int")
    void freeingInts() {
        PyInt cached = space.newInt(SMALL_INT_MAX);
        assertThatThrownBy(() -> space.free(cached)).as("small ints are static in CPython: never freed")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(heap.isLive(cached)).as("a refused free leaves the small int alive").isTrue();
        PyInt lowest = space.newInt(SMALL_INT_MIN);
        assertThatThrownBy(() -> space.free(lowest)).as("small ints are static in CPython: never freed, -5 included")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(space.heap()).as("the space allocates on the heap it was given").isSameAs(heap);
        PyInt big = space.newInt(SMALL_INT_MAX + 1);
        space.free(big);
        assertThat(heap.isLive(big)).as("an ordinary int is freed").isFalse();
        PyInt notTheCachedFive = heap.newInt(5);
        space.newInt(5);
        space.free(notTheCachedFive);
        assertThat(heap.isLive(notTheCachedFive)).as("only the cached object itself is static, not every 5").isFalse();
        PyInt huge = space.newInt(BigInteger.ONE.shiftLeft(70));
        space.free(huge);
        assertThat(heap.isLive(huge)).as("a big int is an ordinary object").isFalse();
    }

    @Test
    @Concept("1.3")
    @Points(2)
    @DisplayName("refuses to free any cached small int, however it was made, and keeps handing out the same object")
    void cachedSmallIntsAreNeverFreed() {
        PyInt zero = space.newInt(0);
        PyInt minusOne = space.newInt(BigInteger.valueOf(-1));
        PyInt hundred = space.newInt(100);
        for (PyInt cached : new PyInt[] {zero, minusOne, hundred}) {
            assertThatThrownBy(() -> space.free(cached)).as("a cached small int is static in CPython: it is never freed")
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(heap.isLive(cached)).as("a refused free leaves the small int alive").isTrue();
        }
        assertThat(space.newInt(0)).as("after a refused free, 0 is still the one cached object").isSameAs(zero);
        assertThat(space.newInt(BigInteger.valueOf(100))).as("100 made from a BigInteger is the same cached object").isSameAs(hundred);
    }
}

