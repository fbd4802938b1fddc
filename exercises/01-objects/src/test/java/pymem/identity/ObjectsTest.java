package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.BumpAddresses;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyException;
import pymem.model.PyList;
import pymem.model.PyObject;
import pymem.model.PyStr;

/**
 * The visible tests of exercise 01-objects, one {@code @Nested} class per task of its lesson ({@code ### N.} in
 * README.md), in task order, each tagged {@code task:N}: {@code mvn test -Dgroups=task:2} runs task 2 only.
 */
class ObjectsTest {
    @Nested
    @Tag("task:1")
    @DisplayName("Task 1: Addresses that are reused")
    class Task1 {
        @Test
        @Tag("concept:1.1")
        @DisplayName("hands out addresses that are multiples of 16")
        void addressesAreAligned() {
            // GIVEN a heap whose addresses come from the allocator
            Heap heap = new Heap(new ReusingAddresses());
            // WHEN three objects are made
            PyList a = heap.newList();
            PyList b = heap.newList();
            PyList c = heap.newList();
            // THEN every id is 16-byte aligned and no two are equal
            assertThat(a.address() % 16).as("id(a) % 16").isZero();
            assertThat(b.address() % 16).as("id(b) % 16").isZero();
            assertThat(c.address() % 16).as("id(c) % 16").isZero();
            assertThat(a.address()).as("id(a) != id(b) while both live").isNotEqualTo(b.address());
            assertThat(b.address()).as("id(b) != id(c) while both live").isNotEqualTo(c.address());
            assertThat(a.address()).as("id(a) != id(c) while both live").isNotEqualTo(c.address());
        }

        @Test
        @Tag("concept:1.2")
        @DisplayName("gives a freed object's address to the next object: id([]) == id([])")
        void reusesAFreedAddress() {
            Heap heap = new Heap(new ReusingAddresses());
            // GIVEN id([]): a list is made, its id read, and it is freed at once
            PyList first = heap.newList();
            long firstId = first.address();
            heap.free(first);
            // WHEN the second [] is made
            PyList second = heap.newList();
            // THEN it sits where the first one was
            assertThat(second.address()).as("id([]) == id([])").isEqualTo(firstId);
        }

        @Test
        @Tag("concept:1.2")
        @DisplayName("reuses the most recently freed address first: a = []; b = []; del a; del b; id([]) == old id(b)")
        void reusesTheNewestFreedAddressFirst() {
            Heap heap = new Heap(new ReusingAddresses());
            // GIVEN two lists, freed in the order a, then b
            PyList a = heap.newList();
            PyList b = heap.newList();
            long idA = a.address();
            long idB = b.address();
            heap.free(a);
            heap.free(b);
            // WHEN two new lists are made
            PyList first = heap.newList();
            PyList second = heap.newList();
            // THEN the freed addresses come back newest first (last in, first out), like pymalloc's free lists
            assertThat(first.address()).as("the next object gets the address freed last (b's), not the oldest (a's)").isEqualTo(idB);
            assertThat(second.address()).as("the object after it gets a's address").isEqualTo(idA);
        }

