package pymem.model.snippet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import pymem.model.PyException;

/**
 * Turns snippet text into tokens the way Python's tokenizer does for the subset: NEWLINE ends a logical
 * line, INDENT and DEDENT mark blocks, and line breaks inside brackets are ignored.
 */
final class Lexer {
    private static final String TWO_CHAR_OPS = "== != <= >= += -= *=";
    private static final String ONE_CHAR_OPS = "()[],:.=+-*<>";

    private final String src;
    private final List<Token> out = new ArrayList<>();
    /** Indentation widths of the open blocks; the bottom is always 0. */
    private final Deque<Integer> indents = new ArrayDeque<>(List.of(0));
    private int pos;
    private int line = 1;
    /** How many brackets are open: inside them a line break is not a NEWLINE. */
    private int depth;

    private Lexer(String src) {
        this.src = src.endsWith("\n") ? src : src + "\n";
    }

    static List<Token> tokenize(String src) {
        return new Lexer(src).run();
    }

    private List<Token> run() {
        boolean lineStart = true;
        while (pos < src.length()) {
            if (lineStart && depth == 0 && !indentation()) {
                continue; // a blank or comment-only line: no tokens at all
            }
            lineStart = false;
            char c = src.charAt(pos);
            if (c == '\n') {
                if (depth == 0) {
                    add(Token.Type.NEWLINE, "\n");
                    lineStart = true;
                }
                pos++;
                line++;
            } else if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (Character.isDigit(c)) {
                add(Token.Type.NUMBER, take(Character::isDigit));
            } else if (Character.isLetter(c) || c == '_') {
                add(Token.Type.NAME, take(ch -> Character.isLetterOrDigit(ch) || ch == '_'));
            } else if (c == '\'' || c == '"') {
                string(c);
            } else {
                operator(c);
            }
        }
        while (indents.peek() > 0) {
            indents.pop();
            add(Token.Type.DEDENT, "");
        }
        add(Token.Type.EOF, "");
        return out;
    }

    /** Measures a line's indentation and emits INDENT/DEDENT; returns false for a blank line (consumed). */
    private boolean indentation() {
        int width = 0;
        while (pos < src.length() && src.charAt(pos) == ' ') {
            width++;
            pos++;
        }
        if (src.charAt(pos) == '\n' || src.charAt(pos) == '#') {
            skipComment();
            pos++;
            line++;
            return false;
        }
        if (width > indents.peek()) {
            indents.push(width);
            add(Token.Type.INDENT, "");
        }
        while (width < indents.peek()) {
            indents.pop();
            add(Token.Type.DEDENT, "");
        }
        if (width != indents.peek()) {
            throw new PyException("IndentationError", "unindent does not match any outer indentation level");
        }
        return true;
    }

    private void skipComment() {
        while (src.charAt(pos) != '\n') {
            pos++;
        }
    }

    private String take(java.util.function.IntPredicate accept) {
        int start = pos;
        while (accept.test(src.charAt(pos))) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private void string(char quote) {
        int start = ++pos;
        while (src.charAt(pos) != quote) {
            if (src.charAt(pos) == '\n') {
                throw new PyException("SyntaxError", "unterminated string literal (detected at line " + line + ")");
            }
            pos++;
        }
        add(Token.Type.STRING, src.substring(start, pos++));
    }

    private void operator(char c) {
        String two = pos + 1 < src.length() ? src.substring(pos, pos + 2) : "";
        if (two.length() == 2 && TWO_CHAR_OPS.contains(two) && !two.contains(" ")) {
            add(Token.Type.OP, two);
            pos += 2;
            return;
        }
        if (ONE_CHAR_OPS.indexOf(c) < 0) {
            throw new PyException("SyntaxError", "invalid character '" + c + "'");
        }
        if ("([".indexOf(c) >= 0) {
            depth++;
        } else if (")]".indexOf(c) >= 0) {
            depth--;
        }
        add(Token.Type.OP, String.valueOf(c));
        pos++;
    }

    private void add(Token.Type type, String text) {
        out.add(new Token(type, text, line));
    }
}
