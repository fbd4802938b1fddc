package pymem.model.snippet;

import java.util.List;

import pymem.model.PyException;

/**
 * The parsers' cursor over a snippet's tokens: look at the next token, take it, or insist on it. Every
 * complaint is a {@code SyntaxError} naming the line and the token at fault.
 */
final class TokenStream {
    private final List<Token> tokens;
    private int pos;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token next() {
        return tokens.get(pos++);
    }

    /** Takes the next token if it is the operator or word {@code text}. */
    boolean accept(String text) {
        if (peek().is(text)) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(String text) {
        if (!accept(text)) {
            throw error("expected '" + text + "'");
        }
    }

    void expectType(Token.Type type) {
        if (peek().type() != type) {
            throw error(type == Token.Type.INDENT ? "expected an indented block" : "invalid syntax");
        }
        pos++;
    }

    /** An identifier: a NAME token that is not one of the subset's keywords. */
    String name() {
        Token t = next();
        if (t.type() != Token.Type.NAME || Parser.KEYWORDS.contains(t.text())) {
            throw error(t, "invalid syntax");
        }
        return t.text();
    }

    PyException error(String message) {
        return error(peek(), message);
    }

    static PyException error(Token at, String message) {
        return new PyException("SyntaxError", message + " (line " + at.line() + ", at '" + at.text().strip() + "')");
    }
}
