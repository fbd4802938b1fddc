package pymem.namespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import pymem.grading.Concept;
import pymem.grading.Points;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyCell;
import pymem.model.PyException;
import pymem.model.PyObject;
import pymem.model.snippet.Block;
import pymem.model.snippet.BlockKind;
import pymem.model.snippet.Frame;
import pymem.model.snippet.NameKind;

/** Task 3 on hand-made frames: graded even when the symbol table or the closures are not done yet. */
@DisplayName("Task 3: name access on a single frame")
@Tag("task:3")
class FrameAccessHiddenTest {
    private final Heap heap = new Heap();
    private final NameResolver names = new NameResolver();
    private final Namespace globals = new Namespace("__main__");
    private final Namespace builtins = new Namespace("builtins");
    private final Block module = new Block(BlockKind.MODULE, "top", null);

    private Frame frame(BlockKind kind, String name, NameKind kind0, Map<String, PyCell> cells) {
        Block block = new Block(kind, "b", module);
        block.classify(name, kind0);
        return new Frame(block, new Namespace("b"), globals, builtins, cells);
    }

    @Test
    @Concept("3.6")
    @Points(2)
    @DisplayName("lets a class body's unbound local fall back to globals and builtins, but never a function's")
    void unoptimizedFallback() {
        PyObject global = heap.newStr("global");
        globals.bind("v", global);
        assertThat(names.load(frame(BlockKind.CLASS, "v", NameKind.LOCAL, Map.of()), "v"))
                .as("a class body's LOCAL not bound yet is read from globals (LOAD_NAME)")
                .isSameAs(global);
        globals.unbind("v");
        PyObject builtin = heap.newStr("builtin");
        builtins.bind("v", builtin);
        assertThat(names.load(frame(BlockKind.CLASS, "v", NameKind.LOCAL, Map.of()), "v"))
                .as("then from builtins")
                .isSameAs(builtin);
        assertThatThrownBy(() -> names.load(frame(BlockKind.FUNCTION, "v", NameKind.LOCAL, Map.of()), "v"))
                .as("a function's LOCAL never falls back: UnboundLocalError")
                .isInstanceOf(PyException.class)
                .hasMessage("cannot access local variable 'v' where it is not associated with a value");
        builtins.unbind("v");
        assertThatThrownBy(() -> names.load(frame(BlockKind.CLASS, "v", NameKind.LOCAL, Map.of()), "v"))
                .as("a class body's name found nowhere is a NameError")
                .isInstanceOf(PyException.class)
                .hasMessage("name 'v' is not defined");
    }

    @Test
    @Concept("3.5")
    @Points(2)
    @DisplayName("stores each kind of name where later loads will find it")
    void storeByKind() {
        PyObject one = heap.newInt(1);
        Frame declared = frame(BlockKind.FUNCTION, "g", NameKind.GLOBAL_EXPLICIT, Map.of());
        names.store(declared, "g", one);
        assertThat(globals.get("g")).as("a GLOBAL_EXPLICIT store binds in the module's namespace").isSameAs(one);
        assertThat(declared.locals().contains("g")).as("and not in the function's locals").isFalse();

        Frame local = frame(BlockKind.FUNCTION, "l", NameKind.LOCAL, Map.of());
        names.store(local, "l", one);
        assertThat(local.locals().get("l")).as("a LOCAL store binds in the frame's locals").isSameAs(one);
        assertThat(globals.contains("l")).as("and not in globals").isFalse();
        assertThat(names.load(local, "l")).as("a stored local loads back").isSameAs(one);

        PyCell cell = new PyCell(null);
        Frame withCell = frame(BlockKind.FUNCTION, "c", NameKind.CELL, Map.of("c", cell));
        names.store(withCell, "c", one);
        assertThat(cell.contents()).as("a CELL store sets the cell's contents").isSameAs(one);
        assertThat(withCell.locals().contains("c")).as("a CELL name is not in the locals").isFalse();
        assertThat(names.load(withCell, "c")).as("a CELL loads from its cell").isSameAs(one);
    }

    @Test
    @Concept("3.5")
    @Points(2)
    @DisplayName("deletes each kind of name, with the error CPython gives for an unbound one")
    void deleteByKind() {
        Frame local = frame(BlockKind.FUNCTION, "l", NameKind.LOCAL, Map.of());
        names.store(local, "l", heap.newInt(1));
        names.delete(local, "l");
        assertThat(local.locals().contains("l")).as("del of a local unbinds it").isFalse();
        assertThatThrownBy(() -> names.delete(local, "l"))
                .as("del of an unbound function local is UnboundLocalError")
                .isInstanceOf(PyException.class)
                .satisfies(e -> assertThat(((PyException) e).pythonType()).as("del of an unbound function local must raise UnboundLocalError").isEqualTo("UnboundLocalError"));
        Frame classBody = frame(BlockKind.CLASS, "k", NameKind.LOCAL, Map.of());
        assertThatThrownBy(() -> names.delete(classBody, "k"))
                .as("del of an unbound class-body name is NameError")
                .isInstanceOf(PyException.class)
                .hasMessage("name 'k' is not defined");

        PyCell cell = new PyCell(heap.newInt(2));
        Frame withCell = frame(BlockKind.FUNCTION, "c", NameKind.CELL, Map.of("c", cell));
        names.delete(withCell, "c");
        assertThat(cell.contents()).as("del of a CELL name empties the cell").isNull();
        assertThat(withCell.cell("c")).as("the frame keeps the (now empty) cell").isSameAs(cell);
        assertThatThrownBy(() -> names.load(withCell, "c"))
                .as("an empty CELL reads as an unbound local")
                .isInstanceOf(PyException.class)
                .satisfies(e -> assertThat(((PyException) e).pythonType()).as("reading an empty CELL must raise UnboundLocalError").isEqualTo("UnboundLocalError"));

        Frame withFree = frame(BlockKind.FUNCTION, "c", NameKind.FREE, Map.of("c", cell));
        assertThatThrownBy(() -> names.delete(withFree, "c"))
                .as("del through a closure of an empty cell is the free-variable NameError")
                .isInstanceOf(PyException.class)
                .hasMessage("cannot access free variable 'c' where it is not associated with a value in enclosing scope");
    }
}
