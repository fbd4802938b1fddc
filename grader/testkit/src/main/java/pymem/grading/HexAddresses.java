package pymem.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a hidden test class whose {@code long} values are memory addresses (pymalloc's blocks, pools and arenas):
 * failure messages print every {@code long} in hex, as {@code sys._debugmallocstats()} and C debuggers show
 * addresses ({@code 0x7f0000040030}), while {@code int} counts stay decimal.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HexAddresses {
}
