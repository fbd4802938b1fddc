package pymem.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one concept a hidden test grades: an id {@code N.k} of exercise N's concept map, the numbered list under
 * {@code ## Concepts} in the exercise's lesson ({@link ConceptMap}). Every hidden test method carries one; the
 * kit's invariants fail the build when one is missing or names a concept the lesson does not list.
 *
 * <p>A failed assertion of the test is reported under its concept: {@link ConceptExtension} puts
 * {@code 4.3 (the rule)} in front of the assertion's own message.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ExtendWith(ConceptExtension.class)
public @interface Concept {
    /** The concept's id, e.g. {@code "4.3"}. */
    String value();
}
