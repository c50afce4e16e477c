package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.account.Role;
import org.pobratim.atlas.PartialDate;
import org.w3c.dom.Document;

/**
 * Proposals, review, history and revert over real HTTP, on the fixture's Kikinda–Narvik (friendship 1966-10-06,
 * cooperation 2017-01): a contributor proposes, another account reviews; the tie page, the history, the changelog
 * and its Atom feed follow; two editors of one tie do not lose an update.
 */
class CurationTest {
    private static final String TIE = "no-narvik--rs-kikinda";
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;
    RunningAtlas atlas;

    @BeforeEach
    void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), false);
        atlas.app.accounts().create("carla", Role.CONTRIBUTOR, PASSWORD, "test");
        atlas.app.accounts().create("dina", Role.CONTRIBUTOR, PASSWORD, "test");
        atlas.app.accounts().create("rade", Role.REVIEWER, PASSWORD, "test");
    }

    @AfterEach
    void stop() {
        atlas.close();
    }

    private WebUser loggedIn(String name) {
        WebUser user = new WebUser(atlas);
        assertThat(user.logIn(name, PASSWORD).statusCode()).isEqualTo(303);
        return user;
    }

    private static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    /** Proposes the first agreement's date through the edit form; the answer. */
    private static HttpResponse<String> proposeDate(WebUser user, String date, String version) {
        String form = user.get("/en/tie/" + TIE + "/edit").body();
        return user.post("/en/tie/" + TIE + "/proposals", "csrf", field(form, "csrf"),
                "version", version == null ? field(form, "version") : version,
                "kind.0", "friendship", "date.0", date, "sources.0", "fixture-city-site",
                "kind.1", "cooperation", "date.1", "2017-01", "sources.1", "fixture-news",
                "note", "the city's site says 1966, without a day");
    }

    private static long proposalId(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/en/proposals/");
        return Long.parseLong(location.substring("/en/proposals/".length()));
    }

    private PartialDate firstDate() {
        return atlas.snapshot().atlas().tie(TIE).orElseThrow().agreements().get(0).date();
    }

    @Test
    void aProposalIsADiffUntilAnotherAccountAcceptsItThenOneRevisionTheTiePageTheHistoryAndTheFeedShow()
            throws Exception {
        WebUser carla = loggedIn("carla");
        long id = proposalId(proposeDate(carla, "1966", null));
        assertThat(firstDate()).as("a proposal changes nothing yet").isEqualTo(PartialDate.parse("1966-10-06"));
        String page = carla.get("/en/proposals/" + id).body();
        assertThat(page).contains("<code>agreements[0].date</code>").contains("1966-10-06").contains(">1966<")
                .contains("the city&#39;s site says 1966".replace("&#39;", "'")).doesNotContain("id=\"accept\"");
        HttpResponse<String> own = carla.post("/en/proposals/" + id + "/accept", "csrf", carla.csrf("/en/account"));
        assertThat(own.statusCode()).as("a contributor cannot accept").isEqualTo(403);

        WebUser rade = loggedIn("rade");
        String review = rade.get("/en/proposals/" + id).body();
        assertThat(review).contains("id=\"accept\"");
        assertThat(rade.get("/en/proposals").body()).contains("/en/proposals/" + id);
        HttpResponse<String> noToken = rade.post("/en/proposals/" + id + "/accept");
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> accepted = rade.post("/en/proposals/" + id + "/accept", "csrf", field(review, "csrf"));
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location")).hasValue("/en/tie/" + TIE);
        assertThat(firstDate()).isEqualTo(PartialDate.parse("1966"));
        assertThat(atlas.get("/en/tie/" + TIE).body()).contains("1966").doesNotContain("6 October 1966");

        String history = atlas.get("/en/tie/" + TIE + "/history").body();
        assertThat(history).contains("rade (accepting proposal " + id + " by carla)").contains("agreements[0].date");
        String changes = atlas.get("/en/changes").body();
        assertThat(changes).contains("/en/tie/" + TIE).contains("rade (accepting proposal");
        HttpResponse<String> feed = atlas.get("/changes.atom");
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        Document atom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(atom.getDocumentElement().getNamespaceURI()).isNull(); // not namespace-aware: the name instead
        assertThat(atom.getDocumentElement().getTagName()).isEqualTo("feed");
        assertThat(atom.getElementsByTagName("entry").getLength()).isEqualTo(1);
        assertThat(atom.getElementsByTagName("summary").item(0).getTextContent())
                .contains("agreements[0].date: 1966-10-06 → 1966");
        // decided, it cannot be decided again
        assertThat(rade.post("/en/proposals/" + id + "/reject", "csrf", field(review, "csrf")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aReviewerCannotAcceptTheirOwnProposal() {
        WebUser rade = loggedIn("rade");
        long id = proposalId(proposeDate(rade, "1966", null));
        String page = rade.get("/en/proposals/" + id).body();
        assertThat(page).doesNotContain("id=\"accept\"");
        HttpResponse<String> own = rade.post("/en/proposals/" + id + "/accept", "csrf", rade.csrf("/en/account"));
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("cannot accept or reject their own proposal");
        assertThat(firstDate()).isEqualTo(PartialDate.parse("1966-10-06"));
    }

    @Test
    void twoEditorsOfOneTieTheSecondIsToldWhatChangedAndNothingIsLost() {
        WebUser carla = loggedIn("carla");
        WebUser dina = loggedIn("dina");
        String dinasForm = dina.get("/en/tie/" + TIE + "/edit").body();
        long first = proposalId(proposeDate(carla, "1966", null));
        long second = proposalId(proposeDate(dina, "1966-10", null));
        WebUser rade = loggedIn("rade");
        String review = rade.get("/en/proposals/" + first).body();
        assertThat(rade.post("/en/proposals/" + first + "/accept", "csrf", field(review, "csrf")).statusCode())
                .isEqualTo(303);
        // the second proposal was made against the version before the first was accepted
        HttpResponse<String> late = rade.post("/en/proposals/" + second + "/accept", "csrf", field(review, "csrf"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("the tie changed since version").contains("What changed meanwhile")
                .contains("agreements[0].date");
        assertThat(firstDate()).as("the first change stands").isEqualTo(PartialDate.parse("1966"));
        // and a form opened before the change is refused when sent, with what changed
        HttpResponse<String> stale = proposeDate(dina, "1966-10", field(dinasForm, "version"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("What changed meanwhile").contains("1966-10-06");
        // the second editor's proposal is still there, to be proposed again on the new version
        assertThat(atlas.app.curation().proposal(second).orElseThrow().state().code()).isEqualTo("open");
    }

    @Test
    void aRevertIsAProposalReviewedLikeAnyOther() {
        WebUser carla = loggedIn("carla");
        WebUser rade = loggedIn("rade");
        long id = proposalId(proposeDate(carla, "1966", null));
        rade.post("/en/proposals/" + id + "/accept", "csrf", field(rade.get("/en/proposals/" + id).body(), "csrf"));
        String history = atlas.get("/en/tie/" + TIE + "/history").body();
        Matcher seed = Pattern.compile("name=\"revision\" value=\"(\\d+)\"").matcher(history);
        long revision = 0;
        while (seed.find()) {
            revision = Long.parseLong(seed.group(1)); // the oldest, the seed, is listed last
        }
        String confirm = carla.get("/en/tie/" + TIE + "/revert?revision=" + revision).body();
        assertThat(confirm).contains("agreements[0].date").contains("1966-10-06");
        HttpResponse<String> proposed = carla.post("/en/tie/" + TIE + "/revert", "csrf", field(confirm, "csrf"),
                "revision", String.valueOf(revision));
        long revert = proposalId(proposed);
        assertThat(firstDate()).isEqualTo(PartialDate.parse("1966"));
        rade.post("/en/proposals/" + revert + "/accept", "csrf", field(rade.get("/en/proposals/" + revert).body(),
                "csrf"));
        assertThat(firstDate()).isEqualTo(PartialDate.parse("1966-10-06"));
        assertThat(atlas.get("/en/tie/" + TIE + "/history").body()).contains("accepting proposal " + revert);
    }

    @Test
    void badInputIsRefusedByFieldAndAnonymousOrLesserRolesChangeNothing() {
        WebUser carla = loggedIn("carla");
        HttpResponse<String> badDate = proposeDate(carla, "the sixties", null);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("date.0: &#39;the sixties&#39; is not a date".replace("&#39;", "'"));
        String form = carla.get("/en/tie/" + TIE + "/edit").body();
        HttpResponse<String> badSource = carla.post("/en/tie/" + TIE + "/proposals", "csrf", field(form, "csrf"),
                "version", field(form, "version"), "kind.0", "friendship", "date.0", "1966", "sources.0",
                "<script>x</script>", "kind.1", "cooperation", "date.1", "2017-01", "sources.1", "fixture-news");
        assertThat(badSource.statusCode()).isEqualTo(400);
        assertThat(badSource.body()).contains("no source with id").doesNotContain("<script>x");
        HttpResponse<String> badKind = carla.post("/en/tie/" + TIE + "/proposals", "csrf", field(form, "csrf"),
                "version", field(form, "version"), "kind.0", "marriage");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind.0: &#39;marriage&#39;".replace("&#39;", "'"));

        WebUser anonymous = new WebUser(atlas);
        assertThat(anonymous.get("/en/tie/" + TIE + "/edit").statusCode()).isEqualTo(303);
        for (String route : List.of("/en/tie/" + TIE + "/proposals", "/en/proposals/1/accept",
                "/en/proposals/1/reject", "/en/tie/" + TIE + "/revert")) {
            assertThat(anonymous.post(route, "csrf", "x").statusCode()).as(route).isEqualTo(401);
        }
        assertThat(carla.post("/en/proposals/1/reject", "csrf", field(form, "csrf")).statusCode()).isEqualTo(403);
        assertThat(atlas.get("/en/tie/nowhere--rs-kikinda/history").statusCode()).isEqualTo(404);
        assertThat(carla.get("/en/proposals/abc").statusCode()).isEqualTo(404);
        assertThat(atlas.app.curation().recent(10)).isEmpty();
    }

    @Test
    void withTheStoreGoneTheChangelogAndTheAccountPagesAnswer503AndTheTiePageStillReads() {
        WebUser carla = loggedIn("carla");
        WebUser stranger = new WebUser(atlas);
        String loginToken = stranger.csrf("/en/login");
        atlas.app.close();
        HttpResponse<String> account = carla.get("/en/account");
        assertThat(account.statusCode()).as("a session cannot be looked up").isEqualTo(503);
        assertThat(stranger.post("/en/login", "csrf", loginToken, "name", "rade", "password", PASSWORD)
                .statusCode()).isEqualTo(503);
        assertThat(atlas.get("/api/v1/me", "Authorization", "Bearer pbt_" + "x".repeat(43)).statusCode())
                .isEqualTo(503);
        HttpResponse<String> changes = atlas.get("/en/changes");
        assertThat(changes.statusCode()).isEqualTo(503);
        assertThat(changes.headers().firstValue("Retry-After")).isPresent();
        assertThat(changes.body()).contains("Store unavailable");
        assertThat(atlas.get("/api/v1/ties/" + TIE + "/entry").statusCode()).isEqualTo(503);
        assertThat(atlas.get("/en/tie/" + TIE).statusCode()).isEqualTo(200);
    }

    private String token(String name, org.pobratim.account.Scope... scopes) {
        var account = atlas.app.accounts().records().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow();
        return atlas.app.accounts().createToken(account, "test", java.util.Set.of(scopes));
    }

    private HttpResponse<String> postJson(String path, String token, String body) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://127.0.0.1:" + atlas.server.port() + path))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return atlas.send(request.build());
    }

    private static String body(int version, String date) {
        return "{\"version\": " + version + ", \"note\": \"from a script\", \"agreements\": ["
                + "{\"kind\": \"friendship\", \"date\": \"" + date + "\", \"sources\": [\"fixture-city-site\"]},"
                + "{\"kind\": \"cooperation\", \"date\": \"2017-01\", \"sources\": [\"fixture-news\"]}]}";
    }

    @Test
    void scriptsProposeAndReviewThroughTheApiWithTokensOfTheRightScope() {
        String propose = token("carla", org.pobratim.account.Scope.PROPOSE);
        String review = token("rade", org.pobratim.account.Scope.REVIEW);
        int version = RunningAtlas.parse(atlas.get("/api/v1/ties/" + TIE + "/history").body()).path("version").asInt();
        assertThat(version).isPositive();

        assertThat(postJson("/api/v1/ties/" + TIE + "/proposals", null, body(version, "1966")).statusCode())
                .isEqualTo(401);
        HttpResponse<String> wrongScope = postJson("/api/v1/ties/" + TIE + "/proposals", review, body(version, "1966"));
        assertThat(wrongScope.statusCode()).as("a review token cannot propose").isEqualTo(403);
        HttpResponse<String> badDate = postJson("/api/v1/ties/" + TIE + "/proposals", propose, body(version, "soon"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(RunningAtlas.parse(badDate.body()).path("parameter").asText()).isEqualTo("agreements[0].date");
        assertThat(postJson("/api/v1/ties/" + TIE + "/proposals", propose, "{not json").statusCode()).isEqualTo(400);
        assertThat(postJson("/api/v1/ties/" + TIE + "/proposals", propose, "[]").statusCode()).isEqualTo(400);

        HttpResponse<String> made = postJson("/api/v1/ties/" + TIE + "/proposals", propose, body(version, "1966"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        var proposal = RunningAtlas.parse(made.body());
        assertThat(proposal.path("changes").path(0).path("field").asText()).isEqualTo("agreements[0].date");
        assertThat(proposal.path("changes").path(0).path("after").asText()).isEqualTo("1966");
        long id = proposal.path("id").asLong();
        assertThat(made.headers().firstValue("Location")).hasValue("/api/v1/proposals/" + id);
        assertThat(postJson("/api/v1/proposals/" + id + "/accept", propose, "").statusCode()).isEqualTo(403);

        HttpResponse<String> accepted = postJson("/api/v1/proposals/" + id + "/accept", review, "");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(RunningAtlas.parse(accepted.body()).path("revision").asLong()).isPositive();
        assertThat(firstDate()).isEqualTo(PartialDate.parse("1966"));

        // the same old version again: 409, naming what changed
        HttpResponse<String> stale = postJson("/api/v1/ties/" + TIE + "/proposals", propose, body(version, "1966-10"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(RunningAtlas.parse(stale.body()).path("detail").asText()).contains("changed meanwhile")
                .contains("agreements[0].date 1966-10-06 → 1966");
        var history = RunningAtlas.parse(atlas.get("/api/v1/ties/" + TIE + "/history").body());
        assertThat(history.path("version").asInt()).isEqualTo(version + 1);
        assertThat(history.path("revisions").path(0).path("actor").asText())
                .isEqualTo("rade (accepting proposal " + id + " by carla)");
    }

    @Test
    void scriptsReadATieAsItsDataFileHoldsItAndProposeItWholeOrANewTie() throws Exception {
        String propose = token("carla", org.pobratim.account.Scope.PROPOSE);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var entry = RunningAtlas.parse(atlas.get("/api/v1/ties/" + TIE + "/entry").body());
        assertThat(entry.path("type").asText()).isEqualTo("tie");
        assertThat(entry.path("id").asText()).isEqualTo(TIE);
        String text = entry.path("entry").asText();
        assertThat(text).startsWith("city: rs-kikinda\nties:\n  - partner: no-narvik\n");
        String edited = text.replace("      state: active\n", "      state: suspended\n");
        HttpResponse<String> made = postJson("/api/v1/ties/" + TIE + "/proposals", propose, json.writeValueAsString(
                java.util.Map.of("version", entry.path("version").asInt(), "entry", edited, "note", "paper")));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(RunningAtlas.parse(made.body()).path("changes").path(0).path("field").asText())
                .isEqualTo("status.state");

        HttpResponse<String> broken = postJson("/api/v1/ties/" + TIE + "/proposals", propose, json.writeValueAsString(
                java.util.Map.of("version", entry.path("version").asInt(), "entry", edited.replace("suspended",
                        "asleep"))));
        assertThat(broken.statusCode()).isEqualTo(400);
        var problem = RunningAtlas.parse(broken.body());
        assertThat(problem.path("parameter").asText()).isEqualTo("entry");
        assertThat(problem.path("detail").asText()).contains("ties[0].status.state: 'asleep' is not one of");

        String fresh = "city: rs-zemun\nties:\n  - partner: no-narvik\n    agreements:\n      - kind: friendship\n"
                + "        date: 1990\n        sources: [fixture-news]\n";
        HttpResponse<String> added = postJson("/api/v1/ties/proposals", propose, json.writeValueAsString(
                java.util.Map.of("version", 0, "entry", fresh)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(RunningAtlas.parse(added.body()).path("record").asText()).isEqualTo("no-narvik--rs-zemun");
        assertThat(postJson("/api/v1/ties/proposals", propose, "{\"version\": 0}").statusCode()).isEqualTo(400);
        assertThat(postJson("/api/v1/ties/proposals", null, json.writeValueAsString(
                java.util.Map.of("version", 0, "entry", fresh))).statusCode()).isEqualTo(401);
    }

    @Test
    void scriptsProposeACityOrASourceAsItsDataFileHoldsIt() throws Exception {
        String propose = token("carla", org.pobratim.account.Scope.PROPOSE);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var city = RunningAtlas.parse(atlas.get("/api/v1/cities/rs-kikinda/entry").body());
        assertThat(city.path("type").asText()).isEqualTo("city");
        String text = city.path("entry").asText();
        HttpResponse<String> made = postJson("/api/v1/cities/rs-kikinda/proposals", propose, json.writeValueAsString(
                java.util.Map.of("version", city.path("version").asInt(), "entry", text.replace("\"Nagykikinda\"",
                        "\"Nagykikinda\", \"Kikinda (Banat)\""))));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(RunningAtlas.parse(made.body()).path("type").asText()).isEqualTo("city");
        assertThat(RunningAtlas.parse(made.body()).path("changes").path(0).path("field").asText())
                .isEqualTo("alternates[1]");
        HttpResponse<String> broken = postJson("/api/v1/cities/rs-kikinda/proposals", propose,
                json.writeValueAsString(java.util.Map.of("version", city.path("version").asInt(),
                        "entry", text.replace("lat: ", "lat: north "))));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(RunningAtlas.parse(broken.body()).path("detail").asText()).contains("lat: 'north");

        String source = "- id: a-new-source\n  url: \"https://example.org/new\"\n  title: \"A new source\"\n"
                + "  accessed: 2026-01-02\n  tier: secondary\n";
        HttpResponse<String> added = postJson("/api/v1/sources/proposals", propose, json.writeValueAsString(
                java.util.Map.of("version", 0, "entry", source)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(RunningAtlas.parse(added.body()).path("record").asText()).isEqualTo("a-new-source");
        assertThat(postJson("/api/v1/sources/proposals", propose, json.writeValueAsString(java.util.Map.of(
                "version", 0, "entry", source.replace("a-new-source", "fixture-news")))).statusCode())
                .as("a source the atlas has is not new").isEqualTo(409);
        assertThat(atlas.get("/api/v1/sources/fixture-news/history").statusCode()).isEqualTo(200);
        assertThat(atlas.get("/api/v1/sources/no-such/entry").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> postJson(String path, String token, String body, String ifMatch) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + atlas.server.port() + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).header("If-Match", ifMatch)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        return atlas.send(request);
    }

    @Test
    void anEntrysETagSentBackInIfMatchStandsForItsVersionAndAStaleOneIs412() throws Exception {
        String propose = token("carla", org.pobratim.account.Scope.PROPOSE);
        String review = token("rade", org.pobratim.account.Scope.REVIEW);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        HttpResponse<String> got = atlas.get("/api/v1/ties/" + TIE + "/entry");
        String etag = got.headers().firstValue("ETag").orElseThrow();
        int version = RunningAtlas.parse(got.body()).path("version").asInt();
        assertThat(etag).isEqualTo("W/\"v" + version + "\"");
        String text = RunningAtlas.parse(got.body()).path("entry").asText();
        String body = json.writeValueAsString(java.util.Map.of("entry", text.replace("state: active",
                "state: suspended")));
        HttpResponse<String> made = postJson("/api/v1/ties/" + TIE + "/proposals", propose, body, etag);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(postJson("/api/v1/proposals/" + RunningAtlas.parse(made.body()).path("id").asLong() + "/accept",
                review, "").statusCode()).isEqualTo(200);
        assertThat(atlas.get("/api/v1/ties/" + TIE + "/entry").headers().firstValue("ETag"))
                .hasValue("W/\"v" + (version + 1) + "\"");

        HttpResponse<String> stale = postJson("/api/v1/ties/" + TIE + "/proposals", propose, json.writeValueAsString(
                java.util.Map.of("entry", text.replace("state: active", "state: ended"))), etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(RunningAtlas.parse(stale.body()).path("detail").asText()).contains("changed meanwhile")
                .contains("status.state active → suspended");
        assertThat(postJson("/api/v1/ties/" + TIE + "/proposals", propose, body, "\"whatever\"").statusCode())
                .isEqualTo(400);
        HttpResponse<String> disagree = postJson("/api/v1/ties/" + TIE + "/proposals", propose,
                json.writeValueAsString(java.util.Map.of("version", 1, "entry", text)), "W/\"v2\"");
        assertThat(disagree.statusCode()).isEqualTo(400);
        assertThat(RunningAtlas.parse(disagree.body()).path("parameter").asText()).isEqualTo("version");
    }
}
