package pymem.model.snippet;

/** One token of a snippet: its type, its text and the line it starts on (1-based, for SyntaxError messages). */
record Token(Type type, String text, int line) {

    enum Type { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, EOF }

    boolean is(String s) {
        return (type == Type.OP || type == Type.NAME) && text.equals(s);
    }
}
