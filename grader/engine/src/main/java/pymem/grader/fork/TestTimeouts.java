package pymem.grader.fork;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs every test body on a fresh thread with its own calibrated time limit (a multiple of what the
 * reference solution needs, with a floor). A test over its limit fails with both times in the message. If
 * its thread ignores the interrupt, the JVM is "tainted" (a runaway thread would slow every later test), so
 * the runner asks the grader for a fresh JVM for the remaining tests.
 *
 * <p>Registered only in the forked test JVM, through JUnit's extension auto-detection.
 */
public final class TestTimeouts implements InvocationInterceptor {
    /** Stack size of a test thread: fixed, so that "too deep a recursion" fails the same way everywhere. */
    static final long TEST_STACK_BYTES = pymem.grading.TestStack.BYTES;
    static final Map<String, TestLimit> LIMITS = new ConcurrentHashMap<>();
    static volatile long defaultTimeoutMillis = 10_000;
    static volatile boolean tainted;

    // Every piece of code a test runs goes through a time limit: the test class's constructor and field
    // initialisers (where a fixture builds the student's objects), the lifecycle methods and the test itself.

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation, ReflectiveInvocationContext<Constructor<T>> call,
            ExtensionContext context) throws Throwable {
        return runLimited(invocation, context);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
        runLimited(invocation, context);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
        runLimited(invocation, context);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
        runLimited(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
        runLimited(invocation, context);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
        return runLimited(invocation, context);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext call, ExtensionContext context) throws Throwable {
        runLimited(invocation, context);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
        runLimited(invocation, context);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) throws Throwable {
        runLimited(invocation, context);
    }

    private static <T> T runLimited(Invocation<T> invocation, ExtensionContext context) throws Throwable {
        TestLimit limit = limitFor(context.getUniqueId());
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = invocation.proceed();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "pymem-test", TEST_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        worker.join(limit.timeoutMillis());
        if (worker.isAlive()) {
            worker.interrupt();
            worker.join(500);
            if (worker.isAlive()) {
                tainted = true;
            }
            throw new AssertionError(timeoutMessage(limit));
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    static String timeoutMessage(TestLimit limit) {
        String took = String.format(Locale.ROOT, "took longer than %.1f s", limit.timeoutMillis() / 1000.0);
        if (limit.referenceMillis() < 0) {
            return took + " (an endless loop, or a much slower algorithm than needed?)";
        }
        return took + String.format(Locale.ROOT, "; the reference needs %.2f s (an endless loop, or a much slower algorithm than needed?)",
                limit.referenceMillis() / 1000.0);
    }

    private static TestLimit limitFor(String uniqueId) {
        for (Map.Entry<String, TestLimit> e : LIMITS.entrySet()) {
            if (ForkProtocol.isPartOf(uniqueId, e.getKey())) {
                return e.getValue();
            }
        }
        return new TestLimit(defaultTimeoutMillis, -1);
    }
}
