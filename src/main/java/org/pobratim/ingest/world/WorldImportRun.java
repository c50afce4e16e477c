package org.pobratim.ingest.world;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;
import org.pobratim.store.ApplyResult;
import org.pobratim.store.AtlasService;

/**
 * The world import end to end: reads the lists (every file checked before anything is planned), plans the import
 * against the current atlas, and applies it in one transaction. Any problem in any file: nothing is changed.
 */
public final class WorldImportRun {
    /** The files to import; any may be null. {@code wikidata} is a SPARQL JSON result, a folder of them, or a crawl. */
    public record Files(Path pairs, Path geocoded, Path wikidata) {
    }

    public record Outcome(WorldImport.Plan plan, ApplyResult applied) {
    }

    private WorldImportRun() {
    }

    public static List<WorldImport.Input> read(Files files) {
        List<WorldImport.Input> inputs = new ArrayList<>();
        if (files.geocoded() != null && files.pairs() == null) {
            throw rejected(files.geocoded(), "the geocoded list is a second opinion on --pairs, which is missing");
        }
        if (files.pairs() != null) {
            requireFile(files.pairs());
            if (files.geocoded() != null) {
                requireFile(files.geocoded());
            }
            List<ListedPair> pairs = new ArrayList<>();
            TwinPairsCsv.read(files.pairs(), files.geocoded(), pairs::add);
            inputs.add(new WorldImport.Input(ListSource.WIKIPEDIA_LISTS, files.pairs(), pairs));
        }
        if (files.wikidata() != null) {
            Path w = files.wikidata();
            List<ListedPair> statements = new ArrayList<>();
            if (java.nio.file.Files.isDirectory(w) && WikidataTsv.isFolder(w)) {
                WikidataTsv.read(w, statements::add);
                inputs.add(new WorldImport.Input(ListSource.WIKIDATA_CRAWL, w.resolve(WikidataTsv.RELATIONS),
                        statements));
            } else {
                if (!java.nio.file.Files.exists(w)) {
                    throw rejected(w, "no such file or folder");
                }
                WikidataSparql.readAll(w, statements::add);
                inputs.add(new WorldImport.Input(ListSource.WIKIDATA, w, statements));
            }
        }
        return inputs;
    }

    public static Outcome run(AtlasService atlas, Gazetteer gazetteer, EntityResolver resolver, Files files,
                              LocalDate today, String actor) {
        if (gazetteer.size() == 0) {
            throw new InputRejected(List.of(new Problem("gazetteer", 0, null, "is empty: import one first"
                    + " (pobratim gazetteer import cities1000.txt); names are placed against it")));
        }
        WorldImport.Plan plan = WorldImport.plan(atlas.current(), gazetteer, resolver, read(files), today);
        ApplyResult applied = atlas.applyImport(plan.changes(), plan.deletedTies(), plan.listSources(), plan.findings(),
                actor);
        return new Outcome(plan, applied);
    }

    private static void requireFile(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw rejected(file, "no such file");
        }
    }

    private static InputRejected rejected(Path file, String why) {
        return new InputRejected(List.of(new Problem(file.toString(), 0, null, why)));
    }
}
