package pymem.sizeof;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyClass;
import pymem.model.PyDict;
import pymem.model.PyInstance;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PySet;

/**
 * The visible tests of exercise 07-sizeof, one {@code @Nested} class per task of its lesson ({@code ### N.} in
 * README.md), in task order, each tagged {@code task:N}: {@code mvn test -Dgroups=task:2} runs task 2 only.
 */
class SizeofTest {
    private final Heap heap = new Heap();

    private PyList appended(int n) {
        PyList list = heap.newList();
        for (int i = 0; i < n; i++) {
            list.append(heap.newNone());
        }
        return list;
    }

    @Nested
    @Tag("task:1")
    @DisplayName("Task 1: Numbers, None and bytes")
    class Task1 {
        @Test
        @Tag("concept:7.1")
        @DisplayName("is 28 for 0 and 2**30 - 1, 32 for 2**30")
        void intDigits() {
            // GIVEN ints on both sides of the first 30-bit digit boundary
            BigInteger twoTo30 = BigInteger.ONE.shiftLeft(30);
            // THEN one digit costs 4 bytes on top of 24
            assertThat(AtomSizes.sizeOf(heap.newInt(0))).as("getsizeof(0)").isEqualTo(28);
            assertThat(AtomSizes.sizeOf(heap.newInt(twoTo30.subtract(BigInteger.ONE)))).as("getsizeof(2**30 - 1)")
                    .isEqualTo(28);
            assertThat(AtomSizes.sizeOf(heap.newInt(twoTo30))).as("getsizeof(2**30)").isEqualTo(32);
        }

        @Test
        @Tag("concept:7.1")
        @DisplayName("is 24 for a float and 16 for None")
        void floatAndNone() {
            assertThat(AtomSizes.sizeOf(heap.newFloat(1.5))).as("getsizeof(1.5)").isEqualTo(24);
            assertThat(AtomSizes.sizeOf(heap.newNone())).as("getsizeof(None)").isEqualTo(16);
        }
    
    }

    @Nested
    @Tag("task:2")
    @DisplayName("Task 2: Strings")
    class Task2 {
        @Test
        @Tag("concept:7.2")
        @DisplayName("is 49 for '' and 52 for 'abc'")
        void ascii() {
            assertThat(StrSizes.sizeOf(heap.newStr(""))).as("getsizeof('')").isEqualTo(49);
            assertThat(StrSizes.sizeOf(heap.newStr("abc"))).as("getsizeof('abc')").isEqualTo(52);
        }

        @Test
        @Tag("concept:7.2")
        @DisplayName("is 74, 76 and 80 for 'é', '€' and one emoji")
        void kinds() {
            assertThat(StrSizes.sizeOf(heap.newStr("é"))).as("getsizeof('é')").isEqualTo(74);
            assertThat(StrSizes.sizeOf(heap.newStr("€"))).as("getsizeof('€')").isEqualTo(76);
            assertThat(StrSizes.sizeOf(heap.newStr("\uD83D\uDE00"))).as("getsizeof('😀')").isEqualTo(80);
        }
    
    }

    @Nested
    @Tag("task:3")
    @DisplayName("Task 3: Lists")
    class Task3 {
        @Test
        @Tag("concept:7.4")
        @DisplayName("follows capacities 0, 4, 8, 16 while appending")
        void appendGrowth() {
            assertThat(ListSizes.capacity(appended(0))).as("[]").isZero();
            assertThat(ListSizes.capacity(appended(1))).as("after 1 append").isEqualTo(4);
            assertThat(ListSizes.capacity(appended(5))).as("after 5 appends").isEqualTo(8);
            assertThat(ListSizes.capacity(appended(9))).as("after 9 appends").isEqualTo(16);
            assertThat(ListSizes.sizeOf(appended(9))).as("getsizeof after 9 appends").isEqualTo(56 + 8 * 16);
        }

