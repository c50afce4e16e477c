package org.pobratim.export;

import java.io.Writer;
import org.pobratim.atlas.Coded;

/**
 * The formats a selection is exported in: the name a user gives ({@code --format}, {@code /api/v1/export/<code>}),
 * the media type it is sent as, and the file a release writes it to.
 */
public enum ExportFormat implements Coded {
    JSON("json", "application/json", "atlas.json"),
    CSV("csv", "text/csv; charset=utf-8", "ties.csv"),
    CITIES_CSV("cities-csv", "text/csv; charset=utf-8", "cities.csv"),
    DATAPACKAGE("datapackage", "application/json", "datapackage.json"),
    GEOJSON("geojson", "application/geo+json; charset=utf-8", "ties.geojson"),
    GRAPHML("graphml", "application/graphml+xml; charset=utf-8", "ties.graphml"),
    GEXF("gexf", "application/gexf+xml; charset=utf-8", "ties.gexf"),
    JSONLD("jsonld", "application/ld+json; charset=utf-8", "ties.jsonld"),
    TURTLE("turtle", "text/turtle; charset=utf-8", "ties.ttl"),
    QUICKSTATEMENTS("quickstatements", "text/plain; charset=utf-8", "wikidata-p190.qs"),
    WIKIDATA_REPORT("wikidata-report", "text/csv; charset=utf-8", "wikidata-report.csv");

    private final String code;
    private final String mediaType;
    private final String fileName;

    ExportFormat(String code, String mediaType, String fileName) {
        this.code = code;
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    @Override
    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Writes the selection in this format; {@code created} (an ISO date) is the date the export states. Refused
     * ({@link ExportRefused}) when this atlas cannot give it (the Wikidata formats without Wikidata statements).
     */
    public void write(Selection s, String created, Writer out) {
        switch (this) {
            case JSON -> RecordDocuments.write(s, out);
            case CSV -> Csv.ties(s, out);
            case CITIES_CSV -> Csv.cities(s, out);
            case DATAPACKAGE -> Csv.datapackage(s, created, out);
            case GEOJSON -> GeoJson.write(s, out);
            case GRAPHML -> Graphs.graphml(s, out);
            case GEXF -> Graphs.gexf(s, created, out);
            case JSONLD -> LinkedData.jsonLd(s, out);
            case TURTLE -> LinkedData.turtle(s, out);
            case QUICKSTATEMENTS -> QuickStatements.write(s, out);
            case WIKIDATA_REPORT -> QuickStatements.report(s, out);
        }
    }
}
