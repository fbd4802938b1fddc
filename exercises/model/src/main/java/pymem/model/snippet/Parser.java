package pymem.model.snippet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import pymem.model.PyException;

import pymem.model.snippet.Node.Expr;
import pymem.model.snippet.Node.Stmt;

/**
 * A recursive-descent parser for the snippet subset of Python. This class reads statements; the
 * {@link ExpressionParser} reads the expressions inside them, and the {@link TokenStream} is the cursor both
 * share. Indentation errors are CPython's; anything else the parser cannot read is outside the subset, and
 * raises the kit's {@link pymem.model.OutOfScopeError} naming the token at fault.
 *
 * <pre>
 *   stmt       := def | class | for | if | simple NEWLINE
 *   simple     := pass | return [expr] | global NAME,.. | nonlocal NAME,.. | del NAME,..
 *               | NAME (= NAME)* = expr | NAME op= expr | expr
 * </pre>
 */
public final class Parser {
    static final Set<String> KEYWORDS = Set.of("def", "class", "for", "in", "if", "elif", "else",
            "return", "pass", "global", "nonlocal", "del", "lambda", "None", "True", "False");

    private final TokenStream in;
    private final ExpressionParser expressions;

    private Parser(List<Token> tokens) {
        this.in = new TokenStream(tokens);
        this.expressions = new ExpressionParser(in);
    }

    /** Parses a whole snippet; throws a {@code SyntaxError} PyException for text outside the subset. */
    public static Node.Module parse(String source) {
        Parser p = new Parser(Lexer.tokenize(source));
        List<Stmt> body = new ArrayList<>();
        while (p.in.peek().type() != Token.Type.EOF) {
            body.add(p.statement());
        }
        return new Node.Module(body);
    }

    private Stmt statement() {
        int line = in.peek().line();
        if (in.peek().type() == Token.Type.INDENT) {
            throw new PyException("IndentationError", "unexpected indent");
        }
        if (in.accept("def")) {
            String name = in.name();
            in.expect("(");
            List<Node.Param> params = expressions.params(")");
            in.expect(")");
            in.expect(":");
            return new Node.FunctionDef(name, params, suite("function definition", line));
        }
        if (in.accept("class")) {
            String name = in.name();
            in.expect(":");
            return new Node.ClassDef(name, suite("class definition", line));
        }
        if (in.accept("for")) {
            String target = in.name();
            in.expect("in");
            Expr iter = expressions.expr();
            in.expect(":");
            return new Node.For(target, iter, suite("'for' statement", line));
        }
        if (in.accept("if")) {
            return ifRest("'if' statement", line);
        }
        Stmt simple = simple();
        in.expectType(Token.Type.NEWLINE);
        return simple;
    }

    /** After {@code if} or {@code elif}: the test, the body and any elif/else chain. */
    private Stmt ifRest(String statement, int line) {
        Expr test = expressions.expr();
        in.expect(":");
        List<Stmt> body = suite(statement, line);
        List<Stmt> orelse = List.of();
        int elseLine = in.peek().line();
        if (in.accept("elif")) {
            orelse = List.of(ifRest("'elif' statement", elseLine));
        } else if (in.accept("else")) {
            in.expect(":");
            orelse = suite("'else' statement", elseLine);
        }
        return new Node.If(test, body, orelse);
    }

    /** The body after a colon: simple statements on the same line, or an indented block. */
    private List<Stmt> suite(String after, int line) {
        List<Stmt> body = new ArrayList<>();
        if (in.peek().type() != Token.Type.NEWLINE) {
            body.add(simple());
            in.expectType(Token.Type.NEWLINE);
            return body;
        }
        in.expectType(Token.Type.NEWLINE);
        if (in.peek().type() != Token.Type.INDENT) {
            throw new PyException("IndentationError", "expected an indented block after " + after + " on line " + line);
        }
        in.expectType(Token.Type.INDENT);
        while (in.peek().type() != Token.Type.DEDENT) {
            body.add(statement());
        }
        in.expectType(Token.Type.DEDENT);
        return body;
    }

    private Stmt simple() {
        if (in.accept("pass")) {
            return new Node.Pass();
        }
        if (in.accept("return")) {
            return new Node.Return(in.peek().type() == Token.Type.NEWLINE ? null : expressions.expr());
        }
        if (in.accept("global")) {
            return new Node.Global(names());
        }
        if (in.accept("nonlocal")) {
            return new Node.Nonlocal(names());
        }
        if (in.accept("del")) {
            return new Node.Delete(names());
        }
        Expr first = expressions.expr();
        if (isAugmentedAssignment(in.peek())) {
            String op = in.next().text().substring(0, 1);
            return new Node.AugAssign(target(first), op, expressions.expr());
        }
        if (!in.peek().is("=")) {
            return new Node.ExprStmt(first);
        }
        List<String> targets = new ArrayList<>();
        Expr value = first;
        while (in.accept("=")) {
            targets.add(target(value));
            value = expressions.expr();
        }
        return new Node.Assign(targets, value);
    }

    private static boolean isAugmentedAssignment(Token t) {
        return t.type() == Token.Type.OP && t.text().length() == 2 && t.text().endsWith("=")
                && "+-*".indexOf(t.text().charAt(0)) >= 0;
    }

    private String target(Expr e) {
        if (e instanceof Node.Name n) {
            return n.id();
        }
        throw in.error("the snippet subset only assigns to plain names");
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(List.of(in.name()));
        while (in.accept(",")) {
            names.add(in.name());
        }
        return names;
    }
}
