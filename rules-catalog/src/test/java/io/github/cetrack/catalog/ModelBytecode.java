package io.github.cetrack.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The second line of defence behind the rule-file lint: what the compiled executable model's
 * classes may reach. Every method call, field access, type instruction, class constant, method
 * handle and bootstrap method in their bytecode must target the vocabulary, the generated rule
 * classes themselves, the Drools model API the generated code uses, or a JDK value type; anything
 * else ({@code Runtime}, {@code ProcessBuilder}, {@code Class.forName}, {@code java.io},
 * {@code java.nio}, reflection, {@code System}, threads) is refused, naming the class, the method
 * and the target.
 */
final class ModelBytecode {

    /** Packages whose every class and member may be used, as bytecode names (a prefix ending in /). */
    static final List<String> PACKAGES = List.of(
            "io/github/cetrack/catalog/dsl/",      // the vocabulary facts
            "io/github/cetrack/catalog/rules/",    // the generated classes, calling each other
            "org/drools/model/",                   // the canonical model: PatternDSL, functions, RuleBuilder
            "org/drools/modelcompiler/");          // D (the rule DSL) and EvaluationUtil

    /**
     * Classes whose every member may be used: value types, collections, the lambda and string
     * concatenation bootstraps, and what the generated code uses for its date-format constant.
     */
    static final Set<String> CLASSES = Set.of(
            "java/lang/Object", "java/lang/String", "java/lang/Boolean", "java/lang/Integer", "java/lang/Long",
            "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Double", "java/lang/Float",
            "java/lang/Number", "java/lang/Enum", "java/lang/Exception", "java/lang/RuntimeException",
            "java/math/BigDecimal", "java/time/LocalDate",
            "java/util/List", "java/util/ArrayList", "java/util/Arrays", "java/util/Collections", "java/util/Map",
            "java/util/Set", "java/util/Collection",
            "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory",
            "java/lang/invoke/MethodHandles", "java/lang/invoke/MethodHandles$Lookup", "java/lang/invoke/MethodType",
            "java/lang/invoke/MethodHandle", "java/lang/invoke/CallSite",
            // The generated Rules class's DATE_TIME_FORMATTER: DateUtils reads Drools' date format setting.
            "java/time/format/DateTimeFormatter", "java/time/format/DateTimeFormatterBuilder", "java/util/Locale",
            "org/drools/util/DateUtils");

    /** Single members of otherwise refused classes: an enum's values() copies its array. */
    static final Set<String> MEMBERS = Set.of("java/lang/System.arraycopy");

    private ModelBytecode() {}

    /** Returns every refused reference of the class files under {@code dir}, like {@code a.B.m(): calls java.lang.Runtime.exec}. */
    static List<String> check(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                out.addAll(check(Files.readAllBytes(file)));
            }
        }
        return out;
    }

    /** Returns every refused reference of one class file. */
    static List<String> check(byte[] classFile) {
        Set<String> out = new TreeSet<>();
        ClassReader reader = new ClassReader(classFile);
        String self = reader.getClassName();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                if (superName != null) {
                    type(self, "extends", superName, out);
                }
                for (String i : interfaces) {
                    type(self, "implements", i, out);
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new Method(self + "." + name + "()", out);
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return List.copyOf(out);
    }

    private static final class Method extends MethodVisitor {
        private final String where;
        private final Set<String> out;

        Method(String where, Set<String> out) {
            super(Opcodes.ASM9);
            this.where = where;
            this.out = out;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            member(where, "calls", owner, name, out);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            member(where, "reads or writes", owner, name, out);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            type(where, "uses", type, out);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            type(where, "uses", descriptor, out);
        }

        @Override
        public void visitLdcInsn(Object value) {
            constant(value);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            constant(bootstrap);
            for (Object argument : arguments) {
                constant(argument);
            }
        }

        private void constant(Object value) {
            if (value instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
                type(where, "uses", t.getInternalName(), out);
            } else if (value instanceof Handle h) {
                member(where, "takes a handle to", h.getOwner(), h.getName(), out);
            } else if (value instanceof ConstantDynamic c) {
                constant(c.getBootstrapMethod());
            }
        }
    }

    private static void member(String where, String verb, String owner, String name, Set<String> out) {
        String element = element(owner);
        if (element != null && !allowed(element) && !MEMBERS.contains(element + "." + name)) {
            out.add(java(where) + ": " + verb + " " + java(element) + "." + name);
        }
    }

    private static void type(String where, String verb, String type, Set<String> out) {
        String element = element(type);
        if (element != null && !allowed(element)) {
            out.add(java(where) + ": " + verb + " " + java(element));
        }
    }

    // An array type stands for its element type; a primitive array refers to no class.
    private static String element(String internalName) {
        if (!internalName.startsWith("[")) {
            return internalName;
        }
        Type element = Type.getType(internalName).getElementType();
        return element.getSort() == Type.OBJECT ? element.getInternalName() : null;
    }

    private static boolean allowed(String internalName) {
        return CLASSES.contains(internalName) || PACKAGES.stream().anyMatch(internalName::startsWith);
    }

    private static String java(String internalName) {
        return internalName.replace('/', '.');
    }
}
