package pymem.model.snippet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import pymem.model.snippet.Node.Expr;

/**
 * The expression half of the snippet grammar, one method per rule, highest precedence last:
 *
 * <pre>
 *   expr       := lambda params: expr | sum [compop sum]
 *   sum        := term (('+' | '-') term)*        term := unary ('*' unary)*
 *   unary      := '-' unary | postfix             postfix := atom ('(' args ')' | '.' NAME | '[' expr ']')*
 *   atom       := NAME | NUMBER | STRING | None | True | False | '(' expr ')' | '[' list or comprehension ']'
 * </pre>
 */
final class ExpressionParser {
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", ">", "<=", ">=");

    private final TokenStream in;

    ExpressionParser(TokenStream in) {
        this.in = in;
    }

    Expr expr() {
        if (in.accept("lambda")) {
            List<Node.Param> params = params(":");
            in.expect(":");
            return new Node.Lambda(params, expr());
        }
        Expr left = sum();
        if (in.peek().type() == Token.Type.OP && COMPARISONS.contains(in.peek().text())) {
            String op = in.next().text();
            return new Node.Compare(left, op, sum());
        }
        return left;
    }

    /** The parameters of a {@code def} or {@code lambda}, up to (not including) {@code closer}. */
    List<Node.Param> params(String closer) {
        List<Node.Param> params = new ArrayList<>();
        while (!in.peek().is(closer)) {
            String name = in.name();
            params.add(new Node.Param(name, in.accept("=") ? expr() : null));
            if (!in.accept(",")) {
                break;
            }
        }
        return params;
    }

    private Expr sum() {
        Expr e = term();
        while (in.peek().is("+") || in.peek().is("-")) {
            String op = in.next().text();
            e = new Node.BinOp(e, op, term());
        }
        return e;
    }

    private Expr term() {
        Expr e = unary();
        while (in.accept("*")) {
            e = new Node.BinOp(e, "*", unary());
        }
        return e;
    }

    private Expr unary() {
        return in.accept("-") ? new Node.Negate(unary()) : postfix();
    }

    private Expr postfix() {
        Expr e = atom();
        while (true) {
            if (in.accept("(")) {
                List<Expr> args = new ArrayList<>();
                while (!in.peek().is(")")) {
                    args.add(expr());
                    if (!in.accept(",")) {
                        break;
                    }
                }
                in.expect(")");
                e = new Node.Call(e, args);
            } else if (in.accept(".")) {
                e = new Node.Attribute(e, in.name());
            } else if (in.accept("[")) {
                Expr index = expr();
                in.expect("]");
                e = new Node.Subscript(e, index);
            } else {
                return e;
            }
        }
    }

    private Expr atom() {
        Token t = in.next();
        switch (t.type()) {
            case NUMBER:
                BigInteger n = new BigInteger(t.text());
                return new Node.Constant(n.bitLength() < 64 ? (Object) n.longValue() : n);
            case STRING:
                return new Node.Constant(t.text());
            case NAME:
                switch (t.text()) {
                    case "None": return new Node.Constant(null);
                    case "True": return new Node.Constant(Boolean.TRUE);
                    case "False": return new Node.Constant(Boolean.FALSE);
                    default:
                        if (Parser.KEYWORDS.contains(t.text())) {
                            throw TokenStream.error(t, "a keyword where an expression should be");
                        }
                        return new Node.Name(t.text());
                }
            default:
                break;
        }
        if (t.is("(")) {
            Expr e = expr();
            in.expect(")");
            return e;
        }
        if (t.is("[")) {
            return listOrComprehension();
        }
        throw TokenStream.error(t, "expected an expression");
    }

    private Expr listOrComprehension() {
        List<Expr> items = new ArrayList<>();
        if (in.accept("]")) {
            return new Node.ListDisplay(items);
        }
        items.add(expr());
        if (in.peek().is("for")) {
            List<Node.Comprehension> generators = new ArrayList<>();
            while (in.accept("for")) {
                String target = in.name();
                in.expect("in");
                Expr iter = sum();
                List<Expr> ifs = new ArrayList<>();
                while (in.accept("if")) {
                    ifs.add(expr());
                }
                generators.add(new Node.Comprehension(target, iter, ifs));
            }
            in.expect("]");
            return new Node.ListComp(items.get(0), generators);
        }
        while (in.accept(",") && !in.peek().is("]")) {
            items.add(expr());
        }
        in.expect("]");
        return new Node.ListDisplay(items);
    }
}
