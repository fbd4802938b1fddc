package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pymem.identity.IdentityFacts.*;
import static pymem.identity.SharingFixtures.assertIdentity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.grading.Prerequisite;
import pymem.model.Heap;
import pymem.model.OutOfScopeError;
import pymem.model.PyStr;

@DisplayName("Task 4: constants and interning")
@Tag("task:4")
class InterningHiddenTest {
    private final Heap heap = new Heap();
    private final ObjectSpace space = new ObjectSpace(heap);

    /**
     * Constants are numbers the run time makes (concept 1.3): a unit's constants can only be told apart from
     * them once small ints are the cached ones and every other number is new.
     */
    private static void requireRunTimeNumbers() {
        Prerequisite.check("1.3", () -> {
            ObjectSpace fresh = new ObjectSpace(new Heap());
            assertThat(fresh.newInt(256)).as("int('256') is int('256'): one cached object").isSameAs(fresh.newInt(256));
            assertThat(fresh.newInt(-5)).as("int('-5') is int('-5'): one cached object").isSameAs(fresh.newInt(-5));
            assertThat(fresh.newInt(257)).as("int('257') is not int('257'): a new object each time").isNotSameAs(fresh.newInt(257));
            assertThat(fresh.newFloat(1.5)).as("float('1.5') is not float('1.5'): a new object each time").isNotSameAs(fresh.newFloat(1.5));
        });
    }

    @Test
    @Concept("1.5")
    @Points(2)
    @DisplayName("makes equal int literals one object within a unit and two across units, small ints aside")
    void intConstants() {
        requireRunTimeNumbers();
        CompileUnit unit = new CompileUnit(space);
        assertIdentity(unit.intConstant(257), unit.intConstant(257), EQUAL_INT_CONSTANTS_SHARED_IN_UNIT,
                "equal constants in one compiled unit are one object");
        assertIdentity(new CompileUnit(space).intConstant(257), new CompileUnit(space).intConstant(257),
                INT_CONSTANT_SHARED_ACROSS_UNITS, "each compiled unit has its own constants");
        assertIdentity(new CompileUnit(space).intConstant(256), new CompileUnit(space).intConstant(256),
                SMALL_INT_CONSTANT_SHARED_ACROSS_UNITS, "a small-int literal is the cached small int");
        assertThat(unit.intConstant(256)).as("a small-int literal is the object the run time hands out")
                .isSameAs(space.newInt(256));
        assertThat(unit.intConstant(-1000).longValue()).as("a constant keeps its value").isEqualTo(-1000);
        assertThat(unit.intConstant(1000)).as("different values are different constants")
                .isNotSameAs(unit.intConstant(1001));
    }

    @Test
    @Concept("1.5")
    @Points(2)
    @DisplayName("shares float literals within a unit only, and keeps 0.0 and -0.0 apart")
    void floatConstants() {
        requireRunTimeNumbers();
        CompileUnit unit = new CompileUnit(space);
        assertIdentity(unit.floatConstant(1.5), unit.floatConstant(1.5), FLOAT_CONSTANT_SHARED_IN_UNIT,
                "equal float constants in one unit are one object");
        assertIdentity(new CompileUnit(space).floatConstant(1.5), new CompileUnit(space).floatConstant(1.5),
                FLOAT_CONSTANT_SHARED_ACROSS_UNITS, "float constants are not shared across units");
        assertIdentity(unit.floatConstant(0.0), unit.floatConstant(-0.0), ZERO_AND_NEGATIVE_ZERO_CONSTANTS_SHARED,
                "0.0 and -0.0 are equal but different constants");
        assertThat(unit.floatConstant(-0.0).value()).as("-0.0 keeps its sign").isEqualTo(-0.0);
    }

