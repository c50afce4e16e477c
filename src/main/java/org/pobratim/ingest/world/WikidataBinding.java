package org.pobratim.ingest.world;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.PartialDate;
import org.pobratim.ingest.Problem;

/**
 * One binding (row) of {@link WikidataSparql#QUERY}'s results turned into a listed pair, or into the problems that
 * keep it from being one. Each variable is checked even after the first problem, so a row reports all it has.
 */
final class WikidataBinding {
    private static final Pattern ENTITY = Pattern.compile("https?://www\\.wikidata\\.org/entity/(Q[1-9][0-9]*)");
    /** WKT as Wikidata writes it, {@code Point(lon lat)}, with the globe's IRI first when it is not Earth. */
    private static final Pattern POINT = Pattern.compile(
            "\\s*(?:<([^>]*)>\\s*)?point\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final String EARTH = "http://www.wikidata.org/entity/Q2";
    /** An xsd:dateTime; its year may have a sign and more than four digits. */
    private static final Pattern DATE_TIME = Pattern.compile("([+-]?[0-9]{4,})-[0-9]{2}-[0-9]{2}(?:T.*)?");
    private static final Pattern ISO_COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final String file;
    private final int line;
    private final JsonNode binding;
    private final List<Problem> problems;

    WikidataBinding(String file, int line, JsonNode binding, List<Problem> problems) {
        this.file = file;
        this.line = line;
        this.binding = binding;
        this.problems = problems;
    }

    /** The pair, or null when something is wrong with the row (then the problems list says what). */
    ListedPair toPair() {
        int before = problems.size();
        ListedPlace item = place("item");
        ListedPlace partner = place("partner");
        PartialDate start = year("start");
        PartialDate end = year("end");
        String reference = text("ref");
        if (problems.size() > before || item == null || partner == null) {
            return null;
        }
        return new ListedPair(file, line, item, partner, start, end, reference);
    }

    /** One side: {@code item} or {@code partner}, with its variables named after it. */
    private ListedPlace place(String side) {
        String qid = qid(side);
        String en = text(side + "LabelEn");
        String sr = text(side + "LabelSr");
        String srLatn = text(side + "LabelSrLatn");
        Map<String, String> labels = new HashMap<>();
        if (en != null) {
            labels.put("en", en);
        }
        if (srLatn != null) {
            labels.put("sr-Latn", srLatn);
        }
        String srScript = sr == null ? null : serbianScript(sr);
        if (srScript != null) {
            labels.putIfAbsent(srScript, sr);
        }
        String name = en != null ? en : srLatn != null ? srLatn : sr;
        if (name == null) {
            problem(side + "Label", "has none of " + side + "LabelEn, " + side + "LabelSr, " + side
                    + "LabelSrLatn: a place needs a name");
        }
        String country = country(side + "Country");
        Coordinates point = point(side + "Coord");
        Long population = population(side + "Population");
        if (qid == null || name == null) {
            return null;
        }
        return new ListedPlace(name, country, qid, point, population, labels);
    }

    private String qid(String variable) {
        JsonNode term = binding.get(variable);
        if (term == null || term.isNull()) {
            problem(variable, "is missing");
            return null;
        }
        String value = term.path("value").asText("");
        Matcher m = ENTITY.matcher(value.strip());
        if (!"uri".equals(term.path("type").asText()) || !m.matches()) {
            problem(variable, "'" + value + "' is not a Wikidata item URI (http://www.wikidata.org/entity/Q…)");
            return null;
        }
        return m.group(1);
    }

    /** The value of a variable (literal or URI), stripped, or null when the row leaves it unbound or blank. */
    private String text(String variable) {
        JsonNode term = binding.get(variable);
        if (term == null || term.isNull()) {
            return null;
        }
        String value = term.path("value").asText("").strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * The tag for Wikidata's plain {@code sr} label: it is usually Cyrillic but sometimes Latin; a label in both
     * scripts, or in neither, is kept under none.
     */
    private static String serbianScript(String label) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                cyrillic |= script == Character.UnicodeScript.CYRILLIC;
                latin |= script == Character.UnicodeScript.LATIN;
            }
        }
        return cyrillic == latin ? null : cyrillic ? "sr-Cyrl" : "sr-Latn";
    }

    private String country(String variable) {
        String code = text(variable);
        if (code == null) {
            return null;
        }
        if (!ISO_COUNTRY.matcher(code).matches()) {
            problem(variable, "'" + code + "' is not an ISO 3166-1 alpha-2 code");
            return null;
        }
        return code.toUpperCase(Locale.ROOT);
    }

    private Coordinates point(String variable) {
        String wkt = text(variable);
        if (wkt == null) {
            return null;
        }
        Matcher m = POINT.matcher(wkt);
        if (!m.matches()) {
            problem(variable, "'" + wkt + "' is not a WKT Point(lon lat)");
            return null;
        }
        if (m.group(1) != null && !m.group(1).equals(EARTH)) {
            problem(variable, "'" + wkt + "' is not on Earth");
            return null;
        }
        try {
            return new Coordinates(Double.parseDouble(m.group(3)), Double.parseDouble(m.group(2)));
        } catch (IllegalArgumentException e) { // NumberFormatException is one
            problem(variable, "'" + wkt + "' is not a point: " + e.getMessage());
            return null;
        }
    }

    private Long population(String variable) {
        String amount = text(variable);
        if (amount == null) {
            return null;
        }
        try {
            BigDecimal people = new BigDecimal(amount);
            if (people.signum() < 0) {
                throw new ArithmeticException("negative");
            }
            return people.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(variable, "'" + amount + "' is not a whole number of people");
            return null;
        }
    }

    /**
     * The year of an xsd:dateTime, at year precision: the results carry no precision, and Wikidata pads a time
     * known to the year with January 1st, so a month and day here may not be true. A term that is not a literal is
     * Wikidata's "unknown value": a date that exists but is not known.
     */
    private PartialDate year(String variable) {
        JsonNode term = binding.get(variable);
        String value = text(variable);
        if (value == null || !term.path("type").asText().contains("literal")) {
            return PartialDate.UNKNOWN;
        }
        Matcher m = DATE_TIME.matcher(value);
        if (!m.matches()) {
            problem(variable, "'" + value + "' is not an xsd:dateTime (1966-01-01T00:00:00Z)");
            return PartialDate.UNKNOWN;
        }
        try {
            return PartialDate.year(Integer.parseInt(m.group(1)));
        } catch (IllegalArgumentException e) { // also a year too long for an int
            problem(variable, "'" + value + "': " + e.getMessage());
            return PartialDate.UNKNOWN;
        }
    }

    private void problem(String variable, String message) {
        problems.add(new Problem(file, line, variable, message));
    }
}