        @Test
        @Tag("concept:7.4")
        @DisplayName("gives memory back when a list falls below half its capacity: 64 appends, then 33 deletions")
        void shrinksBelowHalf() {
            PyList l = appended(64);
            for (int i = 0; i < 32; i++) {
                l.remove(0);
            }
            long atHalf = ListSizes.sizeOf(l);
            l.remove(0);
            assertThat(atHalf).as("getsizeof(l) with 32 of 64 slots used: still at least half, the array stays").isEqualTo(568);
            assertThat(ListSizes.sizeOf(l)).as("getsizeof(l) with 31 items: below half, list_resize gives memory back")
                    .isEqualTo(376);
        }

        @Test
        @Tag("concept:7.4")
        @DisplayName("is 56 + 8n for [a, b, c] and rounds list(seq) up to an even length")
        void builtLists() {
            PyObject none = heap.newNone();
            PyList display = heap.newList(none, none, none);
            PyList fromSized = heap.register(new PyList(List.of(none, none, none), PyList.Construction.SIZED_ITERABLE));
            assertThat(ListSizes.sizeOf(display)).as("getsizeof([a, b, c])").isEqualTo(80);
            assertThat(ListSizes.sizeOf(fromSized)).as("getsizeof(list((a, b, c)))").isEqualTo(88);
        }
    
    }

    @Nested
    @Tag("task:4")
    @DisplayName("Task 4: Dicts")
    class Task4 {
        @Test
        @Tag("concept:7.5")
        @DisplayName("is 64 for {}, 184 for one str key and 224 for one int key")
        void smallDicts() {
            PyDict empty = heap.newDict();
            PyDict strKey = heap.newDict();
            strKey.put(heap.newStr("a"), heap.newNone());
            PyDict intKey = heap.newDict();
            intKey.put(heap.newInt(1), heap.newNone());
            assertThat(DictSizes.sizeOf(empty)).as("getsizeof({})").isEqualTo(64);
            assertThat(DictSizes.sizeOf(strKey)).as("getsizeof({'a': None})").isEqualTo(184);
            assertThat(DictSizes.sizeOf(intKey)).as("getsizeof({1: None})").isEqualTo(224);
        }

        @Test
        @Tag("concept:7.5")
        @DisplayName("rebuilds a str-keys-only table as a general one when an int key arrives: {'a': None} then d[1] = None")
        void firstNonStrKeyRebuildsTheTable() {
            PyDict d = heap.newDict();
            d.put(heap.newStr("a"), heap.newNone());
            d.put(heap.newInt(1), heap.newNone());
            assertThat(DictSizes.sizeOf(d)).as("getsizeof(d): rebuilt for used * 3 with 24-byte general entries").isEqualTo(352);
        }

        @Test
        @Tag("concept:7.5")
        @DisplayName("never gives a deleted entry back: five keys, del one, one more key grows the table to 272")
        void deleteThenInsertGrows() {
            // GIVEN d = {}; d['a'] = ... d['e'] = None: the 8-slot table's 5 usable entries are all used
            PyDict d = heap.newDict();
            List<PyObject> keys = new java.util.ArrayList<>();
            for (String k : List.of("a", "b", "c", "d", "e")) {
                PyObject key = heap.newStr(k);
                keys.add(key);
                d.put(key, heap.newNone());
            }
            // WHEN del d['a']; d['f'] = None
            d.remove(keys.get(0));
            long afterDelete = DictSizes.sizeOf(d);
            d.put(heap.newStr("f"), heap.newNone());
            // THEN the deleted entry stays used up, so the insert finds no free entry and rebuilds the table
            assertThat(afterDelete).as("getsizeof(d) after del d['a']: a delete never shrinks the table").isEqualTo(184);
            assertThat(DictSizes.sizeOf(d)).as("getsizeof(d) after d['f'] = None: no usable entry is left, so the table is rebuilt")
                    .isEqualTo(272);
        }
    
    }

