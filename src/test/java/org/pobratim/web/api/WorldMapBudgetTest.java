package org.pobratim.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.read.Snapshot;
import org.pobratim.web.AtlasServer;
import org.pobratim.web.pages.PageOptions;

/**
 * The world map's size budget: the whole network after a world import (about 27,000 ties between 18,000 cities)
 * must travel in at most 1 MB gzip-compressed. Measured over loopback HTTP, as the server compresses it, on a
 * synthetic atlas of that size with realistic ids, names, coordinates and mostly listed-only ties.
 */
class WorldMapBudgetTest {
    private static final int CITIES = 18_000;
    private static final int TIES = 27_000;
    private static final int BUDGET_BYTES = 1_000_000;
    private static final String[] SYLLABLES = {"ka", "ber", "lin", "ro", "sto", "mar", "vi", "gen", "ha", "ne", "ta",
            "burg", "ville", "ri", "šo", "ze", "lo", "pol", "an", "dor", "mi", "ku", "sa", "wa", "ö", "ést", "nu", "ya"};

    @Test
    void theWholeWorldNetworkFitsInOneMegabyteGzipped() throws Exception {
        Atlas world = syntheticWorld(new Random(190));
        Snapshot snapshot = Snapshot.of(world, new org.pobratim.atlas.Gazetteer(java.util.List.of()));
        Javalin server = AtlasServer.create(() -> snapshot, PageOptions.OFFLINE).start("127.0.0.1", 0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/map/world");
            HttpResponse<byte[]> gzip = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> identity = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(gzip.statusCode()).isEqualTo(200);
            assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(gunzip(gzip.body())).isEqualTo(identity.body());
            System.out.printf("world map of %d cities, %d ties: %,d bytes, %,d gzip-compressed%n",
                    world.cities().size(), world.ties().size(), identity.body().length, gzip.body().length);
            assertThat(gzip.body().length).as("gzip-compressed bytes").isLessThanOrEqualTo(BUDGET_BYTES);
        } finally {
            server.stop();
        }
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    /** Cities in clusters around country centres; ties between random cities, hubs favoured, 85 % listed only. */
    static Atlas syntheticWorld(Random random) {
        List<Source> sources = List.of(
                new Source("city-site", "https://example.org/a", "A", null, null, LocalDate.of(2026, 1, 1), "en",
                        SourceTier.PRIMARY),
                new Source("news", "https://example.org/b", "B", null, null, LocalDate.of(2026, 1, 1), "en",
                        SourceTier.SECONDARY),
                new Source("wikidata", "https://example.org/c", "C", null, null, LocalDate.of(2026, 1, 1), "en",
                        SourceTier.LISTING));
        List<String> countries = new ArrayList<>();
        List<double[]> centres = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            countries.add("" + (char) ('a' + i / 26) + (char) ('a' + i % 26));
            centres.add(new double[] {-50 + random.nextDouble() * 110, -170 + random.nextDouble() * 340});
        }
        List<City> cities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (cities.size() < CITIES) {
            // a few countries hold most of the cities, as Germany, France and Poland do in the lists
            int c = (int) (countries.size() * Math.pow(random.nextDouble(), 2.5));
            String name = name(random);
            String id = countries.get(c) + "-" + java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase().replace("š", "s").replace(' ', '-');
            if (!ids.add(id)) {
                continue;
            }
            double lat = Math.max(-89, Math.min(89, centres.get(c)[0] + random.nextGaussian() * 4));
            double lon = Math.max(-179, Math.min(179, centres.get(c)[1] + random.nextGaussian() * 6));
            cities.add(new City(id, Map.of("en", name), null, countries.get(c).toUpperCase(),
                    new Coordinates(lat, lon), null, null, null, null, null));
        }
        Map<String, Tie> ties = new java.util.TreeMap<>();
        while (ties.size() < TIES) {
            // every city has a tie (the answer lists only those), then hubs gather more
            City a = ties.size() < CITIES ? cities.get(ties.size())
                    : cities.get((int) (CITIES * Math.pow(random.nextDouble(), 1.6)));
            City b = cities.get(random.nextInt(CITIES));
            if (a == b || ties.containsKey(Tie.idOf(a.id(), b.id()))) {
                continue;
            }
            Tie tie = random.nextInt(100) < 85
                    ? new Tie(a.id(), b.id(), List.of(), null, null, null, null,
                            List.of(new Listing("wikidata", a.displayName() + " – " + b.displayName(), null, null, null)))
                    : new Tie(a.id(), b.id(), List.of(new Agreement(AgreementKind.TWINNING, PartialDate.parse("1970"),
                            null, List.of(random.nextBoolean() ? "city-site" : "news"))), null, null, null, null);
            ties.put(tie.id(), tie);
        }
        return new Atlas(27, sources, cities, ties.values());
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        if (random.nextInt(8) == 0) {
            name.append(" an der ").append(SYLLABLES[random.nextInt(SYLLABLES.length)]).append("see");
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }
}
