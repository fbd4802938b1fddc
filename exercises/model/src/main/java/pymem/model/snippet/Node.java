package pymem.model.snippet;

import java.util.List;

/**
 * The syntax tree of a snippet: the same node names as Python's {@code ast} module, for the subset the kit
 * runs. Assignment targets are plain names (no attributes, subscripts or unpacking).
 *
 * <p>Nodes are records, so two nodes that look alike are {@code equals}; code that links a node to its
 * scope uses identity maps.
 */
public sealed interface Node {

    /** An expression: evaluates to an object. */
    sealed interface Expr extends Node {
    }

    /** A statement. */
    sealed interface Stmt extends Node {
    }

    /** The whole snippet. */
    record Module(List<Stmt> body) implements Node {
    }

    // ---- expressions ----------------------------------------------------------------------------------

    /** A name in load context (stores and deletes are statements). */
    record Name(String id) implements Expr {
    }

    /** An int ({@link Long}, or {@link java.math.BigInteger} beyond a long), a str ({@link String}), {@code True}/{@code False} ({@link Boolean}) or None (null). */
    record Constant(Object value) implements Expr {
    }

    record ListDisplay(List<Expr> items) implements Expr {
    }

    /** {@code [element for target in iter if cond ...]}: in 3.11 a function scope of its own. */
    record ListComp(Expr element, List<Comprehension> generators) implements Expr {
    }

    /** One {@code for target in iter if ...} clause of a comprehension. */
    record Comprehension(String target, Expr iter, List<Expr> ifs) implements Node {
    }

    record Lambda(List<Param> params, Expr body) implements Expr {
    }

    record Call(Expr func, List<Expr> args) implements Expr {
    }

    record Attribute(Expr value, String attr) implements Expr {
    }

    record Subscript(Expr value, Expr index) implements Expr {
    }

    /** {@code left op right} for op one of {@code + - *}. */
    record BinOp(Expr left, String op, Expr right) implements Expr {
    }

    /** {@code left op right} for op one of {@code == != < > <= >=}. */
    record Compare(Expr left, String op, Expr right) implements Expr {
    }

    /** {@code -operand}. */
    record Negate(Expr operand) implements Expr {
    }

    // ---- statements -----------------------------------------------------------------------------------

    record ExprStmt(Expr value) implements Stmt {
    }

    /** {@code a = b = value}: targets bound left to right. */
    record Assign(List<String> targets, Expr value) implements Stmt {
    }

    /** {@code target op= value}, op one of {@code + - *}. */
    record AugAssign(String target, String op, Expr value) implements Stmt {
    }

    record Delete(List<String> targets) implements Stmt {
    }

    record Global(List<String> names) implements Stmt {
    }

    record Nonlocal(List<String> names) implements Stmt {
    }

    /** {@code return value}; value is null for a bare {@code return}. */
    record Return(Expr value) implements Stmt {
    }

    record Pass() implements Stmt {
    }

    record FunctionDef(String name, List<Param> params, List<Stmt> body) implements Stmt {
    }

    /** {@code class name:} (no bases: the subset has no inheritance). */
    record ClassDef(String name, List<Stmt> body) implements Stmt {
    }

    record For(String target, Expr iter, List<Stmt> body) implements Stmt {
    }

    /** {@code if test: body else: orelse} ({@code elif} is an If inside orelse). */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    /** A parameter; defaultValue is null when it has none. */
    record Param(String name, Expr defaultValue) implements Node {
    }
}
