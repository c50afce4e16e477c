package org.pobratim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pobratim.app.Pobratim;
import org.pobratim.ingest.BundleImport;
import org.pobratim.ingest.InputRejected;
import org.pobratim.store.ApplyResult;
import org.pobratim.store.StoreUnavailable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Validates data files against the store, then applies them in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate data files (a folder or one file) against the store, then create or update their "
                + "records in one transaction, with a revision per change. Any problem: nothing is changed.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "folder or file to import")
    Path path;

    @Option(names = "--actor", description = "who makes the change, recorded in each revision (default: import:<path>)")
    String actor;

    @Option(names = "--server", description = "import through the running server at this URL (e.g. "
            + "http://127.0.0.1:7070) instead of opening the store; found by itself when a server holds the embedded "
            + "store")
    String server;

    @Option(names = "--token-file", description = "file holding an API token with the scope import, for an import "
            + "through a server (default: environment POBRATIM_TOKEN)")
    Path tokenFile;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws java.io.IOException, InterruptedException {
        if (server != null) {
            return throughServer(server);
        }
        try (Pobratim app = Pobratim.open(store.config())) {
            ApplyResult result = BundleImport.run(app.atlas(), path, actor == null ? "import:" + path : actor);
            System.out.printf("imported %s: %d created, %d updated, %d unchanged%n", path, result.created(),
                    result.updated(), result.unchanged());
            return 0;
        } catch (InputRejected e) {
            return Rejection.report(e, "nothing imported from " + path);
        } catch (StoreUnavailable held) {
            var address = store.embeddedDir().flatMap(ServerAddress::read);
            if (address.isEmpty()) {
                throw held;
            }
            System.err.println("the store is held by the server at " + address.get() + ": importing through it");
            return throughServer(address.get());
        }
    }

    private int throughServer(String url) throws java.io.IOException, InterruptedException {
        String token = tokenFile != null ? java.nio.file.Files.readString(tokenFile).strip()
                : System.getenv("POBRATIM_TOKEN");
        if (token == null || token.isBlank()) {
            System.err.println("error: an import through the server at " + url + " needs an API token with the scope "
                    + "import: --token-file FILE or the environment POBRATIM_TOKEN (an admin makes one on the account "
                    + "page, /en/account)");
            return Main.EXIT_STORE;
        }
        if (!java.nio.file.Files.exists(path)) {
            System.err.println(path + ": no such file or folder");
            return Main.EXIT_INVALID;
        }
        return RemoteImport.run(url, token, path);
    }
}
