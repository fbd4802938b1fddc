package pymem.grader.kit;

/**
 * One exercise of the kit: its number, its folder name under {@code exercises/} and its Java package.
 *
 * @param number  1..9, the lesson order
 * @param folder  e.g. {@code 04-refcount}
 * @param javaPackage e.g. {@code pymem.refcount}
 */
public record Exercise(int number, String folder, String javaPackage) {

    /** The package as a path, e.g. {@code pymem/refcount}. */
    public String packagePath() {
        return javaPackage.replace('.', '/');
    }

    @Override
    public String toString() {
        return folder;
    }
}
