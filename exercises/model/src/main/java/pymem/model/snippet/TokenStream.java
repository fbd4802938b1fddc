package pymem.model.snippet;

import java.util.List;

import pymem.model.OutOfScopeError;

/**
 * The parsers' cursor over a snippet's tokens: look at the next token, take it, or insist on it. The
 * parser reads a subset of Python, so text it cannot read may still be Python: its complaints are the
 * kit's {@link OutOfScopeError}, naming the line and the token at fault, never a made-up SyntaxError.
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
            throw error("expected " + type.name().toLowerCase(java.util.Locale.ROOT));
        }
        pos++;
    }

    /** An identifier: a NAME token that is not one of the subset's keywords. */
    String name() {
        Token t = next();
        if (t.type() != Token.Type.NAME || Parser.KEYWORDS.contains(t.text())) {
            throw error(t, "expected a name");
        }
        return t.text();
    }

    OutOfScopeError error(String message) {
        return error(peek(), message);
    }

    static OutOfScopeError error(Token at, String message) {
        String token = at.type() == Token.Type.NEWLINE ? "end of line" : at.type() == Token.Type.EOF ? "end of file"
                : at.type() == Token.Type.INDENT ? "indent" : at.type() == Token.Type.DEDENT ? "dedent" : "'" + at.text() + "'";
        return new OutOfScopeError("line " + at.line() + ", at " + token + ": outside the snippet subset (" + message + ")");
    }
}
