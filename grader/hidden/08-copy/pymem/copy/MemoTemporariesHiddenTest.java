package pymem.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.grading.Prerequisite;
import pymem.model.PyClass;
import pymem.model.PyInstance;
import pymem.model.PyObject;
import pymem.model.copy.Memo;

/** The temporary objects copy._reconstruct leaves in the memo (the scenarios of twin.py's memo_scenarios). */
@DisplayName("The memo's temporary entries (task 3)")
@Tag("task:3")
class MemoTemporariesHiddenTest {
    private final CopyFixtures.World w = new CopyFixtures.World();

    private PyClass cls(String name, List<PyClass> bases, List<String> slots) {
        return w.heap.register(new PyClass(name, bases, slots));
    }

    private Map<String, PyObject> scenarios() {
        PyClass plain = w.heap.newClass("C");
        PyClass slotted = cls("S", List.of(), List.of("a", "b"));
        PyClass sub = cls("Sub", List.of(slotted), List.of("c"));
        PyClass slotsAndDict = cls("SD", List.of(), List.of("a", "__dict__"));
        PyClass underPlain = cls("P", List.of(plain), List.of("s"));
        PyInstance slottedList = w.heap.newInstance(slotted);
        slottedList.setAttribute("a", w.ints(1));
        slottedList.setAttribute("b", w.heap.newInt(2));
        PyInstance slottedSub = w.heap.newInstance(sub);
        slottedSub.setAttribute("c", w.ints(3));
        slottedSub.setAttribute("a", w.heap.newInt(1));
        PyInstance withDict = w.heap.newInstance(slotsAndDict);
        withDict.setAttribute("a", w.heap.newInt(1));
        withDict.setAttribute("x", w.ints(2));
        PyInstance plainAttrs = w.heap.newInstance(plain);
        plainAttrs.setAttribute("x", w.ints(1));
        PyInstance slottedUnderPlain = w.heap.newInstance(underPlain);
        slottedUnderPlain.setAttribute("s", w.ints(1));
        slottedUnderPlain.setAttribute("d", w.heap.newInt(2));
        Map<String, PyObject> out = new LinkedHashMap<>();
        out.put("a set of three ints", w.heap.newSet(w.heap.newInt(1), w.heap.newInt(2), w.heap.newInt(3)));
        out.put("an empty frozenset", w.heap.newFrozenSet());
        out.put("a bytearray", w.heap.newByteArray(new byte[] {'a', 'b'}));
        out.put("a slotted instance with no slot set", w.heap.newInstance(slotted));
        out.put("a slotted instance holding a list", slottedList);
        out.put("an instance with slots from its class and its base", slottedSub);
        out.put("an instance with slots and a __dict__ slot", withDict);
        out.put("an instance with no attributes", w.heap.newInstance(plain));
        out.put("an instance with an attribute", plainAttrs);
        out.put("a slotted instance whose base gives a __dict__", slottedUnderPlain);
        out.put("a list of two sets", w.heap.newList(w.heap.newSet(w.heap.newInt(1)), w.heap.newSet(w.heap.newInt(2))));
        return out;
    }

    @Test
    @Concept("8.8")
    @Points(3)
    @DisplayName("leaves in the memo the temporary list of a set and the state of an instance, as CPython does")
    void memoTemporaries() {
        Prerequisite.check("8.6", () -> { // the memo counts a rebuilt frozenset and set like any other new copy
            PyObject frozen = w.heap.newFrozenSet();
            assertThat(w.copier.deepcopy(frozen)).as("deepcopy(frozenset()) is a new frozenset").isNotSameAs(frozen);
        });
        List<Integer> lengths = new ArrayList<>();
        List<List<String>> keptAlive = new ArrayList<>();
        for (PyObject x : scenarios().values()) {
            Memo memo = new Memo();
            w.copier.deepcopy(x, memo);
            lengths.add(memo.size());
            List<String> types = new ArrayList<>();
            memo.keptAlive().forEach(k -> types.add(k.typeName()));
            keptAlive.add(types);
        }
        assertThat(lengths).as("len(memo): a set is rebuilt from a new list, an instance from its state "
                + "(its __dict__, or a (dict, slots) tuple), and deepcopy memoizes those like any object")
                .isEqualTo(List.of(CopyFacts.MEMO_LEN_SET_OF_THREE_INTS, CopyFacts.MEMO_LEN_EMPTY_FROZENSET,
                        CopyFacts.MEMO_LEN_BYTEARRAY, CopyFacts.MEMO_LEN_SLOTTED_EMPTY, CopyFacts.MEMO_LEN_SLOTTED_LIST,
                        CopyFacts.MEMO_LEN_SLOTTED_SUB, CopyFacts.MEMO_LEN_SLOTS_AND_DICT, CopyFacts.MEMO_LEN_PLAIN_EMPTY,
                        CopyFacts.MEMO_LEN_PLAIN_ATTRS, CopyFacts.MEMO_LEN_SLOTTED_UNDER_PLAIN,
                        CopyFacts.MEMO_LEN_LIST_OF_TWO_SETS));
        assertThat(keptAlive).as("memo[id(memo)]: the temporaries are kept alive, each once it is copied")
                .isEqualTo(List.of(CopyFacts.KEEPALIVE_TYPES_SET_OF_THREE_INTS, CopyFacts.KEEPALIVE_TYPES_EMPTY_FROZENSET,
                        CopyFacts.KEEPALIVE_TYPES_BYTEARRAY, CopyFacts.KEEPALIVE_TYPES_SLOTTED_EMPTY,
                        CopyFacts.KEEPALIVE_TYPES_SLOTTED_LIST, CopyFacts.KEEPALIVE_TYPES_SLOTTED_SUB,
                        CopyFacts.KEEPALIVE_TYPES_SLOTS_AND_DICT, CopyFacts.KEEPALIVE_TYPES_PLAIN_EMPTY,
                        CopyFacts.KEEPALIVE_TYPES_PLAIN_ATTRS, CopyFacts.KEEPALIVE_TYPES_SLOTTED_UNDER_PLAIN,
                        CopyFacts.KEEPALIVE_TYPES_LIST_OF_TWO_SETS));
    }

    @Test
    @Concept("8.4")
    @Points(1)
    @DisplayName("restores every slot and attribute on the copy of a slotted instance")
    void slottedInstanceCopy() {
        PyInstance x = (PyInstance) scenarios().get("an instance with slots and a __dict__ slot");
        PyInstance y = (PyInstance) w.copier.deepcopy(x);
        assertThat(y).as("a new instance").isNotSameAs(x);
        assertThat(y.attributes().keySet()).as("the __dict__ part is restored first, then the slots")
                .containsExactly("x", "a");
        assertThat(y.getAttribute("x")).as("a list held in the __dict__ is deep-copied").isNotSameAs(x.getAttribute("x"));
        assertThat(y.getAttribute("a")).as("an int held in a slot is shared").isSameAs(x.getAttribute("a"));
    }
}
