package org.pobratim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pobratim.atlas.ArticleAnswers;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.AtlasStats;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.DataQuality;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.GazetteerPlace;
import org.pobratim.atlas.Serbia;
import org.pobratim.explain.ExplainReport;
import org.pobratim.explain.Explanations;
import org.pobratim.ingest.BundleLoader;
import org.pobratim.ingest.CountryBorders;
import org.pobratim.ingest.GeoNamesReader;
import org.pobratim.ingest.InputRejected;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The data-quality report of the bundled data, and the article's questions answered from it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report on the quality of data files: counts, ties without year or reason, disputed ties, "
                + "suspected duplicates, doubtful coordinates (with --gazetteer), sources cited once; and answer the "
                + "article's questions. Exits 1 on hard errors (and on invalid files).")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = "${env:POBRATIM_HOME:-.}/data",
            description = "folder or file to check (default: ${DEFAULT-VALUE})")
    Path path;

    @Option(names = "--gazetteer", description = "a GeoNames dump to check coordinates against (e.g. cities1000.txt)")
    String gazetteer;

    @Option(names = "--markdown", description = "write the report as Markdown (for docs/data-quality.md)")
    boolean markdown;

    @Override
    public Integer call() throws IOException {
        ChangeSet changes;
        try {
            changes = BundleLoader.load(path, Atlas.empty());
        } catch (InputRejected e) {
            return Rejection.report(e, path + " is not valid");
        }
        Atlas atlas = new Atlas(0, changes.sources(), changes.cities(), changes.ties());
        List<GazetteerPlace> places = new ArrayList<>();
        if (gazetteer != null) {
            GeoNamesReader.Reading reading = GeoNamesReader.read(gazetteer, places::add, (read, total) -> { });
            if (!reading.problems().isEmpty()) {
                return Rejection.report(new InputRejected(reading.problems()), gazetteer + " is not a valid dump");
            }
        }
        DataQuality quality = DataQuality.of(atlas, new Gazetteer(places));
        ArticleAnswers answers = ArticleAnswers.of(atlas);
        AtlasStats counts = atlas.stats(Serbia.CODE);
        ExplainReport explained = new Explanations(atlas, CountryBorders.bundled(),
                Year.now(ZoneOffset.UTC).getValue()).report(Serbia.CODE);
        System.out.print(markdown ? QualityText.markdown(quality, counts, answers, atlas, explained)
                : QualityText.plain(quality, counts, answers, explained));
        System.out.print(QualityText.coverage(atlas, markdown));
        if (quality.hasErrors()) {
            System.err.printf("%d hard error(s)%n", quality.errors().size());
            return Main.EXIT_INVALID;
        }
        return 0;
    }
}
