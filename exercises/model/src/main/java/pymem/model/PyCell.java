package pymem.model;

import java.util.function.Consumer;

/**
 * A cell: the box that holds a variable shared between a function and the closures nested in it.
 * Empty ({@code null} contents) until the variable is first assigned, and again after {@code del}.
 */
public final class PyCell extends PyObject {
    private PyObject contents;

    public PyCell(PyObject contents) {
        super(Kind.CELL);
        this.contents = contents;
    }

    /** The value in the cell, or {@code null} when it is empty. */
    public PyObject contents() {
        return contents;
    }

    public void setContents(PyObject contents) {
        this.contents = contents;
    }

    @Override
    public void forEachReferent(Consumer<PyObject> visit) {
        if (contents != null) {
            visit.accept(contents);
        }
    }

    @Override
    public String repr() {
        return "<cell at 0x" + Long.toHexString(address()) + ": " + (contents == null ? "empty" : contents.typeName() + " object") + ">";
    }
}
