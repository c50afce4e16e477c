package org.pobratim.ingest;

import java.nio.file.Path;
import org.pobratim.store.ApplyResult;
import org.pobratim.store.AtlasService;

/** Imports data files into the store: read, checked against the current atlas, applied in one transaction. */
public final class BundleImport {
    private BundleImport() {
    }

    /** @throws InputRejected with every problem, and then nothing is changed */
    public static ApplyResult run(AtlasService service, Path path, String actor) {
        return service.apply(BundleLoader.load(path, service.current()), actor);
    }
}
