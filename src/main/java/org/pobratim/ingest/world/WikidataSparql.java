package org.pobratim.ingest.world;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;

/**
 * Reads Wikidata's "twinned administrative body" (P190) statements from the results of {@link #QUERY} in the
 * SPARQL 1.1 Query Results JSON Format, one {@link ListedPair} per binding: {@code a} is the item that makes the
 * statement, {@code b} its P190 value.
 *
 * <p>The query, with one row per non-deprecated statement:
 * <pre>{@code
 * SELECT ?item ?partner ?itemLabelEn ?itemLabelSr ?itemLabelSrLatn ?itemCountry ?itemCoord ?itemPopulation
 *        ?partnerLabelEn ?partnerLabelSr ?partnerLabelSrLatn ?partnerCountry ?partnerCoord ?partnerPopulation
 *        ?start ?end ?ref
 * # ?item p:P190 [ps:P190 ?partner; pq:P580 ?start; pq:P582 ?end; prov:wasDerivedFrom/pr:P854 ?ref]
 * # labels: rdfs:label in en (else Wikidata's "mul", the label for every language), sr, and sr-Latn (or sr-el)
 * # country: wdt:P17/wdt:P297; coordinates: wdt:P625; population: the largest best-ranked wdt:P1082
 * # GROUP BY the statement, SAMPLE of the rest; a statement with a side lacking all of those labels is left out
 * }</pre>
 * ({@link #QUERY} is the exact text.)
 *
 * <p>Mapping: the QID is the entity URI's last segment; a place's name is its English label, else sr-Latn, else
 * sr; its labels are keyed {@code en}, {@code sr-Cyrl} and {@code sr-Latn}, Wikidata's plain {@code sr} label going
 * under the script it is written in (under {@code sr-Latn} only when no sr-Latn label is given); the country is the
 * ISO 3166-1 alpha-2 code upper-cased; the point is WKT {@code Point(lon lat)}. Start and end keep <em>only the
 * year</em>: a Wikidata time arrives here as {@code 1966-01-01T00:00:00Z} without its precision, so the month and day
 * may be padding and only the year is trustworthy. A time of Wikidata's "unknown value" (not a literal) is unknown.
 *
 * <p>All or nothing: the whole input is read and checked before anything reaches the sink; if any binding is
 * wrong, {@link InputRejected} carries every problem (file, the line the binding starts on, the variable) and the
 * sink has seen nothing. A file is streamed one binding at a time; the checked pairs are held until the end
 * (Wikidata has some tens of thousands of P190 statements).
 */
