package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pobratim.TestData;
import org.pobratim.TestGazetteer;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.names.CountryResolver;
import org.pobratim.names.RegionResolver;

/** Resolution over the fixture atlas and a real GeoNames excerpt, on the clashes real datasets got wrong. */
class EntityResolverTest {
    static EntityResolver resolver;

    @BeforeAll
    static void build() {
        ChangeSet bundle = BundleLoader.load(TestData.fixture(), Atlas.empty());
        Atlas atlas = new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties());
        resolver = new EntityResolver(atlas, TestGazetteer.sample(), CountryResolver.standard(),
                RegionResolver.standard());
    }

    @Test
    void montanaInBulgariaIsTheBulgarianTown() {
        Resolution montana = resolver.resolve("Montana", "Bulgaria");
        assertThat(montana.resolved()).isTrue();
        assertThat(montana.match().name()).isEqualTo("Montana");
        assertThat(montana.match().country()).isEqualTo("BG");
        assertThat(montana.confidence()).isGreaterThanOrEqualTo(EntityResolver.THRESHOLD);
    }

    @Test
    void borInSerbiaIsTheSerbianTownNotTheTurkishOneAndAnAtlasCityIsItself() {
        Resolution bor = resolver.resolve("Bor", "Serbia");
        assertThat(bor.resolved()).isTrue();
        assertThat(bor.match().id()).isEqualTo("geonames:792456");
        assertThat(bor.reason()).contains("gazetteer place");
        Resolution kikinda = resolver.resolve("Kikinda", "Serbia");
        assertThat(kikinda.match().id()).isEqualTo("rs-kikinda");
        assertThat(kikinda.reason()).contains("atlas city");
        assertThat(resolver.resolve("Bor", "Turkey").match().id()).isEqualTo("geonames:320871");
    }

    @Test
    void aPlaceFoundOnlyOutsideItsStatedCountryIsFlaggedNotAccepted() {
        Resolution narvik = resolver.resolve("Narvik", "Sweden");
        assertThat(narvik.resolved()).isFalse();
        assertThat(narvik.flags()).anySatisfy(f -> assertThat(f).contains("only outside").contains("SE"));
        assertThat(narvik.candidates()).extracting(PlaceCandidate::id).containsExactly("no-narvik");
    }

    @Test
    void aQualifierInParenthesesPicksTheNamesakeNearIt() {
        Resolution zemun = resolver.resolve("Zemun (Belgrade)", "Serbia");
        assertThat(zemun.resolved()).isTrue();
        assertThat(zemun.match().name()).isEqualTo("Zemun");
        assertThat(zemun.match().country()).isEqualTo("RS");
        Resolution reunion = resolver.resolve("Saint-Denis (Réunion)", "France");
        assertThat(reunion.match().id()).isEqualTo("geonames:935264");
        assertThat(resolver.resolve("Saint-Denis", "France").match().id()).isEqualTo("geonames:2980916");
    }

    @Test
    void regionsAndUnknownNamesStayUnresolvedWithAReason() {
        Resolution county = resolver.resolve("Coventry District", "England");
        assertThat(county.resolved()).isFalse();
        assertThat(county.reason()).contains("region");
        Resolution nowhere = resolver.resolve("Atlantis", "Greece");
        assertThat(nowhere.resolved()).isFalse();
        assertThat(nowhere.reason()).isEqualTo("no place of that name");
    }

    @Test
    void namesakesOfSimilarSizeAreAmbiguousAndComeWithCandidates() {
        Resolution springfield = resolver.resolve("Springfield", "United States");
        assertThat(springfield.resolved()).isFalse();
        assertThat(springfield.reason()).startsWith("ambiguous");
        assertThat(springfield.candidates()).hasSize(5).allSatisfy(c -> assertThat(c.country()).isEqualTo("US"));
    }

    @Test
    void aStateOrLandQualifierPicksTheNamesakeInThatDivision() {
        Resolution illinois = resolver.resolve("Springfield, Illinois", "United States");
        assertThat(illinois.match().id()).isEqualTo("geonames:4250542");
        assertThat(illinois.reason()).contains("in Illinois (US-IL)");
        assertThat(resolver.resolve("Springfield (Massachusetts)", "USA").match().id()).isEqualTo("geonames:4951788");
        // next to "United States", Georgia is the state, not the country
        assertThat(resolver.resolve("Springfield, Georgia", "United States").match().id())
                .isEqualTo("geonames:4224162");
        // a town the division does not have is not taken from another one
        Resolution connecticut = resolver.resolve("Coventry, Connecticut", "United States");
        assertThat(connecticut.resolved()).isFalse();
        assertThat(connecticut.reason()).isEqualTo("no place of that name in the stated region Connecticut");
        assertThat(connecticut.candidates()).extracting(PlaceCandidate::id).containsExactly("geonames:5221637");
    }

    @Test
    void namesakesNextToEachOtherAreOnePlaceAndPartsOfAMergedNameCorroborate() {
        // GeoNames lists Sendai twice (the city and its municipality's seat) 1.3 km apart: not a rival
        Resolution sendai = resolver.resolve("Sendai", "Japan");
        assertThat(sendai.resolved()).isTrue();
        assertThat(sendai.match().id()).isIn("geonames:2111149", "geonames:8555918");
        // Fishguard and Goodwick are the two halves of one town: the bigger half, not an ambiguity
        Resolution fishguard = resolver.resolve("Fishguard and Goodwick", "Wales");
        assertThat(fishguard.resolved()).isTrue();
        assertThat(fishguard.match().id()).isEqualTo("geonames:2649372");
        // far-apart namesakes of similar size still are rivals
        assertThat(resolver.resolve("Springfield", "United States").resolved()).isFalse();
    }

    @Test
    void englandAndSpellingVariantsResolve() {
        assertThat(resolver.resolve("Coventry", "England, United Kingdom").match().id()).isEqualTo("gb-coventry");
        assertThat(resolver.resolve("Sabac", "Srbija").match().id()).isEqualTo("rs-sabac");
        assertThat(resolver.resolve("Шабац", "Србија").match().id()).isEqualTo("rs-sabac");
        assertThat(resolver.resolve("Kragujevc", "Serbia").resolved()).isFalse(); // no near spellings given here
        assertThat(resolver.resolve("Kragujevac", "Serbia").match().name()).isEqualTo("Kragujevac");
    }

    @Test
    void qualifiedNamesAreTakenApart() {
        QualifiedName zemun = QualifiedName.parse("Zemun (Belgrade)");
        assertThat(zemun.base()).isEqualTo("Zemun");
        assertThat(zemun.qualifiers()).containsExactly("Belgrade");
        assertThat(QualifiedName.parse("Coventry, Connecticut").qualifiers()).containsExactly("Connecticut");
        assertThat(QualifiedName.parse("Amberg-Sulzbach (district)").region()).isTrue();
        assertThat(QualifiedName.parse("Erbach an der Donau").variants()).contains("Erbach");
        assertThat(QualifiedName.parse("St. Ives").variants()).contains("Saint Ives");
        assertThat(QualifiedName.parse("Geldrop-Mierlo").variants()).contains("Geldrop", "Mierlo");
        // the parts of a district name are names too, without the district's number
        // "City – district": the district is the more precise name, so it is looked up first
        assertThat(QualifiedName.parse("Vienna 1 – Innere Stadt").variants())
                .containsExactly("Vienna 1 – Innere Stadt", "Innere Stadt", "Vienna");
        assertThat(QualifiedName.parse("Geldrop and Mierlo").variants())
                .startsWith("Geldrop and Mierlo", "Geldrop", "Mierlo");
    }
}
