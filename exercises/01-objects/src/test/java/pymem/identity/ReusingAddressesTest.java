package pymem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.model.BumpAddresses;
import pymem.model.Heap;
import pymem.model.PyList;

@Tag("task:1")
@DisplayName("Task 1: addresses")
class ReusingAddressesTest {

    @Test
    @Tag("concept:1.1")
    @DisplayName("hands out addresses that are multiples of 16")
    void addressesAreAligned() {
        // GIVEN a heap whose addresses come from the allocator
        Heap heap = new Heap(new ReusingAddresses());
        // WHEN three objects are made
        PyList a = heap.newList();
        PyList b = heap.newList();
        PyList c = heap.newList();
        // THEN every id is 16-byte aligned and no two are equal
        assertThat(a.address() % 16).as("id(a) % 16").isZero();
        assertThat(b.address() % 16).as("id(b) % 16").isZero();
        assertThat(c.address() % 16).as("id(c) % 16").isZero();
        assertThat(a.address()).as("id(a) != id(b) while both live").isNotEqualTo(b.address());
        assertThat(b.address()).as("id(b) != id(c) while both live").isNotEqualTo(c.address());
        assertThat(a.address()).as("id(a) != id(c) while both live").isNotEqualTo(c.address());
    }

    @Test
    @Tag("concept:1.2")
    @DisplayName("gives a freed object's address to the next object: id([]) == id([])")
    void reusesAFreedAddress() {
        Heap heap = new Heap(new ReusingAddresses());
        // GIVEN id([]): a list is made, its id read, and it is freed at once
        PyList first = heap.newList();
        long firstId = first.address();
        heap.free(first);
        // WHEN the second [] is made
        PyList second = heap.newList();
        // THEN it sits where the first one was
        assertThat(second.address()).as("id([]) == id([])").isEqualTo(firstId);
    }

    @Test
    @Tag("concept:1.2")
    @DisplayName("reuses the most recently freed address first: a = []; b = []; del a; del b; id([]) == old id(b)")
    void reusesTheNewestFreedAddressFirst() {
        Heap heap = new Heap(new ReusingAddresses());
        // GIVEN two lists, freed in the order a, then b
        PyList a = heap.newList();
        PyList b = heap.newList();
        long idA = a.address();
        long idB = b.address();
        heap.free(a);
        heap.free(b);
        // WHEN two new lists are made
        PyList first = heap.newList();
        PyList second = heap.newList();
        // THEN the freed addresses come back newest first (last in, first out), like pymalloc's free lists
        assertThat(first.address()).as("the next object gets the address freed last (b's), not the oldest (a's)").isEqualTo(idB);
        assertThat(second.address()).as("the object after it gets a's address").isEqualTo(idA);
    }

    @Test
    @Tag("concept:1.1")
    @DisplayName("starts at BumpAddresses.BASE and goes up 16 bytes at a time while nothing is freed")
    void freshAddressesGoUp() {
        ReusingAddresses addresses = new ReusingAddresses();
        Heap heap = new Heap(addresses);
        assertThat(heap.newList().address()).as("first address").isEqualTo(BumpAddresses.BASE);
        assertThat(heap.newList().address()).as("second address").isEqualTo(BumpAddresses.BASE + 16);
    }
}
