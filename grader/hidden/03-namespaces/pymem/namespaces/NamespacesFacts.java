package pymem.namespaces;

import pymem.grading.CPythonFacts;

/**
 * What CPython 3.11 does with each snippet of {@link SnippetFixtures}, recorded from python3 by {@code twin.py}.
 *
 * <p>{@code NAME}: the transcript, as {@code Transcript.oneLine()} renders it: the printed lines, then
 * {@code Type: message} if an exception ended the run, joined by backslash-n.
 * {@code SCOPES_NAME}: the symtable module's classification of every name in every function and class block
 * (module table left out), blocks pre-order, as {@code Block.describeTree()} renders each nested block.
 */
@CPythonFacts(twin = "twin.py")
public final class NamespacesFacts {
    private NamespacesFacts() {
    }

    public static final String NOTEBOOK_LOCAL_VS_GLOBAL =
            "5\\n50";
    public static final String NOTEBOOK_ENCLOSING =
            "57";
    public static final String NOTEBOOK_BUILTIN =
            "3";
    public static final String GLOBAL_SHADOWS_BUILTIN =
            "mine\\nmine";
    public static final String MODULE_NAME_FALLS_BACK_TO_BUILTIN =
            "3\\n5\\n1";
    public static final String UNBOUND_LOCAL_READ =
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value";
    public static final String AUG_ASSIGN_OF_GLOBAL =
            "UnboundLocalError: cannot access local variable 'counter' where it is not associated with a value";
    public static final String GLOBAL_DECLARATION_REBINDS_MODULE_NAME =
            "2";
    public static final String UNDEFINED_NAME =
            "before\\nNameError: name 'undefined_name' is not defined";
    public static final String DEL_THEN_READ_LOCAL =
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value";
    public static final String DEL_MAKES_NAME_LOCAL =
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value";
    public static final String DEL_AFTER_READ_MAKES_LOCAL =
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value";
    public static final String DEL_UNBOUND_DECLARED_GLOBAL =
            "NameError: name 'y' is not defined";
    public static final String CLASS_BODY_READS_GLOBAL_BEFORE_ITS_OWN =
            "global\\nclass\\nglobal";
    public static final String CLASS_BODY_DOES_NOT_ENCLOSE_METHODS =
            "global\\nclass";
    public static final String COMPREHENSION_VARIABLE_DOES_NOT_LEAK =
            "[0, 1, 4, 9]\\nbefore";
    public static final String CLASS_COMPREHENSION_FIRST_ITERABLE =
            "[2, 3]";
    public static final String CLASS_COMPREHENSION_INNER_NAME =
            "NameError: name 'xs' is not defined";
    public static final String DEFAULT_EVALUATED_AT_DEF =
            "1 3";
    public static final String CLOSURE_SEES_LATER_ASSIGNMENT =
            "2";
    public static final String LATE_BINDING_LAMBDAS =
            "[2, 2, 2]";
    public static final String DEFAULT_CAPTURES_VALUE =
            "[0, 1, 2]";
    public static final String CLOSURES_SHARE_ONE_CELL =
            "2";
    public static final String FRESH_CELLS_PER_CALL =
            "3 1";
    public static final String FREE_VARIABLE_NOT_YET_BOUND =
            "NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope";
    public static final String FREE_VARIABLE_DELETED =
            "NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope";
    public static final String CELL_VARIABLE_READ_BEFORE_ASSIGNMENT =
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value";
    public static final String NESTED_NONLOCAL =
            "12";
    public static final String NEAREST_ENCLOSING_SCOPE =
            "47";
    public static final String FREE_NAME_PASSES_THROUGH =
            "3";
    public static final String NESTING_THROUGH_CLASS =
            "15";
    public static final String GLOBAL_HIDES_ENCLOSING_BINDING =
            "module";
    public static final String NONLOCAL_IN_CLASS_BODY =
            "2";
    public static final String RECURSION_FINDS_ITSELF_IN_GLOBALS =
            "120";
    public static final String DEL_EMPTY_CELL =
            "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value";
    public static final String DEL_EMPTY_FREE_CELL =
            "deleted once\\nNameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope";
    public static final String NONLOCAL_AT_MODULE_LEVEL =
            "SyntaxError: nonlocal declaration not allowed at module level";
    public static final String NO_BINDING_FOR_NONLOCAL =
            "SyntaxError: no binding for nonlocal 'x' found";
    public static final String NONLOCAL_CANNOT_REACH_A_GLOBAL =
            "SyntaxError: no binding for nonlocal 'x' found";
    public static final String NONLOCAL_SKIPS_CLASS_SCOPE =
            "SyntaxError: no binding for nonlocal 'x' found";
    public static final String NONLOCAL_IN_MODULE_LEVEL_CLASS =
            "SyntaxError: no binding for nonlocal 'x' found";
    public static final String ASSIGNED_BEFORE_GLOBAL =
            "SyntaxError: name 'x' is assigned to before global declaration";
    public static final String AUG_ASSIGNED_BEFORE_GLOBAL =
            "SyntaxError: name 'x' is assigned to before global declaration";
    public static final String USED_PRIOR_TO_GLOBAL =
            "SyntaxError: name 'x' is used prior to global declaration";
    public static final String PARAMETER_AND_GLOBAL =
            "SyntaxError: name 'x' is parameter and global";
    public static final String PARAMETER_AND_NONLOCAL =
            "SyntaxError: name 'x' is parameter and nonlocal";
    public static final String NONLOCAL_AND_GLOBAL =
            "SyntaxError: name 'x' is nonlocal and global";
    public static final String ASSIGNED_BEFORE_NONLOCAL =
            "SyntaxError: name 'x' is assigned to before nonlocal declaration";
    public static final String USED_PRIOR_TO_NONLOCAL =
            "SyntaxError: name 'x' is used prior to nonlocal declaration";
    public static final String SYNTAX_ERROR_BEFORE_ANY_OUTPUT =
            "SyntaxError: no binding for nonlocal 'y' found";
    public static final String DUPLICATE_PARAMETER =
            "SyntaxError: duplicate argument 'a' in function definition";
    public static final String DUPLICATE_LAMBDA_PARAMETER =
            "SyntaxError: duplicate argument 'x' in function definition";
    public static final String FIRST_ERROR_IN_SOURCE_ORDER =
            "SyntaxError: duplicate argument 'a' in function definition";
    public static final String OUTER_ERROR_BEFORE_NESTED_ONE =
            "SyntaxError: name 'x' is assigned to before global declaration";
    public static final String DECLARATION_ERROR_BEFORE_BINDING_ERROR =
            "SyntaxError: name 'z' is used prior to global declaration";
    public static final String CLASS_GLOBAL_DOES_NOT_HIDE_ENCLOSING_FROM_METHODS =
            "";
    public static final String CLASS_GLOBAL_READS_MODULE_NAME =
            "['module', 'enclosing']";
    public static final String CLASS_NONLOCAL_SHARED_WITH_METHOD =
            "[2, 2]";
    public static final String PRIVATE_NAMES_MANGLED =
            "[11, 12]\\n1";
    public static final String PRIVATE_NAME_READ_AS_MANGLED_GLOBAL =
            "NameError: name '_C__g' is not defined";
    public static final String RETURN_OUTSIDE_FUNCTION =
            "SyntaxError: 'return' outside function";
    public static final String SUM_OF_BOOLS_THEN_STRS =
            "3\\nTypeError: unsupported operand type(s) for +: 'int' and 'str'";
    public static final String SEQUENCE_REPETITION_BY_NON_INT =
            "[0, 0] abab\\nTypeError: can't multiply sequence by non-int of type 'str'";
    public static final String SEQUENCE_CONCATENATION_OF_MIXED_TYPES =
            "[1, 2] ab\\nTypeError: can only concatenate list (not \"str\") to list";
    public static final String CALL_ARITY_WITH_DEFAULTS =
            "2\\nTypeError: f() takes from 1 to 2 positional arguments but 3 were given";
    public static final String METHOD_ARITY_NAMES_ITS_CLASS =
            "TypeError: outer.<locals>.C.m() missing 2 required positional arguments: 'a' and 'b'";
    public static final String QUALIFIED_CLASS_REPRS =
            "<class '__main__.f.<locals>.D'>\\n<class '__main__.f.<locals>.D.E'>";
    public static final String SCOPES_NOTEBOOK_LOCAL_VS_GLOBAL =
            "global_func: print=GLOBAL_IMPLICIT, x=LOCAL";
    public static final String SCOPES_NOTEBOOK_ENCLOSING =
            "outer: nested_func=LOCAL, x=CELL; nested_func: print=GLOBAL_IMPLICIT, x=FREE";
    public static final String SCOPES_NOTEBOOK_BUILTIN =
            "count_: len=GLOBAL_IMPLICIT, print=GLOBAL_IMPLICIT, x=LOCAL";
    public static final String SCOPES_GLOBAL_SHADOWS_BUILTIN =
            "len: xs=LOCAL; f: len=GLOBAL_IMPLICIT";
    public static final String SCOPES_MODULE_NAME_FALLS_BACK_TO_BUILTIN =
            "";
    public static final String SCOPES_UNBOUND_LOCAL_READ =
            "f: print=GLOBAL_IMPLICIT, x=LOCAL";
    public static final String SCOPES_AUG_ASSIGN_OF_GLOBAL =
            "bump: counter=LOCAL";
    public static final String SCOPES_GLOBAL_DECLARATION_REBINDS_MODULE_NAME =
            "bump: counter=GLOBAL_EXPLICIT";
    public static final String SCOPES_UNDEFINED_NAME =
            "f: undefined_name=GLOBAL_IMPLICIT";
    public static final String SCOPES_DEL_THEN_READ_LOCAL =
            "f: print=GLOBAL_IMPLICIT, x=LOCAL";
    public static final String SCOPES_DEL_MAKES_NAME_LOCAL =
            "f: x=LOCAL";
    public static final String SCOPES_DEL_AFTER_READ_MAKES_LOCAL =
            "f: print=GLOBAL_IMPLICIT, x=LOCAL";
    public static final String SCOPES_DEL_UNBOUND_DECLARED_GLOBAL =
            "f: y=GLOBAL_EXPLICIT";
    public static final String SCOPES_CLASS_BODY_READS_GLOBAL_BEFORE_ITS_OWN =
            "C: print=GLOBAL_IMPLICIT, x=LOCAL";
    public static final String SCOPES_CLASS_BODY_DOES_NOT_ENCLOSE_METHODS =
            "C: m=LOCAL, x=LOCAL; m: self=LOCAL, x=GLOBAL_IMPLICIT";
    public static final String SCOPES_COMPREHENSION_VARIABLE_DOES_NOT_LEAK =
            "listcomp: .0=LOCAL, x=LOCAL";
    public static final String SCOPES_CLASS_COMPREHENSION_FIRST_ITERABLE =
            "K: xs=LOCAL, ys=LOCAL; listcomp: .0=LOCAL, x=LOCAL";
    public static final String SCOPES_CLASS_COMPREHENSION_INNER_NAME =
            "K: xs=LOCAL, ys=LOCAL; listcomp: .0=LOCAL, len=GLOBAL_IMPLICIT, x=LOCAL, xs=GLOBAL_IMPLICIT";
    public static final String SCOPES_DEFAULT_EVALUATED_AT_DEF =
            "f: a=LOCAL";
    public static final String SCOPES_CLOSURE_SEES_LATER_ASSIGNMENT =
            "outer: get=LOCAL, x=CELL; get: x=FREE";
    public static final String SCOPES_LATE_BINDING_LAMBDAS =
            "listcomp: .0=LOCAL, i=CELL; lambda: i=FREE; listcomp: .0=LOCAL, f=LOCAL";
    public static final String SCOPES_DEFAULT_CAPTURES_VALUE =
            "listcomp: .0=LOCAL, i=LOCAL; lambda: i=LOCAL; listcomp: .0=LOCAL, f=LOCAL";
    public static final String SCOPES_CLOSURES_SHARE_ONE_CELL =
            "make: get=LOCAL, inc=LOCAL, n=CELL; inc: n=FREE; get: n=FREE";
    public static final String SCOPES_FRESH_CELLS_PER_CALL =
            "counter: n=CELL, step=LOCAL; step: n=FREE";
    public static final String SCOPES_FREE_VARIABLE_NOT_YET_BOUND =
            "f: g=LOCAL, print=GLOBAL_IMPLICIT, x=CELL; g: x=FREE";
    public static final String SCOPES_FREE_VARIABLE_DELETED =
            "f: g=LOCAL, x=CELL; g: x=FREE";
    public static final String SCOPES_CELL_VARIABLE_READ_BEFORE_ASSIGNMENT =
            "f: g=LOCAL, print=GLOBAL_IMPLICIT, x=CELL; g: x=FREE";
    public static final String SCOPES_NESTED_NONLOCAL =
            "f: g=LOCAL, x=CELL; g: h=LOCAL, x=FREE; h: x=FREE";
    public static final String SCOPES_NEAREST_ENCLOSING_SCOPE =
            "f: g=LOCAL, x=LOCAL; g: h=LOCAL, x=CELL, y=LOCAL; h: x=FREE, z=LOCAL";
    public static final String SCOPES_FREE_NAME_PASSES_THROUGH =
            "make_adder: middle=LOCAL, x=CELL; middle: add=LOCAL, x=FREE; add: x=FREE, y=LOCAL";
    public static final String SCOPES_NESTING_THROUGH_CLASS =
            "make_adder: Adder=LOCAL, x=CELL; Adder: add=LOCAL, x=FREE; add: self=LOCAL, x=FREE, y=LOCAL";
    public static final String SCOPES_GLOBAL_HIDES_ENCLOSING_BINDING =
            "a: f=LOCAL, x=LOCAL; f: g=LOCAL, x=GLOBAL_EXPLICIT; g: x=GLOBAL_IMPLICIT";
    public static final String SCOPES_NONLOCAL_IN_CLASS_BODY =
            "f: C=LOCAL, x=CELL; C: x=FREE";
    public static final String SCOPES_RECURSION_FINDS_ITSELF_IN_GLOBALS =
            "fact: fact=GLOBAL_IMPLICIT, n=LOCAL";
    public static final String SCOPES_DEL_EMPTY_CELL =
            "f: g=LOCAL, x=CELL; g: x=FREE";
    public static final String SCOPES_DEL_EMPTY_FREE_CELL =
            "f: g=LOCAL, print=GLOBAL_IMPLICIT, x=CELL; g: x=FREE";
    public static final String SCOPES_CLASS_GLOBAL_DOES_NOT_HIDE_ENCLOSING_FROM_METHODS =
            "f: C=LOCAL, x=CELL; C: m=LOCAL, x=GLOBAL_EXPLICIT; m: self=LOCAL, x=FREE";
    public static final String SCOPES_CLASS_GLOBAL_READS_MODULE_NAME =
            "f: C=LOCAL, x=LOCAL; C: seen=LOCAL, x=GLOBAL_EXPLICIT";
    public static final String SCOPES_CLASS_NONLOCAL_SHARED_WITH_METHOD =
            "f: C=LOCAL, x=CELL; C: m=LOCAL, x=FREE; m: self=LOCAL, x=FREE";
    public static final String SCOPES_PRIVATE_NAMES_MANGLED =
            "C: _C__y=LOCAL, m=LOCAL; m: _C__p=CELL, range=GLOBAL_IMPLICIT, self=CELL; listcomp: .0=LOCAL, _C__p=FREE, _C__q=LOCAL, self=FREE";
    public static final String SCOPES_PRIVATE_NAME_READ_AS_MANGLED_GLOBAL =
            "C: m=LOCAL; m: _C__g=GLOBAL_IMPLICIT, self=LOCAL";
    public static final String SCOPES_RETURN_OUTSIDE_FUNCTION =
            "";
    public static final String SCOPES_SUM_OF_BOOLS_THEN_STRS =
            "";
    public static final String SCOPES_SEQUENCE_REPETITION_BY_NON_INT =
            "";
    public static final String SCOPES_SEQUENCE_CONCATENATION_OF_MIXED_TYPES =
            "";
    public static final String SCOPES_CALL_ARITY_WITH_DEFAULTS =
            "f: a=LOCAL, b=LOCAL";
    public static final String SCOPES_METHOD_ARITY_NAMES_ITS_CLASS =
            "outer: C=LOCAL; C: m=LOCAL; m: a=LOCAL, b=LOCAL, self=LOCAL";
    public static final String SCOPES_QUALIFIED_CLASS_REPRS =
            "f: D=LOCAL; D: E=LOCAL; E:";
}
