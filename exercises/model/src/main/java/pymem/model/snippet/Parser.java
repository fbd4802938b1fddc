package pymem.model.snippet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import pymem.model.PyException;
import pymem.model.snippet.Node.Expr;
import pymem.model.snippet.Node.Stmt;

/**
 * A recursive-descent parser for the snippet subset of Python: one method per grammar rule, highest
 * precedence last. Anything outside the subset is a {@code SyntaxError} naming the token at fault.
 *
 * <pre>
 *   stmt       := def | class | for | if | simple NEWLINE
 *   simple     := pass | return [expr] | global NAME,.. | nonlocal NAME,.. | del NAME,..
 *               | NAME (= NAME)* = expr | NAME op= expr | expr
 *   expr       := lambda params: expr | sum [compop sum]
 *   sum        := term (('+' | '-') term)*        term := unary ('*' unary)*
 *   unary      := '-' unary | postfix             postfix := atom ('(' args ')' | '.' NAME | '[' expr ']')*
 *   atom       := NAME | NUMBER | STRING | None | True | False | '(' expr ')' | '[' list or comprehension ']'
 * </pre>
 */
public final class Parser {
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", ">", "<=", ">=");
    private static final Set<String> KEYWORDS = Set.of("def", "class", "for", "in", "if", "elif", "else",
            "return", "pass", "global", "nonlocal", "del", "lambda", "None", "True", "False");

    private final List<Token> tokens;
    private int pos;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole snippet; throws a {@code SyntaxError} PyException for text outside the subset. */
    public static Node.Module parse(String source) {
        Parser p = new Parser(Lexer.tokenize(source));
        List<Stmt> body = new ArrayList<>();
        while (p.peek().type() != Token.Type.EOF) {
            body.add(p.statement());
        }
        return new Node.Module(body);
    }

    // ---- statements -----------------------------------------------------------------------------------

    private Stmt statement() {
        if (accept("def")) {
            String name = name();
            expect("(");
            List<Node.Param> params = params(")");
            expect(")");
            expect(":");
            return new Node.FunctionDef(name, params, suite());
        }
        if (accept("class")) {
            String name = name();
            expect(":");
            return new Node.ClassDef(name, suite());
        }
        if (accept("for")) {
            String target = name();
            expect("in");
            Expr iter = expr();
            expect(":");
            return new Node.For(target, iter, suite());
        }
        if (accept("if")) {
            return ifRest();
        }
        Stmt simple = simple();
        expectType(Token.Type.NEWLINE);
        return simple;
    }

    /** After {@code if} or {@code elif}: the test, the body and any elif/else chain. */
    private Stmt ifRest() {
        Expr test = expr();
        expect(":");
        List<Stmt> body = suite();
        List<Stmt> orelse = List.of();
        if (accept("elif")) {
            orelse = List.of(ifRest());
        } else if (accept("else")) {
            expect(":");
            orelse = suite();
        }
        return new Node.If(test, body, orelse);
    }

    private List<Stmt> suite() {
        List<Stmt> body = new ArrayList<>();
        if (peek().type() != Token.Type.NEWLINE) {
            body.add(simple());
            expectType(Token.Type.NEWLINE);
            return body;
        }
        expectType(Token.Type.NEWLINE);
        expectType(Token.Type.INDENT);
        while (peek().type() != Token.Type.DEDENT) {
            body.add(statement());
        }
        expectType(Token.Type.DEDENT);
        return body;
    }

    private Stmt simple() {
        if (accept("pass")) {
            return new Node.Pass();
        }
        if (accept("return")) {
            return new Node.Return(peek().type() == Token.Type.NEWLINE ? null : expr());
        }
        if (accept("global")) {
            return new Node.Global(names());
        }
        if (accept("nonlocal")) {
            return new Node.Nonlocal(names());
        }
        if (accept("del")) {
            return new Node.Delete(names());
        }
        Expr first = expr();
        if (peek().type() == Token.Type.OP && peek().text().length() == 2 && peek().text().endsWith("=") && "+-*".indexOf(peek().text().charAt(0)) >= 0) {
            String op = next().text().substring(0, 1);
            return new Node.AugAssign(target(first), op, expr());
        }
        if (!peek().is("=")) {
            return new Node.ExprStmt(first);
        }
        List<String> targets = new ArrayList<>();
        Expr value = first;
        while (accept("=")) {
            targets.add(target(value));
            value = expr();
        }
        return new Node.Assign(targets, value);
    }