    @Test
    @Concept("1.5")
    @Points(3)
    @DisplayName("interns literals made only of letters, digits and underscores across units")
    void nameLiteralsAreInterned() {
        CompileUnit first = new CompileUnit(space);
        CompileUnit second = new CompileUnit(space);
        assertIdentity(first.strConstant("hello"), second.strConstant("hello"), NAME_LITERAL_SHARED_ACROSS_UNITS,
                "identifier-like string literals are interned across units");
        assertIdentity(first.strConstant("1abc"), second.strConstant("1abc"),
                DIGITS_FIRST_NAME_LITERAL_SHARED_ACROSS_UNITS, "any literal of name characters is interned");
        assertIdentity(first.strConstant("aA0"), second.strConstant("aA0"), MIXED_CASE_DIGIT_LITERAL_SHARED_ACROSS_UNITS,
                "lower and upper case letters and digits are name characters");
        assertIdentity(first.strConstant("Z_9_z"), second.strConstant("Z_9_z"), UNDERSCORE_LITERAL_SHARED_ACROSS_UNITS,
                "upper case, digits and underscores are name characters");
        assertThat(first.strConstant("hello").value()).as("an interned literal holds its value").isEqualTo("hello");
        assertThat(space.isInterned(first.strConstant("hello"))).as("a name-character literal is in the intern table")
                .isTrue();
    }

    @Test
    @Concept("1.5")
    @Points(3)
    @DisplayName("shares other string literals within their unit only")
    void otherLiteralsAreNotInterned() {
        CompileUnit first = new CompileUnit(space);
        CompileUnit second = new CompileUnit(space);
        assertIdentity(first.strConstant("hello world!"), first.strConstant("hello world!"),
                OTHER_LITERAL_SHARED_IN_UNIT, "equal string constants in one unit are one object");
        assertIdentity(first.strConstant("hello world!"), second.strConstant("hello world!"),
                OTHER_LITERAL_SHARED_ACROSS_UNITS, "a literal with a space or punctuation is not interned");
        assertIdentity(first.strConstant("h\u00e9llo"), second.strConstant("h\u00e9llo"),
                NON_ASCII_LITERAL_SHARED_ACROSS_UNITS, "a literal with a non-ASCII letter is not interned");
        for (String notNameChars : new String[] {"a-b", "a.b", "a@b", "a[b", "a`b", "a{b", "a/b", "a:b"}) {
            assertIdentity(first.strConstant(notNameChars), second.strConstant(notNameChars),
                    PUNCTUATION_LITERAL_SHARED_ACROSS_UNITS, "only letters, digits and underscores are name characters");
        }
        assertThat(space.isInterned(first.strConstant("hello world!"))).as("such a literal is not in the intern table")
                .isFalse();
    }

    @Test
    @Concept("1.6")
    @Points(3)
    @DisplayName("returns the canonical object from sys.intern, and never interns a concatenation by itself")
    void explicitIntern() {
        PyStr literal = new CompileUnit(space).strConstant("hello");
        PyStr concatenated = space.newStr("hello");
        assertIdentity(concatenated, literal, CONCATENATION_IS_LITERAL, "run-time concatenation is not interned");
        assertIdentity(space.intern(concatenated), literal, INTERN_OF_CONCATENATION_IS_LITERAL,
                "sys.intern returns the object already interned for that value");
        assertThat(space.isInterned(concatenated)).as("the argument of sys.intern is not the canonical object")
                .isFalse();
        PyStr fresh = space.newStr("never seen before");
        assertIdentity(space.intern(fresh), fresh, INTERN_OF_NEW_VALUE_IS_ITSELF,
                "sys.intern of a new value makes the argument canonical");
        assertIdentity(space.intern(space.newStr("never seen before")), fresh, INTERN_AGAIN_IS_FIRST,
                "a later equal string gets the first one back");
        assertThat(new CompileUnit(space).strConstant("never_seen")).as("a literal interned by a unit")
                .isSameAs(space.intern(space.newStr("never_seen")));
    }

