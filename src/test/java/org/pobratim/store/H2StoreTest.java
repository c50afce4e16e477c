package org.pobratim.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default: an H2 file database. */
class H2StoreTest extends AtlasStoreContract {
    @TempDir
    Path dir;

    @Override
    DatabaseConfig freshDatabase() {
        return DatabaseConfig.h2File(dir);
    }
}
