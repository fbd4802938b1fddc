/**
 * The object model every exercise works on: read this first.
 *
 * <p>Python programs manipulate <em>objects</em>. Every object has a type (here a {@link pymem.model.Kind}),
 * an identity ({@code id(x)}, its address: {@link pymem.model.PyObject#address()}) and a value. Names are
 * labels bound to objects in a {@link pymem.model.Namespace}. Containers hold references to other objects,
 * which {@link pymem.model.PyObject#forEachReferent} visits. A {@link pymem.model.Heap} is the registry of
 * live objects.
 *
 * <p>The model only <em>holds state</em>. It never counts references, never collects garbage, never
 * decides whether an object is mutable, hashable or how big it is: each of those is an exercise. When you
 * implement an exercise you read and write this state; you never need to change the model.
 *
 * <table>
 *   <caption>Python to model</caption>
 *   <tr><th>Python</th><th>model</th></tr>
 *   <tr><td>{@code x is y}</td><td>{@code x == y} (Java identity)</td></tr>
 *   <tr><td>{@code id(x)}</td><td>{@code x.address()}</td></tr>
 *   <tr><td>{@code type(x).__name__}</td><td>{@code x.typeName()}</td></tr>
 *   <tr><td>{@code sys.getrefcount(x) - 1}</td><td>{@code x.refcount()}</td></tr>
 *   <tr><td>{@code gc.get_referents(x)}</td><td>{@code x.referents()}</td></tr>
 *   <tr><td>{@code raise TypeError("...")}</td><td>{@code throw new PyException("TypeError", "...")}</td></tr>
 * </table>
 */
package pymem.model;