    private String target(Expr e) {
        if (e instanceof Node.Name n) {
            return n.id();
        }
        throw error("the snippet subset only assigns to plain names");
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(List.of(name()));
        while (accept(",")) {
            names.add(name());
        }
        return names;
    }

    private List<Node.Param> params(String closer) {
        List<Node.Param> params = new ArrayList<>();
        while (!peek().is(closer)) {
            String name = name();
            params.add(new Node.Param(name, accept("=") ? expr() : null));
            if (!accept(",")) {
                break;
            }
        }
        return params;
    }

    // ---- expressions ----------------------------------------------------------------------------------

    private Expr expr() {
        if (accept("lambda")) {
            List<Node.Param> params = params(":");
            expect(":");
            return new Node.Lambda(params, expr());
        }
        Expr left = sum();
        if (peek().type() == Token.Type.OP && COMPARISONS.contains(peek().text())) {
            String op = next().text();
            return new Node.Compare(left, op, sum());
        }
        return left;
    }

    private Expr sum() {
        Expr e = term();
        while (peek().is("+") || peek().is("-")) {
            String op = next().text();
            e = new Node.BinOp(e, op, term());
        }
        return e;
    }

    private Expr term() {
        Expr e = unary();
        while (accept("*")) {
            e = new Node.BinOp(e, "*", unary());
        }
        return e;
    }

    private Expr unary() {
        return accept("-") ? new Node.Negate(unary()) : postfix();
    }

    private Expr postfix() {
        Expr e = atom();
        while (true) {
            if (accept("(")) {
                List<Expr> args = new ArrayList<>();
                while (!peek().is(")")) {
                    args.add(expr());
                    if (!accept(",")) {
                        break;
                    }
                }
                expect(")");
                e = new Node.Call(e, args);
            } else if (accept(".")) {
                e = new Node.Attribute(e, name());
            } else if (accept("[")) {
                Expr index = expr();
                expect("]");
                e = new Node.Subscript(e, index);
            } else {
                return e;
            }
        }
    }

    private Expr atom() {
        Token t = next();
        switch (t.type()) {
            case NUMBER:
                return new Node.Constant(Long.parseLong(t.text()));
            case STRING:
                return new Node.Constant(t.text());
            case NAME:
                switch (t.text()) {
                    case "None": return new Node.Constant(null);
                    case "True": return new Node.Constant(Boolean.TRUE);
                    case "False": return new Node.Constant(Boolean.FALSE);
                    default:
                        if (KEYWORDS.contains(t.text())) {
                            throw error(t, "invalid syntax");
                        }
                        return new Node.Name(t.text());
                }
            default:
                break;
        }
        if (t.is("(")) {
            Expr e = expr();
            expect(")");
            return e;
        }
        if (t.is("[")) {
            return listOrComprehension();
        }
        throw error(t, "invalid syntax");
    }

    private Expr listOrComprehension() {
        List<Expr> items = new ArrayList<>();
        if (accept("]")) {
            return new Node.ListDisplay(items);
        }
        items.add(expr());
        if (peek().is("for")) {
            List<Node.Comprehension> generators = new ArrayList<>();
            while (accept("for")) {
                String target = name();
                expect("in");
                Expr iter = sum();
                List<Expr> ifs = new ArrayList<>();
                while (accept("if")) {
                    ifs.add(expr());
                }
                generators.add(new Node.Comprehension(target, iter, ifs));
            }
            expect("]");
            return new Node.ListComp(items.get(0), generators);
        }
        while (accept(",") && !peek().is("]")) {
            items.add(expr());
        }
        expect("]");
        return new Node.ListDisplay(items);
    }

    // ---- token helpers --------------------------------------------------------------------------------

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private boolean accept(String text) {
        if (peek().is(text)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String text) {
        if (!accept(text)) {
            throw error("expected '" + text + "'");
        }
    }

    private void expectType(Token.Type type) {
        if (peek().type() != type) {
            throw error(type == Token.Type.INDENT ? "expected an indented block" : "invalid syntax");
        }
        pos++;
    }

    private String name() {
        Token t = next();
        if (t.type() != Token.Type.NAME || KEYWORDS.contains(t.text())) {
            throw error(t, "invalid syntax");
        }
        return t.text();
    }

    private PyException error(String message) {
        return error(peek(), message);
    }

    private static PyException error(Token at, String message) {
        return new PyException("SyntaxError", message + " (line " + at.line() + ", at '" + at.text().strip() + "')");
    }
}
