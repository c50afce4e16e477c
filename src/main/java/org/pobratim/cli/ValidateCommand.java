package org.pobratim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.ingest.BundleLoader;
import org.pobratim.ingest.InputRejected;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Checks data files without touching any database. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check data files (a folder or one file) and report every problem with file, line and field. "
                + "References must resolve within the given files.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = "${env:POBRATIM_HOME:-.}/data", description = "folder or file to check (default: ${DEFAULT-VALUE})")
    Path path;

    @Override
    public Integer call() {
        try {
            ChangeSet changes = BundleLoader.load(path, Atlas.empty());
            System.out.printf("%s is valid: %d sources, %d cities, %d ties%n", path, changes.sources().size(),
                    changes.cities().size(), changes.ties().size());
            return 0;
        } catch (InputRejected e) {
            return Rejection.report(e, path + " is not valid");
        }
    }
}
