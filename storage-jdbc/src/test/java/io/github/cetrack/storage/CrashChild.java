package io.github.cetrack.storage;

import io.github.cetrack.core.store.ImportFormat;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process {@link CrashTest} kills: {@code CrashChild URL import TENANT FILE.csv} or
 * {@code CrashChild URL restore DIR}. It prints {@code open} once the store is open and
 * {@code done} after the write, so the test can aim its kills at the write itself.
 */
public final class CrashChild {

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        JdbcStore store = JdbcStore.open(Db.dataSource(args[0]));
        // Warm up the validator, so that the kills land in the write rather than in its start-up.
        io.github.cetrack.core.Inputs.check(Fixtures.ethics("warm-up"));
        System.out.println("open");
        System.out.flush();
        if (args[1].equals("import")) {
            try (Reader in = Files.newBufferedReader(Path.of(args[3]), StandardCharsets.UTF_8)) {
                store.records(args[2]).importActivities(CrashTest.HOLDER, in, ImportFormat.CSV);
            }
        } else {
            store.restoreTenant(Path.of(args[2]));
        }
        System.out.println("done");
        System.out.flush();
    }
}
