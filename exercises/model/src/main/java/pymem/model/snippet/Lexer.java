package pymem.model.snippet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import java.util.Set;

import pymem.model.OutOfScopeError;
import pymem.model.PyException;

/**
 * Turns snippet text into tokens the way Python's tokenizer does for the subset: NEWLINE ends a logical
 * line, INDENT and DEDENT mark blocks, and line breaks inside brackets are ignored. Errors Python's
 * tokenizer reports are raised in its words; Python text the subset does not tokenize (floats, escapes,
 * operators such as {@code /}, keywords such as {@code while}) raises the kit's {@link OutOfScopeError}.
 */
final class Lexer {
    private static final String TWO_CHAR_OPS = "== != <= >= += -= *=";
    private static final String ONE_CHAR_OPS = "()[],:.=+-*<>";
    /** Python operator and delimiter characters the subset does not use. */
    private static final String OTHER_PYTHON_OPS = "/%&|^~@{};\\";
    /** Python 3.11's keywords that the subset does not have: a program using one is out of scope. */
    private static final Set<String> OTHER_KEYWORDS = Set.of("and", "as", "assert", "async", "await", "break",
            "continue", "except", "finally", "from", "import", "is", "not", "or", "raise", "try", "while", "with",
            "yield");

    private final String src;
    private final List<Token> out = new ArrayList<>();
    /** Indentation widths of the open blocks; the bottom is always 0. */
    private final Deque<Integer> indents = new ArrayDeque<>(List.of(0));
    private int pos;
    private int line = 1;
    /** The brackets open at this point, innermost on top: inside them a line break is not a NEWLINE. */
    private final Deque<Character> brackets = new ArrayDeque<>();

    private Lexer(String src) {
        this.src = src.endsWith("\n") ? src : src + "\n";
    }

    static List<Token> tokenize(String src) {
        return new Lexer(src).run();
    }

    private List<Token> run() {
        boolean lineStart = true;
        while (pos < src.length()) {
            if (lineStart && brackets.isEmpty() && !indentation()) {
                continue; // a blank or comment-only line: no tokens at all
            }
            lineStart = false;
            char c = src.charAt(pos);
            if (c == '\n') {
                if (brackets.isEmpty()) {
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
                number();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else if (c == '\'' || c == '"') {
                string(c);
            } else {
                operator(c);
            }
        }
        if (!brackets.isEmpty()) {
            throw new PyException("SyntaxError", "'" + brackets.peek() + "' was never closed");
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
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
            if (src.charAt(pos) == '\t') {
                throw new OutOfScopeError("line " + line + ": a tab in indentation is outside the snippet subset");
            }
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

    /** Decimal digits; Python's other number forms (floats, 0x.., 1_000, 1j) are outside the subset. */
    private void number() {
        String digits = take(Character::isDigit);
        char after = src.charAt(pos);
        if (after == '.' || after == '_' || "eEjJ".indexOf(after) >= 0 || digits.equals("0") && "xXoObB".indexOf(after) >= 0) {
            throw new OutOfScopeError("line " + line + ": number literals other than decimal ints are outside the snippet subset");
        }
        if (Character.isLetter(after)) {
            throw new PyException("SyntaxError", "invalid decimal literal");
        }
        if (digits.length() > 1 && digits.startsWith("0") && !digits.matches("0+")) {
            throw new PyException("SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        }
        add(Token.Type.NUMBER, digits);
    }

    private void word() {
        String word = take(ch -> Character.isLetterOrDigit(ch) || ch == '_');
        if (OTHER_KEYWORDS.contains(word)) {
            throw new OutOfScopeError("line " + line + ": the keyword '" + word + "' is outside the snippet subset");
        }
        add(Token.Type.NAME, word);
    }

    private void string(char quote) {
        int start = ++pos;
        while (src.charAt(pos) != quote) {
            if (src.charAt(pos) == '\n') {
                throw new PyException("SyntaxError", "unterminated string literal (detected at line " + line + ")");
            }
            if (src.charAt(pos) == '\\') {
                throw new OutOfScopeError("line " + line + ": escape sequences in strings are outside the snippet subset");
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
            if (OTHER_PYTHON_OPS.indexOf(c) >= 0) {
                throw new OutOfScopeError("line " + line + ": the operator '" + c + "' is outside the snippet subset");
            }
            throw c < 128 ? new PyException("SyntaxError", "invalid syntax")
                    : new PyException("SyntaxError", String.format("invalid character '%c' (U+%04X)", c, (int) c));
        }
        if ("([".indexOf(c) >= 0) {
            brackets.push(c);
        } else if (")]".indexOf(c) >= 0) {
            closeBracket(c);
        }
        add(Token.Type.OP, String.valueOf(c));
        pos++;
    }

    private void closeBracket(char c) {
        char opening = c == ')' ? '(' : '[';
        if (brackets.isEmpty()) {
            throw new PyException("SyntaxError", "unmatched '" + c + "'");
        }
        if (brackets.peek() != opening) {
            throw new PyException("SyntaxError", "closing parenthesis '" + c + "' does not match opening parenthesis '" + brackets.peek() + "'");
        }
        brackets.pop();
    }

    private void add(Token.Type type, String text) {
        out.add(new Token(type, text, line));
    }
}
