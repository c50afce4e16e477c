package org.pobratim.ingest.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;

/**
 * The lists a world import reads, each one source of tier {@link SourceTier#LISTING} with a fixed id, so that a
 * second import of the same list replaces its listings instead of adding new ones. The day it was accessed is the
 * day the file was last written (not the day of the import: importing again the next day changes nothing).
 */
public enum ListSource {
    WIKIPEDIA_LISTS("wikipedia-twin-town-lists", "https://en.wikipedia.org/wiki/Lists_of_twin_towns_and_sister_cities",
            "Lists of twin towns and sister cities (English Wikipedia), as pairs", "Wikipedia", false),
    WIKIDATA("wikidata-p190", "https://www.wikidata.org/wiki/Property:P190",
            "Wikidata: twinned administrative body (P190) statements, from a query result", "Wikidata", true),
    WIKIDATA_CRAWL("wikidata-p190-crawl", "https://www.wikidata.org/wiki/Property:P190",
            "Wikidata: twinned administrative body (P190) statements, a crawl of QID pairs and labels", "Wikidata",
            true);

    private final String id;
    private final String url;
    private final String title;
    private final String publisher;
    private final boolean directed;

    ListSource(String id, String url, String title, String publisher, boolean directed) {
        this.id = id;
        this.url = url;
        this.title = title;
        this.publisher = publisher;
        this.directed = directed;
    }

    public String id() {
        return id;
    }

    /** True when a row is a statement made by its first item about the second (so one-sided ones can be told). */
    public boolean directed() {
        return directed;
    }

    /** The source record, accessed on the day {@code file} was last written (never after {@code today}). */
    public Source source(Path file, LocalDate today) {
        LocalDate written;
        try {
            written = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Source(id, url, title, publisher, PartialDate.UNKNOWN, written.isAfter(today) ? today : written,
                "en", SourceTier.LISTING);
    }
}
