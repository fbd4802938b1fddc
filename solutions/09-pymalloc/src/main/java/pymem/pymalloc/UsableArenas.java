package pymem.pymalloc;

import java.util.ArrayList;
import java.util.List;
import pymem.model.memory.MemoryLayout;

/**
 * CPython's {@code usable_arenas}: the arenas that have a free pool, sorted by ascending number of free
 * pools, so new pools come from the most used arena and lightly used arenas get a chance to empty out.
 * {@code lastWith[n]} (CPython's {@code nfp2lasta}) is the rightmost arena with n free pools, which lets
 * every move happen in O(1) with no scan.
 */
final class UsableArenas {
    private Arena head;
    private final Arena[] lastWith = new Arena[MemoryLayout.POOLS_PER_ARENA + 1];

    Arena head() {
        return head;
    }

    /** A brand-new arena becomes the only usable one (called only when the list is empty). */
    void addFresh(Arena arena) {
        arena.prevUsable = null;
        arena.nextUsable = null;
        head = arena;
        lastWith[arena.freePools()] = arena;
    }

    /** The head is about to give away one pool: fix lastWith for its count dropping by one. */
    void beforeHeadTakesPool() {
        int nf = head.freePools();
        if (lastWith[nf] == head) {
            lastWith[nf] = null;
        }
        if (nf > 1) {
            lastWith[nf - 1] = head;
        }
    }

    /** The head has just given away its last free pool: it leaves the list. */
    void afterHeadTookPool() {
        if (head.freePools() == 0) {
            head = head.nextUsable;
            if (head != null) {
                head.prevUsable = null;
            }
        }
    }

    /**
     * {@code arena} is about to get a pool back (its count rises by one). Returns true when the arena is
     * now wholly free and not the last of the list: it has been unlinked and must be released.
     */
    boolean poolReturned(Arena arena, int oldFree) {
        Arena lastOld = lastWith[oldFree];
        if (lastOld == arena) {
            Arena prev = arena.prevUsable;
            lastWith[oldFree] = prev != null && prev.freePools() == oldFree ? prev : null;
        }
        int nf = oldFree + 1;
        if (nf == arena.totalPools() && arena.nextUsable != null) {
            unlink(arena);
            return true;
        }
        if (nf == 1) {
            arena.prevUsable = null;
            arena.nextUsable = head;
            if (head != null) {
                head.prevUsable = arena;
            }
            head = arena;
            if (lastWith[1] == null) {
                lastWith[1] = arena;
            }
            return false;
        }
        if (lastWith[nf] == null) {
            lastWith[nf] = arena;
        }
        if (arena == lastOld) {
            return false; // already the rightmost with its old count: still in order
        }
        unlink(arena);
        arena.prevUsable = lastOld;
        arena.nextUsable = lastOld.nextUsable;
        if (arena.nextUsable != null) {
            arena.nextUsable.prevUsable = arena;
        }
        lastOld.nextUsable = arena;
        return false;
    }

    private void unlink(Arena arena) {
        if (arena.prevUsable == null) {
            head = arena.nextUsable;
        } else {
            arena.prevUsable.nextUsable = arena.nextUsable;
        }
        if (arena.nextUsable != null) {
            arena.nextUsable.prevUsable = arena.prevUsable;
        }
        arena.prevUsable = null;
        arena.nextUsable = null;
    }

    List<Long> addresses() {
        List<Long> result = new ArrayList<>();
        for (Arena a = head; a != null; a = a.nextUsable) {
            result.add(a.address());
        }
        return result;
    }
}