public final class WikidataSparql {
    /** The SPARQL query whose results this reads (for the Wikidata Query Service, whose prefixes it spells out). */
    public static final String QUERY = """
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX p: <http://www.wikidata.org/prop/>
            PREFIX ps: <http://www.wikidata.org/prop/statement/>
            PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
            PREFIX pr: <http://www.wikidata.org/prop/reference/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX wikibase: <http://wikiba.se/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            # Twinned administrative bodies (P190): one row per non-deprecated statement, made on ?item's page.
            SELECT ?item ?partner
              (SAMPLE(COALESCE(?itemEn, ?itemMul)) AS ?itemLabelEn) (SAMPLE(?itemSr) AS ?itemLabelSr)
              (SAMPLE(?itemSrLatn) AS ?itemLabelSrLatn) (SAMPLE(?itemIso) AS ?itemCountry)
              (SAMPLE(?itemPoint) AS ?itemCoord) (MAX(?itemPeople) AS ?itemPopulation)
              (SAMPLE(COALESCE(?partnerEn, ?partnerMul)) AS ?partnerLabelEn) (SAMPLE(?partnerSr) AS ?partnerLabelSr)
              (SAMPLE(?partnerSrLatn) AS ?partnerLabelSrLatn) (SAMPLE(?partnerIso) AS ?partnerCountry)
              (SAMPLE(?partnerPoint) AS ?partnerCoord) (MAX(?partnerPeople) AS ?partnerPopulation)
              (SAMPLE(?started) AS ?start) (SAMPLE(?ended) AS ?end) (SAMPLE(?url) AS ?ref)
            WHERE {
              ?item p:P190 ?statement .
              ?statement ps:P190 ?partner ;
                         wikibase:rank ?rank .
              FILTER(?rank != wikibase:DeprecatedRank)
              FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q")
                  && STRSTARTS(STR(?partner), "http://www.wikidata.org/entity/Q"))
              OPTIONAL { ?item rdfs:label ?itemEn . FILTER(LANG(?itemEn) = "en") }
              OPTIONAL { ?item rdfs:label ?itemMul . FILTER(LANG(?itemMul) = "mul") }
              OPTIONAL { ?item rdfs:label ?itemSr . FILTER(LANG(?itemSr) = "sr") }
              OPTIONAL { ?item rdfs:label ?itemSrLatn . FILTER(LCASE(LANG(?itemSrLatn)) IN ("sr-latn", "sr-el")) }
              OPTIONAL { ?item wdt:P17/wdt:P297 ?itemIso }
              OPTIONAL { ?item wdt:P625 ?itemPoint }
              OPTIONAL { ?item wdt:P1082 ?itemPeople }
              OPTIONAL { ?partner rdfs:label ?partnerEn . FILTER(LANG(?partnerEn) = "en") }
              OPTIONAL { ?partner rdfs:label ?partnerMul . FILTER(LANG(?partnerMul) = "mul") }
              OPTIONAL { ?partner rdfs:label ?partnerSr . FILTER(LANG(?partnerSr) = "sr") }
              OPTIONAL { ?partner rdfs:label ?partnerSrLatn .
                         FILTER(LCASE(LANG(?partnerSrLatn)) IN ("sr-latn", "sr-el")) }
              OPTIONAL { ?partner wdt:P17/wdt:P297 ?partnerIso }
              OPTIONAL { ?partner wdt:P625 ?partnerPoint }
              OPTIONAL { ?partner wdt:P1082 ?partnerPeople }
              OPTIONAL { ?statement pq:P580 ?started }
              OPTIONAL { ?statement pq:P582 ?ended }
              OPTIONAL { ?statement prov:wasDerivedFrom/pr:P854 ?url }
              FILTER((BOUND(?itemEn) || BOUND(?itemMul) || BOUND(?itemSr) || BOUND(?itemSrLatn))
                  && (BOUND(?partnerEn) || BOUND(?partnerMul) || BOUND(?partnerSr) || BOUND(?partnerSrLatn)))
            }
            GROUP BY ?statement ?item ?partner
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private WikidataSparql() {
    }

    /**
     * Reads one results file, or every {@code *.json} file of a directory in name order, and passes every pair to
     * {@code sink}, or none of them: throws {@link InputRejected} when anything in any file is wrong.
     */
    public static void readAll(Path fileOrDir, Consumer<ListedPair> sink) {
        List<Path> files;
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> listing = Files.list(fileOrDir)) {
                files = listing.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                        .sorted().toList();
            } catch (IOException e) {
                throw rejected(fileOrDir, "cannot be listed: " + e.getMessage());
            }
            if (files.isEmpty()) {
                throw rejected(fileOrDir, "holds no *.json file");
            }
        } else {
            files = List.of(fileOrDir);
        }
        List<ListedPair> pairs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            collect(file, pairs, problems);
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        pairs.forEach(sink);
    }

    /** Reads one results file; all or nothing, as {@link #readAll}. */
    public static void read(Path file, Consumer<ListedPair> sink) {
        if (Files.isDirectory(file)) {
            throw rejected(file, "is a directory, not a SPARQL results file");
        }
        readAll(file, sink);
    }

    private static InputRejected rejected(Path path, String message) {
        return new InputRejected(List.of(new Problem(path.toString(), 0, null, message)));
    }

    /** Adds the file's checked pairs to {@code pairs} and what is wrong with it to {@code problems}. */
    private static void collect(Path file, List<ListedPair> pairs, List<Problem> problems) {
        String name = file.toString();
        boolean sawBindings = false;
        try (JsonParser json = JSON.createParser(file.toFile())) {
            if (json.nextToken() == null) {
                problems.add(new Problem(name, 0, null, "is empty"));
                return;
            }
            if (json.currentToken() != JsonToken.START_OBJECT) {
                problems.add(new Problem(name, line(json.currentTokenLocation()), null, notResults()));
                return;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("head")) {
                    checkHead(name, json, problems);
                } else if (field.equals("results") && json.currentToken() == JsonToken.START_OBJECT) {
                    sawBindings |= readResults(name, json, pairs, problems);
                } else {
                    json.skipChildren();
                }
            }
            if (!sawBindings) {
                problems.add(new Problem(name, 0, "results.bindings", "is missing: " + notResults()));
            }
        } catch (JsonProcessingException e) {
            problems.add(new Problem(name, line(e.getLocation()), null, "is not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(name, 0, null, "cannot be read: " + e.getMessage()));
        }
    }

    private static String notResults() {
        return "not SPARQL JSON results ({\"head\":{\"vars\":[...]},\"results\":{\"bindings\":[...]}})";
    }

    /** A head whose variables lack item or partner is from another query; its rows would all be wrong. */
    private static void checkHead(String file, JsonParser json, List<Problem> problems) throws IOException {
        int line = line(json.currentTokenLocation());
        JsonNode head = JSON.readTree(json);
        JsonNode vars = head.path("vars");
        if (!vars.isArray()) {
            problems.add(new Problem(file, line, "head.vars", "is missing: " + notResults()));
            return;
        }
        List<String> names = new ArrayList<>();
        vars.forEach(v -> names.add(v.asText()));
        for (String required : List.of("item", "partner")) {
            if (!names.contains(required)) {
                problems.add(new Problem(file, line, "head.vars", "has no ?" + required + " (it has "
                        + String.join(", ", names) + "): not the results of WikidataSparql.QUERY"));
            }
        }
    }

    /** Reads {@code "results": {...}}; true when it held a bindings array. */
    private static boolean readResults(String file, JsonParser json, List<ListedPair> pairs, List<Problem> problems)
            throws IOException {
        boolean sawBindings = false;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (!field.equals("bindings") || value != JsonToken.START_ARRAY) {
                json.skipChildren();
                continue;
            }
            sawBindings = true;
            while (json.nextToken() != JsonToken.END_ARRAY) {
                int line = line(json.currentTokenLocation());
                if (json.currentToken() != JsonToken.START_OBJECT) {
                    problems.add(new Problem(file, line, null, "a binding is not an object"));
                    json.skipChildren();
                    continue;
                }
                ListedPair pair = new WikidataBinding(file, line, JSON.readTree(json), problems).toPair();
                if (pair != null) {
                    pairs.add(pair);
                }
            }
        }
        return sawBindings;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