    @Nested
    @Tag("task:5")
    @DisplayName("Task 5: Sets")
    class Task5 {
        @Test
        @Tag("concept:7.6")
        @DisplayName("is 216 up to 4 elements and 728 with 5")
        void smallSets() {
            PySet set = heap.newSet();
            for (int i = 0; i < 4; i++) {
                set.add(heap.newInt(i));
            }
            assertThat(SetSizes.sizeOf(set)).as("getsizeof({0, 1, 2, 3}) built by add").isEqualTo(216);
            set.add(heap.newInt(4));
            assertThat(SetSizes.sizeOf(set)).as("the fifth add fills 60% of 8 slots: 32 slots").isEqualTo(728);
        }
    
    }

    @Nested
    @Tag("task:6")
    @DisplayName("Task 6: Any object")
    class Task6 {
        @Test
        @Tag("concept:7.3")
        @DisplayName("counts the GC header of a tuple but not of an int")
        void gcHeader() {
            assertThat(Sizeof.hasGcHeader(heap.newTuple())).as("tuple is a GC type").isTrue();
            assertThat(Sizeof.hasGcHeader(heap.newInt(1))).as("int is not").isFalse();
            assertThat(Sizeof.getsizeof(heap.newTuple())).as("getsizeof(())").isEqualTo(40);
        }

        @Test
        @Tag("concept:7.7")
        @DisplayName("is 56 for an instance and 48 for one with two slots")
        void instances() {
            PyInstance plain = heap.newInstance(heap.newClass("C"));
            PyInstance slotted = heap.newInstance(heap.register(new PyClass("P", List.of(), List.of("x", "y"))));
            assertThat(Sizeof.getsizeof(plain)).as("getsizeof(C())").isEqualTo(56);
            assertThat(Sizeof.getsizeof(slotted)).as("getsizeof(P()) with __slots__ = ('x', 'y')").isEqualTo(48);
        }
    
    }

    @Nested
    @Tag("task:7")
    @DisplayName("Task 7: Deep size")
    class Task7 {
        @Test
        @Tag("concept:7.8")
        @DisplayName("counts a shared object once")
        void sharedOnce() {
            PyObject one = heap.newInt(1);
            PyList inner = heap.newList(one);
            PyList outer = heap.newList(inner, inner);
            assertThat(DeepSize.asizeof(outer)).as("[x, x] with x = [1]: 72 + 64 + 28").isEqualTo(72 + 64 + 28);
        }

        @Test
        @Tag("concept:7.8")
        @DisplayName("counts a shared int or str once too: [x, x, s, s]")
        void sharedAtomsOnce() {
            PyObject x = heap.newInt(12345);
            PyObject str = heap.newStr("shared");
            assertThat(DeepSize.asizeof(heap.newList(x, x, str, str))).as("[x, x, s, s]: 88 + 28 + 55, each object once")
                    .isEqualTo(88 + 28 + 55);
        }

        @Test
        @Tag("concept:7.8")
        @DisplayName("sizes 0 wrapped in 100,000 one-item lists on a 2 MiB stack: no call per level")
        void deepNestingWithoutRecursion() throws InterruptedException {
            PyObject x = heap.newInt(0);
            for (int i = 0; i < 100_000; i++) {
                x = heap.newList(x);
            }
            PyObject deep = x;
            long[] size = new long[1];
            Throwable[] failure = new Throwable[1];
            Thread small = new Thread(null, () -> {
                try {
                    size[0] = DeepSize.asizeof(deep);
                } catch (Throwable t) {
                    failure[0] = t;
                }
            }, "small-stack", 2L * 1024 * 1024);
            small.start();
            small.join();
            assertThat(failure[0]).as("asizeof of a 100,000-deep list on a 2 MiB stack (a recursive walk overflows it)").isNull();
            assertThat(size[0]).as("100,000 lists of 64 bytes and the int 0").isEqualTo(100_000L * 64 + 28);
        }
    
    }
}