    @Test
    @Concept("1.6")
    @Points(2)
    @DisplayName("uses a string interned at run time for later literals of the same value")
    void literalsUseTheTable() {
        PyStr first = space.newStr("answer");
        space.intern(first);
        assertThat(new CompileUnit(space).strConstant("answer")).as("a literal must come from the intern table")
                .isSameAs(first);
        int live = heap.liveCount();
        new CompileUnit(space).strConstant("answer");
        assertThat(heap.liveCount()).as("the unit's own copy of an already interned literal is freed at once")
                .isEqualTo(live);
    }

    @Test
    @Concept("1.6")
    @Points(2)
    @DisplayName("drops a freed interned string from the table and refuses to intern a freed one")
    void freedInternedStrings() {
        PyStr first = space.intern(space.newStr("gone soon"));
        space.free(first);
        assertThat(heap.isLive(first)).as("an interned string can die").isFalse();
        assertThat(space.isInterned(first)).as("a dead string is not in the intern table").isFalse();
        PyStr second = space.newStr("gone soon");
        assertThat(space.intern(second)).as("after the interned string died, the next one becomes canonical")
                .isSameAs(second);
        assertThatThrownBy(() -> space.intern(first)).as("a freed string cannot be interned")
                .isInstanceOf(IllegalArgumentException.class);
        PyStr freedBehindTheSpacesBack = space.intern(space.newStr("other"));
        heap.free(freedBehindTheSpacesBack);
        PyStr replacement = space.newStr("other");
        assertThat(space.intern(replacement)).as("intern never returns a dead object").isSameAs(replacement);
    }

    @Test
    @Concept("1.5")
    @Points(2)
    @DisplayName("shares -0.0 literals with each other within a unit, never with 0.0, whichever comes first")
    void negativeZeroConstants() {
        CompileUnit unit = new CompileUnit(space);
        assertIdentity(unit.floatConstant(-0.0), unit.floatConstant(-0.0), NEGATIVE_ZERO_CONSTANTS_SHARED_IN_UNIT,
                "equal -0.0 constants in one unit are one object");
        CompileUnit other = new CompileUnit(space);
        assertIdentity(other.floatConstant(-0.0), other.floatConstant(0.0), NEGATIVE_ZERO_THEN_ZERO_CONSTANTS_SHARED,
                "-0.0 then 0.0: equal but different constants, whichever the unit meets first");
        assertThat(other.floatConstant(0.0).value()).as("0.0 keeps its sign").isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(other.floatConstant(0.0).value())).as("0.0 is +0.0").isZero();
    }

    @Test
    @Concept("1.5")
    @Points(2)
    @DisplayName("shares a one-character literal with chr() and refuses, as out of scope, the letters CPython interned at startup")
    void oneCharacterLiterals() {
        CompileUnit unit = new CompileUnit(space);
        assertIdentity(unit.strConstant("\u00e9"), space.newStr("\u00e9"), E_ACUTE_LITERAL_IS_CHR_233,
                "a one-character Latin-1 literal is the shared one-character string");
        assertIdentity(unit.strConstant("+"), space.newStr("+"), PLUS_LITERAL_IS_CHR_43,
                "a one-character literal that is no name character is the shared one-character string");
        assertThatThrownBy(() -> new CompileUnit(space).strConstant("a"))
                .as("which object a one-character name literal is depends on CPython's startup: out of scope")
                .isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> new CompileUnit(space).strConstant("_"))
                .as("an underscore is a name character too").isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> new CompileUnit(space).strConstant("7"))
                .as("a digit is a name character too").isInstanceOf(OutOfScopeError.class);
        assertThatThrownBy(() -> space.intern(space.newStr("a")))
                .as("sys.intern of a one-character name depends on CPython's startup: out of scope")
                .isInstanceOf(OutOfScopeError.class);
        assertIdentity(space.intern(space.newStr("\u00e9")), space.newStr("\u00e9"), INTERN_OF_CHR_233_IS_CHR_233,
                "sys.intern of another one-character string is in scope");
        assertIdentity(unit.strConstant("ab"), new CompileUnit(space).strConstant("ab"), NAME_LITERAL_SHARED_ACROSS_UNITS,
                "a name literal of two characters is interned as before");
    }
}

