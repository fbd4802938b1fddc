package pymem.grading.picture;

/** What a picture says about an object's life beyond its being there. */
public enum Mark {
    /** Nothing to say. */
    NONE,
    /** The heap freed it, yet a name or a live container still refers to it: a dangling reference. */
    FREED_YET_REFERENCED,
    /** The heap freed it and nothing live refers to it (it is drawn because the failed assertion names it). */
    FREED,
    /** The test expected it dead and it is: drawn faded. */
    DEAD_AS_EXPECTED,
    /** The test expected it dead, but it is still live. */
    EXPECTED_DEAD_BUT_LIVE,
    /** The test expected it alive and it is. */
    ALIVE_AS_EXPECTED,
    /** The test expected it alive, but the heap freed it. */
    EXPECTED_ALIVE_BUT_FREED;

    /** Whether the mark points at something wrong (drawn in the failure colour). */
    public boolean wrong() {
        return this == FREED_YET_REFERENCED || this == EXPECTED_DEAD_BUT_LIVE || this == EXPECTED_ALIVE_BUT_FREED;
    }

    /** The words shown on the box. */
    public String caption() {
        switch (this) {
            case FREED_YET_REFERENCED:
                return "freed, still referenced";
            case FREED:
                return "freed";
            case DEAD_AS_EXPECTED:
                return "dead, as expected";
            case EXPECTED_DEAD_BUT_LIVE:
                return "expected dead: still live";
            case ALIVE_AS_EXPECTED:
                return "alive, as expected";
            case EXPECTED_ALIVE_BUT_FREED:
                return "expected alive: freed";
            default:
                return "";
        }
    }
}
