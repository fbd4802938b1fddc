package pymem.model.snippet;

/** One occurrence of {@code name} in a block, in source order: {@code x = 1} is {@code (x, ASSIGN)}. */
public record NameEvent(String name, NameUse use) {
    @Override
    public String toString() {
        return use + " " + name;
    }
}
