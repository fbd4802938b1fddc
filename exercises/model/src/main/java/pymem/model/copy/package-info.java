/**
 * What exercise 08 ({@code copy.deepcopy}) works on: the {@link pymem.model.copy.Memo}, the dictionary from
 * {@code id(original)} to its copy plus the list of originals it keeps alive, as {@code Lib/copy.py}
 * builds it. The memo only stores entries; deciding what goes in, and when, is the exercise.
 */
package pymem.model.copy;
