package pymem.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pymem.differential.Answers;
import pymem.differential.Inputs;
import pymem.differential.Replayer;
import pymem.differential.Scenario;
import pymem.model.Heap;
import pymem.model.Namespace;
import pymem.model.PyObject;
import pymem.model.PyStr;

/** Replays the three families of generate.py (units, equality, names) on ObjectSpace, CompileUnit, Comparisons and Names. */
final class ObjectsReplayer implements Replayer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode replay(Scenario scenario) {
        JsonNode input = scenario.input();
        switch (input.get("family").asText()) {
            case "units":
                return units(input);
            case "equality":
                return equality(input);
            case "names":
                return names(input);
            default:
                throw new IllegalArgumentException("unknown family in " + scenario.id());
        }
    }

    // ---------------------------------------------------------------------------------------------- units

    private JsonNode units(JsonNode input) {
        ObjectSpace space = new ObjectSpace(new Heap(new ReusingAddresses()));
        Map<String, PyObject> names = new HashMap<>();
        for (JsonNode unitLines : input.get("units")) {
            CompileUnit unit = new CompileUnit(space);
            for (JsonNode line : unitLines) {
                names.put(line.get(0).asText(), expr(line.get(1), space, unit));
            }
        }
        ArrayNode results = Answers.array();
        for (JsonNode check : input.get("checks")) {
            PyObject a = names.get(check.get(1).asText());
            PyObject b = names.get(check.get(2).asText());
            boolean answer = check.get(0).asText().equals("is") ? Comparisons.is(a, b) : Comparisons.equal(a, b);
            results.add(Answers.value(answer));
        }
        return Answers.value(results);
    }

    private static PyObject expr(JsonNode e, ObjectSpace space, CompileUnit unit) {
        switch (e.get(0).asText()) {
            case "lit_int":
                return unit.intConstant(e.get(1).asLong());
            case "lit_float":
                return unit.floatConstant(Double.parseDouble(e.get(1).asText()));
            case "lit_str":
                return unit.strConstant(e.get(1).asText());
            case "int":
                return space.newInt(new BigInteger(e.get(1).asText()));
            case "float":
                return space.newFloat(Double.parseDouble(e.get(1).asText()));
            case "chr":
                return space.newStr(new String(Character.toChars(e.get(1).asInt())));
            case "cat":
                return space.newStr(e.get(1).asText() + e.get(2).asText());
            case "index":
                return space.newStr(String.valueOf(e.get(1).asText().charAt(e.get(2).asInt())));
            case "intern":
                return space.intern((PyStr) expr(e.get(1), space, unit));
            case "none":
                return space.none();
            case "bool":
                return space.bool(e.get(1).asBoolean());
            case "empty_tuple":
                return space.newTuple();
            default:
                throw new IllegalArgumentException("unknown expression " + e);
        }
    }

    // ------------------------------------------------------------------------------------------- equality

    private JsonNode equality(JsonNode input) {
        // None, True and False are one object each, as in CPython
        ObjectSpace space = new ObjectSpace(new Heap(new ReusingAddresses()));
        Map<String, PyObject> names = new HashMap<>();
        for (JsonNode binding : input.get("objects")) {
            names.put(binding.get(0).asText(), value(binding.get(1), space, names));
        }
        ArrayNode results = Answers.array();
        for (JsonNode check : input.get("checks")) {
            PyObject a = names.get(check.get(1).asText());
            PyObject b = names.get(check.get(2).asText());
            switch (check.get(0).asText()) {
                case "is":
                    results.add(Answers.value(Comparisons.is(a, b)));
                    break;
                case "eq":
                    results.add(Answers.value(Comparisons.equal(a, b)));
                    break;
                default:
                    // != on the built-in types is the negation of == (object.__ne__ inverts __eq__)
                    results.add(Answers.value(!Comparisons.equal(a, b)));
            }
        }
        return Answers.value(results);
    }

    private static PyObject value(JsonNode v, ObjectSpace space, Map<String, PyObject> names) {
        Heap heap = space.heap();
        switch (v.get(0).asText()) {
            case "name":
                return names.get(v.get(1).asText());
            case "int":
                return heap.newInt(new BigInteger(v.get(1).asText()));
            case "bool":
                return space.bool(v.get(1).asBoolean());
            case "float":
                return heap.newFloat(Inputs.pythonFloat(v.get(1).asText()));
            case "complex":
                return heap.newComplex(Inputs.pythonFloat(v.get(1).asText()), Inputs.pythonFloat(v.get(2).asText()));
            case "str":
                return heap.newStr(v.get(1).asText());
            case "bytes":
                return heap.newBytes(Inputs.bytes(v.get(1)));
            case "bytearray":
                return heap.newByteArray(Inputs.bytes(v.get(1)));
            case "tuple":
                return heap.newTuple(items(v.get(1), space, names).toArray(new PyObject[0]));
            case "list":
                return heap.newList(items(v.get(1), space, names));
            case "none":
                return space.none();
            case "cell":
                return heap.newCell(v.get(1).isNull() ? null : value(v.get(1), space, names));
            case "dict":
                return heap.newDict();
            case "set":
                return heap.newSet();
            default:
                throw new IllegalArgumentException("unknown value " + v);
        }
    }

    private static List<PyObject> items(JsonNode specs, ObjectSpace space, Map<String, PyObject> names) {
        List<PyObject> out = new ArrayList<>();
        for (JsonNode spec : specs) {
            out.add(value(spec, space, names));
        }
        return out;
    }



    // ---------------------------------------------------------------------------------------------- names

    private JsonNode names(JsonNode input) {
        ObjectSpace space = new ObjectSpace(new Heap(new ReusingAddresses()));
        Names names = new Names(new Namespace("__main__"));
        ArrayNode results = Answers.array();
        for (JsonNode op : input.get("ops")) {
            results.add(Answers.outcome(() -> step(op, names, space)));
        }
        return Answers.value(results);
    }

    private static JsonNode step(JsonNode op, Names names, ObjectSpace space) {
        String name = op.get(1).asText();
        switch (op.get(0).asText()) {
            case "assign":
                names.assign(name, space.newInt(new BigInteger(op.get(2).asText())));
                return NODES.nullNode();
            case "alias":
                names.assignName(name, op.get(2).asText());
                return NODES.nullNode();
            case "del":
                names.delete(name);
                return NODES.nullNode();
            case "lookup":
                return NODES.textNode(names.lookup(name).repr());
            default:
                return NODES.booleanNode(names.sameObject(name, op.get(2).asText()));
        }
    }
}
