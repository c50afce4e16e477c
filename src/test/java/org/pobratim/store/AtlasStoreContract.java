package org.pobratim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.TestGazetteer;
import org.pobratim.explain.Explanations;
import org.pobratim.ingest.BundleLoader;
import org.pobratim.ingest.CountryBorders;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.ingest.InputRejected;

/** The store's behaviour, run unchanged against every database we support (see the subclasses). */
abstract class AtlasStoreContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private Database database;
    private AtlasService service;

    /** A fresh, empty database for each test. */
    abstract DatabaseConfig freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(freshDatabase());
        service = new AtlasService(database, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static final Source SOURCE = new Source("article", "https://example.org/article", "An article", null,
            null, LocalDate.parse("2026-11-01"), "en", SourceTier.SECONDARY);
    private static final City KIKINDA = city("rs-kikinda", "Kikinda", "RS", 45.83, 20.46);
    private static final City NARVIK = city("no-narvik", "Narvik", "NO", 68.44, 17.43);

    private static City city(String id, String name, String country, double lat, double lon) {
        return new City(id, Map.of("en", name), List.of(), country, new Coordinates(lat, lon), null, null, null, null,
                List.of());
    }

    private static Tie tie(City a, City b, String year) {
        return new Tie(a.id(), b.id(), List.of(new Agreement(AgreementKind.FRIENDSHIP, PartialDate.parse(year), null,
                List.of(SOURCE.id()))), null, null, null, null);
    }

    @Test
    void createsRecordsWithOneRevisionEachAndSwapsTheSnapshot() {
        Atlas before = service.current();
        ApplyResult result = service.apply(new ChangeSet(List.of(SOURCE), List.of(KIKINDA, NARVIK),
                List.of(tie(KIKINDA, NARVIK, "1966"))), "tester");

        assertThat(result).isEqualTo(new ApplyResult(4, 0, 0));
        Atlas after = service.current();
        assertThat(after).isNotSameAs(before);
        assertThat(before.ties()).isEmpty();
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.tie("rs-kikinda--no-narvik")).contains(tie(NARVIK, KIKINDA, "1966"));
        assertThat(after.city("rs-kikinda")).contains(KIKINDA);
        List<Revision> revisions = service.revisions("tie", "no-narvik--rs-kikinda");
        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("create");
            assertThat(r.actor()).isEqualTo("tester");
            assertThat(r.at()).isEqualTo(CLOCK.instant());
            assertThat(r.before()).isNull();
            assertThat(r.after()).contains("\"date\":\"1966\"");
        });
    }

    @Test
    void theSnapshotPatchedAfterAWriteIsTheOneTheStoreHolds() {
        service.apply(new ChangeSet(List.of(SOURCE), List.of(KIKINDA, NARVIK), List.of(tie(KIKINDA, NARVIK, "1966"))),
                "a");
        service.apply(new ChangeSet(List.of(), List.of(), List.of(tie(KIKINDA, NARVIK, "1967"))), "b");
        service.deleteTie(Tie.idOf(KIKINDA.id(), NARVIK.id()), "c");
        service.apply(new ChangeSet(List.of(), List.of(), List.of(tie(KIKINDA, NARVIK, "1968"))), "d");
        Atlas patched = service.current();
        Atlas loaded = new AtlasService(database, CLOCK).current();
        assertThat(patched.version()).isEqualTo(loaded.version()).isPositive();
        assertThat(patched.sources()).isEqualTo(loaded.sources());
        assertThat(patched.cities()).isEqualTo(loaded.cities());
        assertThat(patched.ties()).isEqualTo(loaded.ties());
        assertThat(patched.tie(Tie.idOf(KIKINDA.id(), NARVIK.id())).orElseThrow().established().year()).isEqualTo(1968);
    }

    @Test
    void applyingTheSameRecordsAgainChangesNothing() {
        ChangeSet changes = new ChangeSet(List.of(SOURCE), List.of(KIKINDA, NARVIK), List.of(tie(KIKINDA, NARVIK, "1966")));
        service.apply(changes, "first");
        long version = service.current().version();

        assertThat(service.apply(changes, "second")).isEqualTo(new ApplyResult(0, 0, 4));
        assertThat(service.current().version()).isEqualTo(version);
        assertThat(service.rowCount("revision")).isEqualTo(4);
    }

    @Test
    void aWriteExpectingAVersionTheRecordLeftWritesNothing() {
        service.apply(new ChangeSet(List.of(SOURCE), List.of(KIKINDA, NARVIK), List.of(tie(KIKINDA, NARVIK, "1966"))), "a");
        String tieId = Tie.idOf(KIKINDA.id(), NARVIK.id());
        // another instance on the same store moves the tie to version 2 meanwhile
        new AtlasService(database, CLOCK).apply(new ChangeSet(List.of(), List.of(), List.of(tie(KIKINDA, NARVIK,
                "1967"))), "other");
        int revisions = service.rowCount("revision");

        ChangeSet stale = new ChangeSet(List.of(), List.of(), List.of(tie(KIKINDA, NARVIK, "1968")));
        assertThatThrownBy(() -> service.apply(stale, "late", new AtlasService.Expected("tie", tieId, 1)))
                .isInstanceOfSatisfying(AtlasService.Moved.class, e -> assertThat(e.now()).isEqualTo(2));
        assertThat(service.rowCount("revision")).isEqualTo(revisions);

        service.apply(stale, "in time", new AtlasService.Expected("tie", tieId, 2));
        assertThat(service.current().tie(tieId).orElseThrow().established().year()).isEqualTo(1968);
        assertThat(service.revisions("tie", tieId)).extracting(Revision::actor).containsExactly("a", "other", "in time");
        // a record not stored yet is expected at version 0
        assertThatThrownBy(() -> service.apply(stale, "x", new AtlasService.Expected("tie", "no-such-tie", 1)))
                .isInstanceOfSatisfying(AtlasService.Moved.class, e -> assertThat(e.now()).isZero());
        assertThatThrownBy(() -> new AtlasService.Expected("revision", "1", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUpdateIsARevisionWithBeforeAndAfter() {
        service.apply(new ChangeSet(List.of(SOURCE), List.of(KIKINDA, NARVIK), List.of(tie(KIKINDA, NARVIK, "1966"))), "a");
        service.apply(new ChangeSet(List.of(), List.of(), List.of(tie(KIKINDA, NARVIK, "1967"))), "b");

        List<Revision> revisions = service.revisions("tie", "no-narvik--rs-kikinda");
        assertThat(revisions).extracting(Revision::action).containsExactly("create", "update");
        assertThat(revisions).extracting(Revision::version).containsExactly(1, 2);
        assertThat(revisions.get(1).before()).contains("\"1966\"");
        assertThat(revisions.get(1).after()).contains("\"1967\"");
        assertThat(service.current().tie("no-narvik--rs-kikinda").orElseThrow().established())
                .isEqualTo(PartialDate.year(1967));
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheStoreAsItWas() {
        service.apply(new ChangeSet(List.of(SOURCE), List.of(KIKINDA), List.of()), "a");
        long version = service.current().version();
        City unknown = city("de-nowhere", "Nowhere", "DE", 50, 10);

        // NARVIK is written first, then the tie to a city that is not in the store breaks the transaction
        assertThatThrownBy(() -> service.apply(new ChangeSet(List.of(), List.of(NARVIK),
                List.of(tie(KIKINDA, NARVIK, "1966"), tie(KIKINDA, unknown, "1970"))), "b"))
                .isInstanceOf(RuntimeException.class);

        assertThat(service.rowCount("city")).isEqualTo(1);
        assertThat(service.rowCount("tie")).isZero();
        assertThat(service.rowCount("revision")).isEqualTo(2);
        assertThat(service.current().version()).isEqualTo(version);
        assertThat(service.current().cities()).containsOnlyKeys("rs-kikinda");
    }

    @Test
    void aDeletedTieLeavesTheSnapshotButStaysInTheStoreWithItsHistory() {
        service.apply(new ChangeSet(List.of(SOURCE), List.of(KIKINDA, NARVIK), List.of(tie(KIKINDA, NARVIK, "1966"))), "a");

        assertThat(service.deleteTie("no-narvik--rs-kikinda", "b")).isTrue();
        assertThat(service.deleteTie("no-narvik--rs-kikinda", "b")).isFalse();

        assertThat(service.current().ties()).isEmpty();
        assertThat(service.rowCount("tie")).isEqualTo(1);
        assertThat(service.revisions("tie", "no-narvik--rs-kikinda")).extracting(Revision::action)
                .containsExactly("create", "delete");

        service.apply(new ChangeSet(List.of(), List.of(), List.of(tie(KIKINDA, NARVIK, "1966"))), "c");
        assertThat(service.current().ties()).containsOnlyKeys("no-narvik--rs-kikinda");
        assertThat(service.revisions("tie", "no-narvik--rs-kikinda")).extracting(Revision::action)
                .containsExactly("create", "delete", "restore");
    }

    @Test
    void aGazetteerImportIsIdempotentAndAllOrNothing(@TempDir Path dir) throws IOException {
        GazetteerService gazetteer = new GazetteerService(database, CLOCK);
        String sample = TestGazetteer.sampleDump().toString();
        assertThat(GazetteerImport.run(gazetteer, sample, "t", (r, t) -> { }))
                .isEqualTo(new GazetteerService.ImportResult(54, 0));
        assertThat(GazetteerImport.run(gazetteer, sample, "t", (r, t) -> { }))
                .isEqualTo(new GazetteerService.ImportResult(54, 54));
        assertThat(gazetteer.load().size()).isEqualTo(54);
        assertThat(gazetteer.load().named("Шабац")).extracting(p -> p.geonameId()).containsExactly(3191376L);

        Path broken = dir.resolve("broken.txt");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(TestGazetteer.sampleDump()));
        lines.add(0, "999999999\tNewtown\tNewtown\t\t10\t20\tP\tPPL\tXX\t\t\t\t\t\t5\t\t\tUTC\t2020-01-01");
        lines.add("12345\tBadtown\tBadtown\t\tnorth\t20\tP\tPPL\tXX\t\t\t\t\t\t5\t\t\tUTC\t2020-01-01");
        Files.write(broken, lines);
        assertThatThrownBy(() -> GazetteerImport.run(gazetteer, broken.toString(), "t", (r, t) -> { }))
                .isInstanceOfSatisfying(InputRejected.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(56);
                            assertThat(p.field()).isEqualTo("latitude");
                        }));
        assertThat(gazetteer.load().size()).isEqualTo(54);
        assertThat(gazetteer.load().place(999999999L)).isEmpty();
    }

    @Test
    void aWholeDatasetLoadsCompletelyAndReadsBackEqual() {
        ChangeSet bundle = BundleLoader.load(TestData.fixture(), service.current());
        ApplyResult result = service.apply(bundle, "seed");

        assertThat(result.created()).isEqualTo(bundle.sources().size() + bundle.cities().size() + bundle.ties().size());
        Atlas atlas = service.current();
        assertThat(atlas.ties().values()).containsExactlyInAnyOrderElementsOf(bundle.ties());
        assertThat(atlas.cities().values()).containsExactlyInAnyOrderElementsOf(bundle.cities());
        assertThat(atlas.sources().values()).containsExactlyInAnyOrderElementsOf(bundle.sources());
    }

    @Test
    void everyTiesExplanationAndLivenessReadBackTheSameFromTheStore() {
        ChangeSet bundle = BundleLoader.load(TestData.fixture(), service.current());
        service.apply(bundle, "seed");
        Explanations fromFiles = new Explanations(new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties()),
                CountryBorders.bundled(), 2026);
        Explanations fromStore = new Explanations(new AtlasService(database, CLOCK).current(),
                CountryBorders.bundled(), 2026);
        assertThat(bundle.cities()).anyMatch(c -> c.census() != null);
        assertThat(bundle.ties()).anyMatch(t -> t.reasons().stream().anyMatch(r -> !r.traits().isEmpty()));
        for (Tie tie : bundle.ties()) {
            Tie stored = fromStore.atlas().tie(tie.id()).orElseThrow();
            assertThat(fromStore.of(stored)).isEqualTo(fromFiles.of(tie));
            assertThat(fromStore.liveness(stored)).isEqualTo(fromFiles.liveness(tie));
        }
    }

    /**
     * The store's document format held byte for byte: the fixture's records as stored are the committed golden file
     * ({@code golden/store/documents.txt}, one {@code type id document} line per record). Renaming a field of a
     * domain record must not change what is in the database. Record anew on purpose with
     * {@code -Dpobratim.golden.update=true}.
     */
    @Test
    void storedDocumentsAreTheGoldenOnes() throws IOException {
        ChangeSet fixture = BundleLoader.load(TestData.fixture(), service.current());
        service.apply(fixture, "seed");
        StringBuilder actual = new StringBuilder();
        fixture.sources().forEach(s -> actual.append(document("source", s.id())));
        fixture.cities().forEach(c -> actual.append(document("city", c.id())));
        fixture.ties().forEach(t -> actual.append(document("tie", t.id())));
        Path golden = Path.of("src/test/resources/golden/store/documents.txt");
        if (Boolean.getBoolean("pobratim.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertThat(actual.toString()).isEqualTo(Files.readString(golden));
    }

    private static final Source LIST = new Source("a-list", "https://example.org/list", "A list of twin towns", null,
            null, LocalDate.parse("2026-11-02"), "en", SourceTier.LISTING);

    private static Tie listed(City a, City b, Listing... listings) {
        return new Tie(a.id(), b.id(), List.of(), null, null, null, null, List.of(listings));
    }

    private static ImportFinding unplaced(String source, long line, String subject) {
        return new ImportFinding(source, ImportFinding.Kind.UNPLACED, "pairs.csv", line, subject, null,
                "no place of that name", List.of("geonames:1 One (XA, 1.000, 2.000)", "geonames:2 Two (XA, 3.000, 4.000)"));
    }

    @Test
    void anImportOfListsStoresItsRecordsAndFindingsAndReadsThemBackEqual() {
        Tie tie = listed(KIKINDA, NARVIK, new Listing(LIST.id(), "Kikinda, Serbia – Narvik, Norway",
                PartialDate.year(1966), PartialDate.year(1991), "Listed with a partner elsewhere."));
        ImportFinding oneSided = new ImportFinding(LIST.id(), ImportFinding.Kind.ONE_SIDED, "p190.json", 9,
                "Kikinda (Q1) → Narvik (Q2)", "RS", "Narvik (Q2) does not state Kikinda (Q1) as its twin", List.of());

        ApplyResult result = service.applyImport(new ChangeSet(List.of(LIST), List.of(KIKINDA, NARVIK), List.of(tie)),
                List.of(LIST.id()), List.of(unplaced(LIST.id(), 4, "Atlantis"), oneSided), "importer");

        assertThat(result).isEqualTo(new ApplyResult(4, 0, 0));
        Atlas atlas = service.current();
        assertThat(atlas.ties().get(tie.id())).isEqualTo(tie);
        assertThat(atlas.ties().get(tie.id()).listedOnly()).isTrue();
        assertThat(atlas.findings(ImportFinding.Kind.UNPLACED)).containsExactly(unplaced(LIST.id(), 4, "Atlantis"));
        assertThat(atlas.findings(ImportFinding.Kind.ONE_SIDED)).containsExactly(oneSided);
    }

    @Test
    void anImportReplacesTheFindingsOfItsListsAndKeepsThoseOfOthers() {
        service.applyImport(new ChangeSet(List.of(LIST), List.of(), List.of()), List.of(LIST.id(), "other-list"),
                List.of(unplaced(LIST.id(), 4, "Atlantis"), unplaced("other-list", 2, "Lemuria")), "first");

        ApplyResult again = service.applyImport(new ChangeSet(List.of(LIST), List.of(), List.of()),
                List.of(LIST.id()), List.of(unplaced(LIST.id(), 5, "Mu")), "second");

        assertThat(again).isEqualTo(new ApplyResult(0, 0, 1));
        assertThat(service.current().findings(ImportFinding.Kind.UNPLACED)).extracting(ImportFinding::subject)
                .containsExactlyInAnyOrder("Lemuria", "Mu");
    }

    @Test
    void anImportThatFailsHalfwayWritesNeitherRecordsNorFindings() {
        service.applyImport(new ChangeSet(List.of(LIST), List.of(KIKINDA), List.of()), List.of(LIST.id()),
                List.of(unplaced(LIST.id(), 4, "Atlantis")), "first");
        long version = service.current().version();
        int revisions = service.rowCount("revision");
        City unknown = city("de-nowhere", "Nowhere", "DE", 50, 10);
        Listing listing = new Listing(LIST.id(), "Kikinda – Nowhere", null, null, null);

        assertThatThrownBy(() -> service.applyImport(new ChangeSet(List.of(), List.of(NARVIK),
                        List.of(listed(KIKINDA, NARVIK, listing), listed(KIKINDA, unknown, listing))),
                List.of(LIST.id()), List.of(unplaced(LIST.id(), 9, "Mu")), "second"))
                .isInstanceOf(RuntimeException.class);

        assertThat(service.current().version()).isEqualTo(version);
        assertThat(service.rowCount("revision")).isEqualTo(revisions);
        assertThat(service.current().cities()).containsOnlyKeys(KIKINDA.id());
        assertThat(service.current().findings(ImportFinding.Kind.UNPLACED)).extracting(ImportFinding::subject)
                .containsExactly("Atlantis");
    }

    private String document(String type, String id) {
        List<Revision> revisions = service.revisions(type, id);
        return type + " " + id + " " + revisions.get(revisions.size() - 1).after() + "\n";
    }

    @Test
    void accountsSessionsAndTokensAreKeptAndTheirSecretsOnlyAsDigestsAndHashes() {
        org.pobratim.account.Accounts accounts = new org.pobratim.account.Accounts(new AccountRepository(database),
                CLOCK);
        String password = "correct horse battery";
        org.pobratim.account.Account ada = accounts.create("Ada", org.pobratim.account.Role.ADMIN, password, "cli:test");
        assertThat(accounts.records()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Ada");
            assertThat(a.role()).isEqualTo(org.pobratim.account.Role.ADMIN);
            assertThat(a.createdAt()).isEqualTo(CLOCK.instant());
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("ada", org.pobratim.account.Role.ADMIN,
                password, "cli:test")).hasMessageContaining("taken");
        var login = (org.pobratim.account.Accounts.LoggedIn) accounts.login("ADA", password, "192.0.2.1");
        String sessionId = login.session().id();
        assertThat(accounts.session(sessionId)).map(s -> s.account().id()).contains(ada.id());
        String token = accounts.createToken(ada, "script", java.util.Set.of(org.pobratim.account.Scope.IMPORT));
        assertThat(accounts.grant(token)).map(g -> g.scopes()).contains(java.util.Set.of(
                org.pobratim.account.Scope.IMPORT));

        String stored = database.jdbi().withHandle(h -> String.join("\n",
                h.createQuery("SELECT name || ' ' || password_hash FROM account").mapTo(String.class).list())
                + "\n" + String.join("\n", h.createQuery("SELECT id_digest || ' ' || csrf FROM account_session")
                .mapTo(String.class).list())
                + "\n" + String.join("\n", h.createQuery("SELECT label || ' ' || token_digest || ' ' || scopes "
                + "FROM api_token").mapTo(String.class).list()));
        assertThat(stored).doesNotContain(password).doesNotContain(sessionId).doesNotContain(token)
                .contains("$argon2id$v=19$m=19456,t=2,p=1$")
                .contains(org.pobratim.account.Secrets.digest(token))
                .contains(org.pobratim.account.Secrets.digest(sessionId));
        long events = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account_event "
                + "WHERE actor = 'cli:test' AND action = 'created'").mapTo(Long.class).one());
        assertThat(events).isEqualTo(1);

        accounts.logout(sessionId);
        assertThat(accounts.session(sessionId)).isEmpty();
    }

    @Test
    void failedLoginsAreCountedInTheStoreForEveryInstanceOnItAndNamedOnlyByDigests() {
        org.pobratim.account.Accounts one = new org.pobratim.account.Accounts(new AccountRepository(database), CLOCK);
        String password = "correct horse battery";
        one.create("Ada", org.pobratim.account.Role.ADMIN, password, "cli:test");
        // a second instance on the same store
        org.pobratim.account.Accounts two = new org.pobratim.account.Accounts(new AccountRepository(database), CLOCK);
        for (int i = 0; i < org.pobratim.account.LoginThrottle.FREE; i++) {
            assertThat((i % 2 == 0 ? one : two).login("ada", "wrong " + i, "192.0.2.1"))
                    .isInstanceOf(org.pobratim.account.Accounts.Wrong.class);
        }
        // the clock stands still: both instances now refuse even the right password, from that address and name
        assertThat(one.login("ada", password, "192.0.2.1")).isInstanceOf(org.pobratim.account.Accounts.Throttled.class);
        assertThat(two.login("ada", password, "198.51.100.7"))
                .isInstanceOf(org.pobratim.account.Accounts.Throttled.class);
        assertThat(two.login("bob", "any", "192.0.2.1")).isInstanceOf(org.pobratim.account.Accounts.Throttled.class);
        assertThat(two.login("bob", "any", "198.51.100.7")).isInstanceOf(org.pobratim.account.Accounts.Wrong.class);

        List<String> keys = database.jdbi().withHandle(h -> h.createQuery("SELECT failure_key || ' ' || failures"
                + " FROM login_failure ORDER BY failure_key").mapTo(String.class).list());
        assertThat(keys).containsExactlyInAnyOrder(
                org.pobratim.account.Secrets.digest("name:ada") + " 3",
                org.pobratim.account.Secrets.digest("address:192.0.2.1") + " 3",
                org.pobratim.account.Secrets.digest("name:bob") + " 1",
                org.pobratim.account.Secrets.digest("address:198.51.100.7") + " 1");
    }
}
