package pymem.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@code static final} fields are the CPython 3.11 facts an exercise's tests assert.
 * Each such class has a Python twin ({@link #twin()}, relative to the exercise's hidden-test folder) that
 * prints every fact as {@code NAME=value}; the kit runs the twin with python3 and compares the two.
 *
 * <p>Values print as Python's {@code str()} would: ints in decimal, {@code True}/{@code False}, strings as
 * they are, sequences as {@code [a, b, c]}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CPythonFacts {
    /** The twin script's file name, e.g. {@code twin.py}. */
    String twin() default "twin.py";
}
