package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.Heap;
import pymem.model.PyStr;

@Tag("task:4")
@DisplayName("Task 4: constants and interning")
class InterningTest {
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
