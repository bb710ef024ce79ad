package io.github.cetrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The compiled rule classes reach only the vocabulary, the Drools model API and JDK value types. */
class ModelBytecodeTest {

    static final Path CLASSES = Path.of("target/classes");
    static final Path RULES = CLASSES.resolve("io/github/cetrack/catalog/rules");
    static final Path MODEL_LIST = CLASSES.resolve("META-INF/kie/io.github.cetrack/cetrack-rules-catalog/drools-model");

    @Test
    void theCompiledExecutableModelCallsNothingOutsideTheAllowlist() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            assertThat(files.filter(f -> f.toString().endsWith(".class")).count())
                    .as("the executable model's classes in %s", RULES).isGreaterThan(100);
        }
        assertThat(ModelBytecode.check(RULES)).isEmpty();
    }

    @Test
    void everyModelClassTheEngineLoadsIsAmongTheCheckedOnes() throws IOException {
        List<String> models = Files.readAllLines(MODEL_LIST, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.contains(":")).toList();
        assertThat(models).isNotEmpty();
        for (String model : models) {
            Path file = CLASSES.resolve(model.replace('.', '/') + ".class");
            assertThat(file).as(model).exists();
            assertThat(file.toAbsolutePath().normalize()).startsWith(RULES.toAbsolutePath().normalize());
        }
    }

    @Test
    void aClassThatRunsAProcessIsRefusedNamingTheClassTheMethodAndTheTarget() {
        byte[] hostile = rulesClass("io/github/cetrack/catalog/rules/data/Hostile", "run", "()V", run -> {
            run.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Runtime", "getRuntime", "()Ljava/lang/Runtime;", false);
            run.visitLdcInsn("rm -rf /");
            run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Runtime", "exec",
                    "(Ljava/lang/String;)Ljava/lang/Process;", false);
            run.visitInsn(Opcodes.POP);
            run.visitLdcInsn("java.lang.ProcessBuilder");
            run.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Class", "forName",
                    "(Ljava/lang/String;)Ljava/lang/Class;", false);
            run.visitInsn(Opcodes.POP);
        });
        assertThat(ModelBytecode.check(hostile)).containsExactly(
                "io.github.cetrack.catalog.rules.data.Hostile.run(): calls java.lang.Class.forName",
                "io.github.cetrack.catalog.rules.data.Hostile.run(): calls java.lang.Runtime.exec",
                "io.github.cetrack.catalog.rules.data.Hostile.run(): calls java.lang.Runtime.getRuntime");
    }

    @Test
    void systemIsRefusedButForTheArrayCopyOfAnEnumsValues() {
        byte[] printer = rulesClass("io/github/cetrack/catalog/rules/data/Printer", "print", "([Ljava/lang/Object;)V",
                print -> {
                    print.visitVarInsn(Opcodes.ALOAD, 0);
                    print.visitInsn(Opcodes.ICONST_0);
                    print.visitVarInsn(Opcodes.ALOAD, 0);
                    print.visitInsn(Opcodes.ICONST_0);
                    print.visitInsn(Opcodes.ICONST_0);
                    print.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "arraycopy",
                            "(Ljava/lang/Object;ILjava/lang/Object;II)V", false);
                    print.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
                    print.visitTypeInsn(Opcodes.NEW, "java/io/File");
                    print.visitInsn(Opcodes.POP2);
                });
        assertThat(ModelBytecode.check(printer)).containsExactly(
                "io.github.cetrack.catalog.rules.data.Printer.print(): reads or writes java.lang.System.out",
                "io.github.cetrack.catalog.rules.data.Printer.print(): uses java.io.File");
    }

    // A class file in a generated rule package with one public static method; never loaded, only read.
    private static byte[] rulesClass(String name, String method, String descriptor, Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        MethodVisitor m = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, method, descriptor, null, null);
        m.visitCode();
        body.accept(m);
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
