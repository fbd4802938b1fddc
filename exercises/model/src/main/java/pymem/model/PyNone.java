package pymem.model;

/**
 * {@code None}. Python has exactly one None object; the model does not enforce that (making sure there is
 * one is part of exercise 01), so each heap creates the one it hands out.
 */
public final class PyNone extends PyAtom {
    public PyNone() {
        super(Kind.NONE);
    }

    @Override
    public String repr() {
        return "None";
    }
}
