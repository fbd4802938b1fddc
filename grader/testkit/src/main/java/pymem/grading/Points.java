package pymem.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many points a graded test is worth. Every hidden test method carries one; the kit's invariants
 * fail the build when one is missing. A parameterized test is one graded item: it earns its points
 * only when every invocation passes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {
    /** The points, at least 1. */
    int value();
}
