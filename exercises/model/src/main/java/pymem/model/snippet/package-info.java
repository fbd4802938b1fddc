/**
 * Snippets: a small subset of Python, parsed and run over the model, so that exercise 03 (namespaces)
 * can be judged on whole programs.
 *
 * <pre>
 *   source --Lexer/Parser--&gt; Node tree --BlockCollector--&gt; Block tree (NameEvents, per scope)
 *                                                           |
 *                                      ScopeAnalyzer (exercise 03) classifies every name: NameKind
 *                                                           |
 *   Interpreter --&gt; Executor walks the tree; Calls makes and calls functions and classes;
 *                   every name goes to NameAccess, every frame and closure to FrameFactory (exercise 03)
 * </pre>
 *
 * <p>Errors a snippet raises are {@link pymem.model.PyException}s with CPython 3.11's type and message. A
 * program that is valid Python but outside the subset, or where the model does not follow CPython, ends
 * in {@link pymem.model.OutOfScopeError} instead. The module's tests are data: each
 * {@code src/test/resources/snippets/**}{@code /*.py} file carries its expected output in
 * {@code # expect:} comments and its expected exception in an {@code # error:} comment, checked against
 * the interpreter and, when python3 3.11 is present, against CPython.
 */
package pymem.model.snippet;
