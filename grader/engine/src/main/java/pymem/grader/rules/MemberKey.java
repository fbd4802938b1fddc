package pymem.grader.rules;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import java.util.List;
import java.util.Map;

/**
 * A constructor or method named the way the opener list names it: {@code owner#name(paramtypes)}, e.g.
 * {@code java.util.Formatter#<init>(java.lang.String)}, arrays as {@code int[]}. The same text is made from
 * a JDK member when the list is derived and from a call in a submission when it is checked, so the two meet
 * by plain string equality.
 *
 * @param owner      the class that declares the member, or that a call names as its receiver
 * @param name       the member's name, {@code <init>} for a constructor
 * @param parameters the parameters' type names
 */
record MemberKey(String owner, String name, List<String> parameters) {
    static final String CONSTRUCTOR = "<init>";

    static MemberKey of(JavaCodeUnit member) {
        return new MemberKey(member.getOwner().getName(), member.getName(), typeNames(member.getRawParameterTypes()));
    }

    static MemberKey of(CodeUnitAccessTarget target) {
        return new MemberKey(target.getOwner().getName(), target.getName(), typeNames(target.getRawParameterTypes()));
    }

    /** The same member as seen through {@code type}, a supertype of the owner that may declare it. */
    MemberKey on(String type) {
        return new MemberKey(type, name, parameters);
    }

    boolean isConstructor() {
        return name.equals(CONSTRUCTOR);
    }

    @Override
    public String toString() {
        return owner + "#" + name + "(" + String.join(",", parameters) + ")";
    }

    private static List<String> typeNames(List<JavaClass> types) {
        return types.stream().map(MemberKey::typeName).toList();
    }

    /**
     * {@code java.lang.String[]} rather than the JVM's {@code [Ljava.lang.String;}: the list is read by people.
     * Made from the name, because a class that was not imported does not know its component type.
     */
    static String typeName(JavaClass type) {
        String name = type.getName();
        int dimensions = 0;
        while (name.charAt(dimensions) == '[') {
            dimensions++;
        }
        if (dimensions == 0) {
            return name;
        }
        String element = name.substring(dimensions);
        String elementName = element.startsWith("L") && element.endsWith(";")
                ? element.substring(1, element.length() - 1)
                : PRIMITIVES.getOrDefault(element, element);
        return elementName + "[]".repeat(dimensions);
    }

    private static final Map<String, String> PRIMITIVES = Map.of("Z", "boolean", "B", "byte", "C", "char", "S", "short",
            "I", "int", "J", "long", "F", "float", "D", "double");
}
