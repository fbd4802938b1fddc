package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.BumpAddresses;
import pymem.model.Heap;
import pymem.model.PyList;
import pymem.model.PyObject;

@DisplayName("Task 1: addresses")
@Tag("task:1")
class AddressesHiddenTest {

    /** Makes and frees objects in a fixed pseudo-random order; returns the objects still live at the end. */
    private static List<PyObject> churn(Heap heap, long seed, int steps, List<Long> everyAddressSeen) {
        Random random = new Random(seed);
        List<PyObject> live = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            if (live.isEmpty() || random.nextInt(3) > 0) {
                PyList made = heap.newList();
                everyAddressSeen.add(made.address());
                live.add(made);
            } else {
                heap.free(live.remove(random.nextInt(live.size())));
            }
            Set<Long> liveAddresses = new HashSet<>();
            for (PyObject obj : live) {
                assertThat(liveAddresses.add(obj.address()))
                        .as("no two live objects may share an address (id must be unique among live objects)")
                        .isTrue();
            }
        }
        return live;
    }

    @Test
    @Concept("1.1")
    @Points(3)
    @DisplayName("never gives one address to two live objects, however objects come and go")
    void uniqueAmongLiveObjects() {
        churn(new Heap(new ReusingAddresses()), 20260101L, 1500, new ArrayList<>());
    }

    @Test
    @Concept("1.1")
    @Points(2)
    @DisplayName("hands out only 16-byte-aligned addresses, reused ones included")
    void alwaysAligned() {
        List<Long> seen = new ArrayList<>();
        churn(new Heap(new ReusingAddresses()), 42L, 600, seen);
        for (long address : seen) {
            assertThat(address % IdentityFacts.ID_ALIGNMENT).as("every id must be a multiple of 16, reused ones too")
                    .isZero();
        }
    }

    @Test
    @Concept("1.2")
    @Points(2)
    @DisplayName("gives a freed object's address to the next object, so id([]) == id([])")
    void reusesAfterFree() {
        Heap heap = new Heap(new ReusingAddresses());
        heap.newList(); // something already live, so the reused address is not simply the first one
        PyList first = heap.newList();
        long firstId = first.address();
        heap.free(first);
        boolean reused = heap.newList().address() == firstId;
        assertThat(reused).as("a freed object's address must be reused by the next allocation")
                .isEqualTo(IdentityFacts.ID_OF_TWO_TEMPORARY_LISTS_EQUAL);
    }

    @Test
    @Concept("1.2")
    @Points(2)
    @DisplayName("reuses the most recently freed address first")
    void mostRecentlyFreedFirst() {
        Heap heap = new Heap(new ReusingAddresses());
        PyList a = heap.newList();
        PyList b = heap.newList();
        PyList c = heap.newList();
        long idA = a.address();
        long idB = b.address();
        long idC = c.address();
        heap.free(a);
        heap.free(c);
        heap.free(b);
        assertThat(heap.newList().address()).as("freed addresses are reused last-freed first").isEqualTo(idB);
        assertThat(heap.newList().address()).as("freed addresses are reused last-freed first").isEqualTo(idC);
        assertThat(heap.newList().address()).as("freed addresses are reused last-freed first").isEqualTo(idA);
        assertThat(heap.newList().address()).as("with nothing left to reuse, a fresh address above the others")
                .isEqualTo(idC + 16);
    }

    @Test
    @Concept("1.1")
    @Points(2)
    @DisplayName("counts fresh addresses up from BumpAddresses.BASE, 16 bytes apart")
    void freshAddressesAreConsecutive() {
        ReusingAddresses addresses = new ReusingAddresses();
        Heap heap = new Heap(addresses);
        for (int i = 0; i < 100; i++) {
            assertThat(heap.newList().address()).as("fresh addresses start at BASE and step by the alignment")
                    .isEqualTo(BumpAddresses.BASE + 16L * i);
        }
    }

    @Test
    @Concept("1.2")
    @Points(2)
    @DisplayName("keeps memory bounded: a thousand objects freed and made again reuse the same thousand addresses")
    void boundedAfterReuse() {
        Heap heap = new Heap(new ReusingAddresses());
        List<PyList> batch = new ArrayList<>();
        Set<Long> firstBatch = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(heap.newList());
            firstBatch.add(batch.get(i).address());
        }
        Set<Long> outside = new HashSet<>();
        for (int round = 0; round < 50; round++) {
            batch.forEach(heap::free);
            batch.clear();
            for (int i = 0; i < 1000; i++) {
                batch.add(heap.newList());
                if (!firstBatch.contains(batch.get(i).address())) {
                    outside.add(batch.get(i).address());
                }
            }
        }
        assertThat(outside).as("every freed address must become reusable, not only the last one: no new addresses").isEmpty();
    }

    @Test
    @Concept("1.1")
    @Points(2)
    @DisplayName("refuses to release an address twice or one never handed out")
    void rejectsDoubleFree() {
        ReusingAddresses addresses = new ReusingAddresses();
        PyList obj = new PyList();
        long address = addresses.allocate(obj);
        addresses.release(obj, address);
        assertThatThrownBy(() -> addresses.release(obj, address))
                .as("releasing a free address twice is a double free")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> addresses.release(obj, address + 4096))
                .as("an address never handed out cannot be released")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Concept("1.2")
    @Points(2)
    @DisplayName("hands back the newest freed address when frees and allocations interleave")
    void newestFreedFirstWhileInterleaved() {
        Heap heap = new Heap(new ReusingAddresses());
        PyList a = heap.newList();
        PyList b = heap.newList();
        PyList c = heap.newList();
        PyList d = heap.newList();
        long idA = a.address();
        long idB = b.address();
        long idD = d.address();
        heap.free(b);
        heap.free(d);
        assertThat(heap.newList().address()).as("d was freed after b: its address comes back first").isEqualTo(idD);
        heap.free(a);
        assertThat(heap.newList().address()).as("a, freed last, comes back before b, freed earlier").isEqualTo(idA);
        assertThat(heap.newList().address()).as("then b, the only freed address left").isEqualTo(idB);
        assertThat(heap.newList().address()).as("with nothing left to reuse, a fresh address above the others")
                .isEqualTo(idD + 16);
        assertThat(heap.isLive(c)).as("c was never freed").isTrue();
    }
}

