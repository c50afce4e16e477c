package org.pobratim.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the name of a first-level division (a US state, a German Land, an Australian state, a Canadian province)
 * to its GeoNames admin1 code, from {@code names/regions.tsv}. Lists qualify namesakes with them
 * ("Salisbury, Maryland", "Langen (Hessen)"); a region is only looked for among the countries a name is stated to
 * be in, so "Georgia" next to "United States" is the state and never the country.
 */
public final class RegionResolver {
    private static final String REGIONS = "/names/regions.tsv";

    /** A first-level division: its country, its GeoNames admin1 code, its name as the table gives it first. */
    public record Region(String country, String admin1, String name, long capitalGeonameId) {
    }

    private final Map<String, List<Region>> byFoldedName;
    private final List<Region> regions;

    private RegionResolver(Map<String, List<Region>> byFoldedName, List<Region> regions) {
        this.byFoldedName = byFoldedName;
        this.regions = List.copyOf(regions);
    }

    /** The bundled table. */
    public static RegionResolver standard() {
        Map<String, List<Region>> names = new HashMap<>();
        List<Region> all = new ArrayList<>();
        try (InputStream in = RegionResolver.class.getResourceAsStream(REGIONS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + REGIONS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 5) {
                    throw new IllegalStateException(REGIONS + ":" + number + ": expected 5 tab-separated cells, found "
                            + cells.length);
                }
                String[] regionNames = cells[4].split("\\|");
                Region region = new Region(cells[0], cells[1], regionNames[0], Long.parseLong(cells[2]));
                all.add(region);
                for (String name : regionNames) {
                    names.computeIfAbsent(NameFolding.fold(name), k -> new ArrayList<>()).add(region);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RegionResolver(names, all);
    }

    /** The division of one of {@code countries} that {@code text} names, if exactly one does. */
    public Optional<Region> resolve(String text, Set<String> countries) {
        if (text == null || countries.isEmpty()) {
            return Optional.empty();
        }
        List<Region> found = byFoldedName.getOrDefault(NameFolding.fold(text), List.of()).stream()
                .filter(r -> countries.contains(r.country())).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every division in the table. */
    public List<Region> regions() {
        return regions;
    }
}
