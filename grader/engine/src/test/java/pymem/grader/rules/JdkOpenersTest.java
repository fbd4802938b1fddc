package pymem.grader.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed opener list against the running JDK: run on each JDK the kit supports (17 and 25), these
 * tests catch a list that was not regenerated there.
 */
@DisplayName("The JDK opener list")
class JdkOpenersTest {
    private static final String REGENERATE = "regenerate the list on JDK " + Runtime.version().feature() + ": from the kit's root, "
            + "java -cp grader/engine/target/pymem-grader.jar " + JdkOpeners.class.getName() + " " + JdkOpeners.LIST_FILE;
    private static SortedSet<String> derived;

    @BeforeAll
    static void deriveOnTheRunningJdk() {
        derived = JdkOpeners.derive();
    }

    @Test
    @DisplayName("finds a known opener: new java.util.Formatter(String) writes a file")
    void findsAKnownOpener() {
        assertThat(derived).contains("java.util.Formatter#<init>(java.lang.String)", "java.util.Scanner#<init>(java.nio.file.Path)");
    }

    @Test
    @DisplayName("committed: holds every member the running JDK derives")
    void committedListHoldsEverythingDerived() {
        assertThat(OpenerList.committed().members()).as(REGENERATE).containsAll(derived);
    }

    @Test
    @DisplayName("committed: says it was derived on the running JDK's feature version")
    void committedListWasDerivedOnThisJdk() {
        assertThat(OpenerList.committed().derivations()).as(REGENERATE).containsKey(Runtime.version().feature());
    }

    @Test
    @DisplayName("regenerating keeps the union of every JDK's members and one header line per JDK")
    void regeneratingKeepsTheUnion(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(OpenerList.RESOURCE);
        OpenerList.empty().plus(17, "17.0.1", Set.of("a#b()", "c#<init>(int[])")).write(file, JdkOpeners.header());
        OpenerList.read(file).plus(25, "25.0.1", Set.of("a#b()", "d#e(java.lang.String)")).write(file, JdkOpeners.header());
        OpenerList.read(file).plus(25, "25.0.2", Set.of("f#g()")).write(file, JdkOpeners.header());

        OpenerList list = OpenerList.read(file);
        assertThat(list.members()).containsExactly("a#b()", "c#<init>(int[])", "d#e(java.lang.String)", "f#g()");
        assertThat(list.derivations()).containsOnlyKeys(17, 25).containsEntry(25, "25.0.2: 1 members");
    }
}