        @Test
        @Tag("concept:1.1")
        @DisplayName("starts at BumpAddresses.BASE and goes up 16 bytes at a time while nothing is freed")
        void freshAddressesGoUp() {
            ReusingAddresses addresses = new ReusingAddresses();
            Heap heap = new Heap(addresses);
            assertThat(heap.newList().address()).as("first address").isEqualTo(BumpAddresses.BASE);
            assertThat(heap.newList().address()).as("second address").isEqualTo(BumpAddresses.BASE + 16);
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("Task 2: The small-int cache")
    class Task2 {
        private final ObjectSpace space = new ObjectSpace(new Heap());

        @Test
        @Tag("concept:1.3")
        @DisplayName("returns one object for 256: int('256') is int('256')")
        void twoFiftySixIsCached() {
            assertThat(space.newInt(256)).as("int('256') is int('256')").isSameAs(space.newInt(256));
        }

        @Test
        @Tag("concept:1.3")
        @DisplayName("makes a new object for 257: int('257') is not int('257')")
        void twoFiftySevenIsNotCached() {
            assertThat(space.newInt(257)).as("int('257') is int('257')").isNotSameAs(space.newInt(257));
        }

        @Test
        @Tag("concept:1.3")
        @DisplayName("caches down to -5 but not -6")
        void negativeEdge() {
            assertThat(space.newInt(-5)).as("int('-5') is int('-5')").isSameAs(space.newInt(-5));
            assertThat(space.newInt(-6)).as("int('-6') is int('-6')").isNotSameAs(space.newInt(-6));
        }

        @Test
        @Tag("concept:1.3")
        @DisplayName("makes a new float every time: float('1.0') is not float('1.0')")
        void floatsAreNeverCached() {
            assertThat(space.newFloat(1.0)).as("float('1.0') is float('1.0')").isNotSameAs(space.newFloat(1.0));
        }

        @Test
        @Tag("concept:1.3")
        @DisplayName("never frees a cached small int: it lives as long as the interpreter")
        void smallIntsAreNeverFreed() {
            PyObject five = space.newInt(5);
            assertThatThrownBy(() -> space.free(five)).as("freeing the cached 5").isInstanceOf(IllegalArgumentException.class);
            assertThat(space.newInt(5)).as("int('5') after that is still the cached 5").isSameAs(five);
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("Task 3: Singletons")
    class Task3 {
        private final ObjectSpace space = new ObjectSpace(new Heap());

        @Test
        @Tag("concept:1.4")
        @DisplayName("has one None, one True and one False")
        void noneTrueFalse() {
            assertThat(space.none()).as("None is None").isSameAs(space.none());
            assertThat(space.bool(true)).as("True is True").isSameAs(space.bool(true));
            assertThat(space.bool(false)).as("False is False").isSameAs(space.bool(false));
            assertThat(space.bool(true)).as("True is not False").isNotSameAs(space.bool(false));
        }

        @Test
        @Tag("concept:1.4")
        @DisplayName("shares the empty str and the empty tuple: str() is '' and tuple() is ()")
        void emptyStrAndTuple() {
            assertThat(space.newStr("")).as("str() is ''").isSameAs(space.newStr(""));
            assertThat(space.newTuple()).as("tuple() is ()").isSameAs(space.newTuple());
        }

        @Test
        @Tag("concept:1.4")
        @DisplayName("shares chr(233) but not chr(256)")
        void latin1Characters() {
            assertThat(space.newStr("\u00e9")).as("chr(233) is chr(233)").isSameAs(space.newStr("\u00e9"));
            assertThat(space.newStr("\u0100")).as("chr(256) is chr(256)").isNotSameAs(space.newStr("\u0100"));
        }
    }

    @Nested
    @Tag("task:4")
    @DisplayName("Task 4: Constants and interning")
    class Task4 {
        private final ObjectSpace space = new ObjectSpace(new Heap());

        @Test
        @Tag("concept:1.5")
        @DisplayName("makes a = 257; b = 257 one object within one compiled unit, but not across two")
        void equalConstantsInOneUnit() {
            CompileUnit unit = new CompileUnit(space);
            assertThat(unit.intConstant(257)).as("a = 257; b = 257; a is b").isSameAs(unit.intConstant(257));
            assertThat(new CompileUnit(space).intConstant(257)).as("257 compiled twice")
                    .isNotSameAs(new CompileUnit(space).intConstant(257));
        }

        @Test
        @Tag("concept:1.5")
        @DisplayName("interns 'hello' across units but not 'hello world!'")
        void identifierLikeLiteralsAreInterned() {
            CompileUnit first = new CompileUnit(space);
            CompileUnit second = new CompileUnit(space);
            assertThat(first.strConstant("hello")).as("'hello' in two units").isSameAs(second.strConstant("hello"));
            assertThat(first.strConstant("hello world!")).as("'hello world!' in two units")
                    .isNotSameAs(second.strConstant("hello world!"));
        }

        @Test
        @Tag("concept:1.6")
        @DisplayName("never interns a concatenation, but sys.intern gives back the literal")
        void concatenationAndExplicitIntern() {
            PyStr literal = new CompileUnit(space).strConstant("hello");
            // GIVEN s = 'hel' + 'lo', computed at run time
            PyStr concatenated = space.newStr("hello");
            // THEN it is a different object, and sys.intern(s) returns the literal's object
            assertThat(concatenated).as("'hel' + 'lo' is 'hello'").isNotSameAs(literal);
            assertThat(space.intern(concatenated)).as("sys.intern('hel' + 'lo') is 'hello'").isSameAs(literal);
        }

        @Test
        @Tag("concept:1.5")
        @DisplayName("keeps the constants 0.0 and -0.0 apart although 0.0 == -0.0")
        void zeroAndNegativeZeroConstants() {
            CompileUnit unit = new CompileUnit(space);
            assertThat(unit.floatConstant(0.0)).as("0.0 and -0.0 in one unit: two constants").isNotSameAs(unit.floatConstant(-0.0));
            assertThat(unit.floatConstant(-0.0).value()).as("-0.0 keeps its sign").isEqualTo(-0.0);
        }
    }

    @Nested
    @Tag("task:5")
    @DisplayName("Task 5: `is` versus `==`")
    class Task5 {
        private final Heap heap = new Heap();

        @Test
        @Tag("concept:1.7")
        @DisplayName("finds 1 == 1.0 == True although they are three objects")
        void oneOneTrue() {
            PyObject one = heap.newInt(1);
            PyObject onePointZero = heap.newFloat(1.0);
            PyObject yes = heap.newBool(true);
            assertThat(Comparisons.equal(one, onePointZero)).as("1 == 1.0").isTrue();
            assertThat(Comparisons.equal(onePointZero, yes)).as("1.0 == True").isTrue();
            assertThat(Comparisons.is(one, yes)).as("1 is True").isFalse();
        }

        @Test
        @Tag("concept:1.7")
        @DisplayName("compares strings by value, not by identity")
        void stringsByValue() {
            PyObject a = heap.newStr("hello world!");
            PyObject b = heap.newStr("hello world!");
            assertThat(Comparisons.equal(a, b)).as("'hello world!' == 'hello world!'").isTrue();
            assertThat(Comparisons.is(a, b)).as("two separately made strings: a is b").isFalse();
        }

        @Test
        @Tag("concept:1.7")
        @DisplayName("compares tuples item by item")
        void tuples() {
            PyObject left = heap.newTuple(heap.newInt(1), heap.newStr("a"));
            PyObject right = heap.newTuple(heap.newFloat(1.0), heap.newStr("a"));
            assertThat(Comparisons.equal(left, right)).as("(1, 'a') == (1.0, 'a')").isTrue();
        }

        @Test
        @Tag("concept:1.7")
        @DisplayName("asks is before == for the items of a sequence: nan = float('nan'); (nan,) == (nan,) though nan != nan")
        void itemsAreComparedByIdentityFirst() {
            PyObject nan = heap.newFloat(Double.NaN);
            assertThat(Comparisons.equal(nan, nan)).as("nan == nan").isFalse();
            assertThat(Comparisons.equal(heap.newTuple(nan), heap.newTuple(nan)))
                    .as("(nan,) == (nan,): the same object is equal as an item, before == is asked").isTrue();
        }

        @Test
        @Tag("concept:1.7")
        @DisplayName("compares an int and a float exactly: 2**53 + 1 != 2.0**53")
        void intAndFloatExactly() {
            PyObject big = heap.newInt(9_007_199_254_740_993L);
            PyObject asFloat = heap.newFloat(9_007_199_254_740_992.0);
            assertThat(Comparisons.equal(big, asFloat)).as("2**53 + 1 == 2.0**53 (the int must not be rounded to a double)").isFalse();
        }
    }

    @Nested
    @Tag("task:6")
    @DisplayName("Task 6: Names")
    class Task6 {
        private final Heap heap = new Heap();
        private final Names names = new Names(new Namespace("<module>"));

        @Test
        @Tag("concept:1.8")
        @DisplayName("binds y = x to the same object: id(y) == id(x)")
        void aliasSharesTheObject() {
            // GIVEN x = 50
            names.assign("x", heap.newInt(50));
            // WHEN y = x
            names.assignName("y", "x");
            // THEN both names label one object
            assertThat(names.id("y")).as("id(y) == id(x)").isEqualTo(names.id("x"));
            assertThat(names.sameObject("x", "y")).as("y is x").isTrue();
        }

        @Test
        @Tag("concept:1.8")
        @DisplayName("leaves x alone when y is rebound: x = 60; y = x; y += 5")
        void rebindingOneNameLeavesTheOther() {
            PyObject sixty = heap.newInt(60);
            names.assign("x", sixty);
            names.assignName("y", "x");
            // WHEN y += 5 on an int: a new object 65, bound to y only
            names.assign("y", heap.newInt(65));
            // THEN x still labels 60
            assertThat(names.lookup("x")).as("x after y += 5").isSameAs(sixty);
            assertThat(names.sameObject("x", "y")).as("y is x after y += 5").isFalse();
        }

        @Test
        @Tag("concept:1.8")
        @DisplayName("raises NameError for a name never bound")
        void unboundName() {
            assertThatThrownBy(() -> names.lookup("x")).as("x")
                    .isInstanceOf(PyException.class)
                    .hasMessage("name 'x' is not defined");
        }
    }
}
