package pymem.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When students may see a graded test's result on Gradescope. On a method it overrides the one on its
 * class (or an enclosing class), which overrides the one on the package (the exercise's default, in the hidden
 * tests' {@code package-info.java}); without any, {@link Level#VISIBLE}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.PACKAGE})
public @interface Visibility {
    Level value();

    /** Gradescope's visibility levels, written to results.json in lower case. */
    enum Level {
        VISIBLE, HIDDEN, AFTER_DUE_DATE, AFTER_PUBLISHED;

        /** The spelling results.json uses, e.g. {@code after_due_date}. */
        public String gradescopeName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
