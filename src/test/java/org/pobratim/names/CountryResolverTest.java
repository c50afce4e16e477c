package org.pobratim.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryResolverTest {
    private final CountryResolver countries = CountryResolver.standard();

    private Set<String> codes(String text) {
        return countries.resolve(text).map(CountryMatch::codes).orElse(Set.of());
    }

    @Test
    void resolvesNamesRegionsAndSpellings() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("England", "GB"), Map.entry("England, United Kingdom", "GB"), Map.entry("Wales", "GB"),
                Map.entry("Scotland, United Kingdom", "GB"), Map.entry("Bosnia and Hercegovina", "BA"),
                Map.entry("Bosnia and Herzegovina", "BA"), Map.entry("Algarve, Portugal", "PT"),
                Map.entry("Brandenburg, Germany", "DE"), Map.entry("Republic of Korea", "KR"),
                Map.entry("South Korea", "KR"), Map.entry("Grčka", "GR"), Map.entry("Грчка", "GR"),
                Map.entry("grcka", "GR"), Map.entry("Nemačka", "DE"), Map.entry("Немачка", "DE"),
                Map.entry("Republic of Ireland", "IE"), Map.entry("Czech Republic", "CZ"), Map.entry("Russia", "RU"),
                Map.entry("North Macedonia", "MK"), Map.entry("Macedonia", "MK"), Map.entry("Turkey", "TR"),
                Map.entry("United States", "US"), Map.entry("New York, United States", "US"), Map.entry("SRB", "RS"),
                Map.entry("rs", "RS"), Map.entry("Kosovo", "XK"), Map.entry("Palestine", "PS"),
                Map.entry("Griechenland", "GR"), Map.entry("Republika Srpska", "BA"));
        cases.forEach((text, code) -> assertThat(codes(text)).as(text).containsExactly(code));
    }

    @Test
    void aTerritoryWrittenWithItsStateAllowsBoth() {
        assertThat(codes("Réunion, France")).containsExactlyInAnyOrder("RE", "FR");
        assertThat(codes("Åland Islands, Finland")).containsExactlyInAnyOrder("AX", "FI");
    }

    @Test
    void historicalStatesCoverTheirSuccessorsAndSayWhy() {
        assertThat(codes("Yugoslavia")).contains("RS", "HR", "BA", "SI", "MK", "ME");
        assertThat(codes("Czechoslovakia")).containsExactlyInAnyOrder("CZ", "SK");
        assertThat(codes("East Germany")).containsExactly("DE");
        assertThat(countries.resolve("Crimea").orElseThrow().how()).contains("UA").contains("annexed");
    }

    @Test
    void aMisspeltCountryIsReadWithANote() {
        assertThat(codes("Kazakhstah")).containsExactly("KZ");
        assertThat(countries.resolve("Japa").orElseThrow().how()).contains("misspelt");
        assertThat(codes("Saint Kitts and Nevis")).containsExactly("KN");
    }

    @Test
    void anExactReadingNeverGuessesAMisspelling() {
        assertThat(countries.resolve("Cologne")).isPresent(); // read as a misspelt "Pologne"
        assertThat(countries.resolveExactly("Cologne")).isEmpty();
        assertThat(countries.resolveExactly("Réunion")).map(CountryMatch::codes).contains(Set.of("RE"));
    }

    @Test
    void aStateAllowsItsOverseasTerritories() {
        assertThat(countries.withDependencies(Set.of("FR"))).contains("FR", "GF", "RE");
        assertThat(countries.withDependencies(Set.of("RS"))).containsExactly("RS");
    }

    @Test
    void unknownTextIsEmpty() {
        assertThat(countries.resolve("Atlantis")).isEmpty();
        assertThat(countries.resolve("")).isEmpty();
        assertThat(countries.resolve(",,,")).isEmpty();
    }
}
