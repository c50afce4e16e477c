package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.account.Role;
import org.pobratim.atlas.ActivityKind;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieState;

/**
 * The whole-tie editor over real HTTP, on the fixture: a tie's status, reasons, activity and conflicts edited as its
 * data file holds them, read back by the data files' reader and checks (problems by line and field, shown escaped),
 * a new tie proposed for a city, each accepted by a reviewer and then in the atlas.
 */
class EntryEditTest {
    private static final String TIE = "no-narvik--rs-kikinda";
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern TEXTAREA = Pattern.compile("<textarea id=\"entry\"[^>]*>([^<]*)</textarea>");

    @TempDir
    Path dir;
    RunningAtlas atlas;

    @BeforeEach
    void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), false);
        atlas.app.accounts().create("carla", Role.CONTRIBUTOR, PASSWORD, "test");
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

    private static String entry(String page) {
        Matcher m = TEXTAREA.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1).replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String version(String page) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static long proposalId(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        return Long.parseLong(answer.headers().firstValue("Location").orElseThrow()
                .substring("/en/proposals/".length()));
    }

    private void accept(long id) {
        WebUser rade = loggedIn("rade");
        String review = rade.get("/en/proposals/" + id).body();
        assertThat(rade.post("/en/proposals/" + id + "/accept", "csrf", rade.csrf("/en/proposals/" + id))
                .statusCode()).as(review).isEqualTo(303);
    }

    @Test
    void theWholeTieIsEditedAsItsDataFileHoldsItAndAcceptedAsOneRevision() {
        WebUser carla = loggedIn("carla");
        String form = carla.get("/en/tie/" + TIE + "/entry").body();
        String text = entry(form);
        assertThat(text).startsWith("city: rs-kikinda\nties:\n  - partner: no-narvik\n")
                .contains("    status:\n      state: active\n").contains("claim: \"The city's site calls");
        String edited = text.replace("      state: active\n", "      state: formal-only\n      note: \"Quiet since"
                        + " 2019 <b>really</b>\"\n")
                .replace("    conflicts:\n", "    conflicts:\n      - about: date\n        claim: \"A paper gives 1967."
                        + "\"\n        sources: [fixture-news]\n");
        edited = edited.replace("    activity:\n", "    activity:\n      - date: 2020\n        kind: exchange\n"
                + "        en: \"Pupils met.\"\n        sr-Latn: \"Đaci su se sreli.\"\n        sources: [fixture-news]\n");
        HttpResponse<String> answer = carla.post("/en/tie/" + TIE + "/entry", "csrf", carla.csrf("/en/account"),
                "version", version(form), "entry", edited, "note", "from the local paper");
        long id = proposalId(answer);
        String proposal = carla.get("/en/proposals/" + id).body();
        assertThat(proposal).contains("status.state").contains("formal-only").contains("conflicts[1].claim")
                .contains("Quiet since 2019 &lt;b&gt;really&lt;/b&gt;").doesNotContain("<b>really</b>");
        accept(id);

        Tie tie = atlas.snapshot().atlas().tie(TIE).orElseThrow();
        assertThat(tie.status().state()).isEqualTo(TieState.FORMAL_ONLY);
        assertThat(tie.status().note()).isEqualTo("Quiet since 2019 <b>really</b>");
        assertThat(tie.conflicts()).extracting(c -> c.about()).contains(ConflictTopic.DATE, ConflictTopic.KIND);
        assertThat(tie.activity()).extracting(a -> a.kind()).containsExactly(ActivityKind.VISIT,
                ActivityKind.EXCHANGE);
        assertThat(tie.reasons()).extracting(r -> r.category()).containsExactly(ReasonCategory.WAR_MEMORY);
        assertThat(atlas.get("/en/tie/" + TIE).body()).contains("Pupils met.")
                .doesNotContain("<b>really</b>");
        assertThat(entry(carla.get("/en/tie/" + TIE + "/entry").body())).contains("state: formal-only");
    }

    @Test
    void anEntryIsCheckedAsADataFileIsEveryProblemWithItsLineAndFieldShownEscaped() {
        WebUser carla = loggedIn("carla");
        String form = carla.get("/en/tie/" + TIE + "/entry").body();
        String text = entry(form);
        String csrf = carla.csrf("/en/account");
        String broken = text.replace("      state: active\n", "      state: <script>alert(1)</script>\n")
                .replace("sources: [fixture-news]\n    reasons", "sources: [no-such-source]\n    reasons")
                .replace("    agreements:\n", "    colour: red\n    agreements:\n");
        HttpResponse<String> answer = carla.post("/en/tie/" + TIE + "/entry", "csrf", csrf, "version",
                version(form), "entry", broken);
        assertThat(answer.statusCode()).isEqualTo(400);
        int colourLine = lineOf(broken, "colour: red");
        assertThat(answer.body()).contains("entry:" + colourLine + ": ties[0].colour: unknown field")
                .contains("ties[0].status.state: '&lt;script&gt;alert(1)&lt;/script&gt;' is not one of")
                .doesNotContain("<script>alert(1)</script>");
        // the text comes back as it was typed, escaped, to be put right
        assertThat(entry(answer.body())).isEqualTo(broken);

        String unknownSource = text.replace("sources: [fixture-news]\n    reasons", "sources: [no-such-source]\n"
                + "    reasons");
        assertThat(carla.post("/en/tie/" + TIE + "/entry", "csrf", csrf, "version", version(form), "entry",
                unknownSource).body()).contains("sources: no source 'no-such-source'");
        String otherTie = text.replace("partner: no-narvik", "partner: gb-coventry");
        assertThat(carla.post("/en/tie/" + TIE + "/entry", "csrf", csrf, "version", version(form), "entry",
                otherTie).body()).contains("a tie's pair cannot be changed");
        assertThat(carla.post("/en/tie/" + TIE + "/entry", "csrf", csrf, "version", version(form), "entry",
                "city: [").body()).contains("entry:1: broken YAML");
        assertThat(carla.post("/en/tie/" + TIE + "/entry", "csrf", csrf, "version", version(form), "entry",
                text).body()).contains("the proposal changes nothing");
        // nothing of it was proposed
        assertThat(carla.get("/en/proposals").body()).doesNotContain("/en/proposals/1\"");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void aNewTieIsProposedFromItsCitysPageAndIsInTheAtlasOnceAccepted() {
        assertThat(atlas.get("/en/city/rs-zemun").body()).contains("/en/ties/new?city=rs-zemun");
        WebUser carla = loggedIn("carla");
        String form = carla.get("/en/ties/new?city=rs-zemun").body();
        String text = entry(form);
        assertThat(text).startsWith("city: rs-zemun\nties:\n  - partner: \n");
        String filled = text.replace("  - partner: \n", "  - partner: jp-fujimi\n")
                .replace("sources: []", "sources: [fixture-news]").replace("date: unknown", "date: 2001-02");
        long id = proposalId(carla.post("/en/ties/new", "csrf", carla.csrf("/en/account"), "version",
                version(form), "entry", filled, "note", "a new one"));
        assertThat(atlas.snapshot().atlas().tie("jp-fujimi--rs-zemun")).isEmpty();
        assertThat(carla.get("/en/proposals/" + id).body()).contains("agreements[0].date").contains("2001-02");
        accept(id);
        assertThat(atlas.snapshot().atlas().tie("jp-fujimi--rs-zemun")).isPresent();
        assertThat(atlas.get("/en/tie/jp-fujimi--rs-zemun").statusCode()).isEqualTo(200);
        assertThat(atlas.get("/en/tie/jp-fujimi--rs-zemun/history").body()).contains("accepting proposal " + id);

        // the same pair again is not new: it exists at version 1 now
        HttpResponse<String> again = carla.post("/en/ties/new", "csrf", carla.csrf("/en/account"), "version", "0",
                "entry", filled.replace("2001-02", "2001"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(carla.get("/en/ties/new?city=xx-nowhere").statusCode()).isEqualTo(404);
        assertThat(new WebUser(atlas).post("/en/ties/new", "entry", filled).statusCode()).isEqualTo(401);
    }

    @Test
    void aCityIsEditedAsItsDataFileHoldsItWithItsHistory() {
        WebUser carla = loggedIn("carla");
        assertThat(atlas.get("/en/city/rs-kikinda").body()).contains("/en/city/rs-kikinda/entry")
                .contains("/en/city/rs-kikinda/history");
        String form = carla.get("/en/city/rs-kikinda/entry").body();
        String text = entry(form);
        assertThat(text).startsWith("- id: rs-kikinda\n  names:\n    en: \"Kikinda\"\n")
                .contains("  alternates: [\"Nagykikinda\"]\n");
        String csrf = carla.csrf("/en/account");
        String moved = text.replace("  country: RS\n", "  country: HU\n");
        assertThat(carla.post("/en/city/rs-kikinda/entry", "csrf", csrf, "version", version(form), "entry", moved)
                .body()).contains("must start with its country code");
        String renamed = text.replace("- id: rs-kikinda", "- id: rs-kikinda-new");
        assertThat(carla.post("/en/city/rs-kikinda/entry", "csrf", csrf, "version", version(form), "entry", renamed)
                .body()).contains("a city&#39;s id cannot be changed".replace("&#39;", "'"));
        String edited = text.replace("  alternates: [\"Nagykikinda\"]", "  alternates: [\"Nagykikinda\", "
                + "\"Velika Kikinda <i>old</i>\"]");
        long id = proposalId(carla.post("/en/city/rs-kikinda/entry", "csrf", csrf, "version", version(form),
                "entry", edited, "note", "an old map"));
        assertThat(carla.get("/en/proposals/" + id).body()).contains("alternates[1]")
                .contains("Velika Kikinda &lt;i&gt;old&lt;/i&gt;");
        accept(id);
        assertThat(atlas.snapshot().atlas().city("rs-kikinda").orElseThrow().alternates())
                .containsExactly("Nagykikinda", "Velika Kikinda <i>old</i>");
        assertThat(atlas.get("/en/city/rs-kikinda/history").body()).contains("accepting proposal " + id)
                .contains("alternates[1]").doesNotContain("<i>old</i>");
        assertThat(atlas.get("/en/changes").body()).contains("/en/city/rs-kikinda");
    }

    @Test
    void aNewSourceIsProposedAcceptedAndThenCitedInATie() {
        WebUser carla = loggedIn("carla");
        String form = carla.get("/en/sources/new").body();
        String text = entry(form);
        assertThat(text).startsWith("- id: \n  url: ");
        String csrf = carla.csrf("/en/account");
        assertThat(carla.post("/en/sources/new", "csrf", csrf, "version", "0", "entry", text).statusCode())
                .isEqualTo(400);
        String filled = text.replace("- id: \n", "- id: kikinda-paper-2024\n")
                .replace("url: \"https://\"", "url: \"https://example.org/paper/2024\"")
                .replace("title: \"\"", "title: \"Kikinda and Narvik renew ties\"")
                .replace("publisher: \"\"", "publisher: \"The local paper\"");
        long id = proposalId(carla.post("/en/sources/new", "csrf", csrf, "version", "0", "entry", filled));
        assertThat(carla.get("/en/proposals/" + id).body()).contains("Kikinda and Narvik renew ties");
        accept(id);
        assertThat(atlas.snapshot().atlas().sources()).containsKey("kikinda-paper-2024");
        assertThat(atlas.get("/en/source/kikinda-paper-2024").headers().firstValue("Location"))
                .hasValue("/en/source/kikinda-paper-2024/history");
        assertThat(atlas.get("/en/source/kikinda-paper-2024/history").body()).contains("accepting proposal " + id);

        String tieForm = carla.get("/en/tie/" + TIE + "/entry").body();
        String cited = entry(tieForm).replace("        sources: [fixture-news]\n    status:",
                "        sources: [fixture-news, kikinda-paper-2024]\n    status:");
        assertThat(cited).contains("kikinda-paper-2024");
        long tieProposal = proposalId(carla.post("/en/tie/" + TIE + "/entry", "csrf", csrf, "version",
                version(tieForm), "entry", cited));
        accept(tieProposal);
        assertThat(atlas.snapshot().atlas().tie(TIE).orElseThrow().sourceIds()).contains("kikinda-paper-2024");

        String sourceForm = carla.get("/en/source/kikinda-paper-2024/entry").body();
        long retiered = proposalId(carla.post("/en/source/kikinda-paper-2024/entry", "csrf", csrf, "version",
                version(sourceForm), "entry", entry(sourceForm).replace("tier: secondary", "tier: primary")));
        assertThat(carla.get("/en/proposals/" + retiered).body()).contains("tier").contains("primary");
    }

    @Test
    void aNewCityIsProposedAndOnceAcceptedATieToItCanBe() {
        WebUser carla = loggedIn("carla");
        String form = carla.get("/en/cities/new").body();
        String text = entry(form);
        String csrf = carla.csrf("/en/account");
        String filled = text.replace("- id: \n", "- id: pl-ciechanow\n").replace("en: \"\"", "en: \"Ciechanów\"")
                .replace("country: \n", "country: PL\n").replace("lat: \n", "lat: 52.88\n")
                .replace("lon: \n", "lon: 20.62\n").replace("sources: []", "sources: [fixture-news]");
        assertThat(carla.post("/en/cities/new", "csrf", csrf, "version", "0", "entry", filled.replace("PL\n",
                "DE\n")).body()).contains("must start with its country code");
        long id = proposalId(carla.post("/en/cities/new", "csrf", csrf, "version", "0", "entry", filled));
        accept(id);
        assertThat(atlas.get("/en/city/pl-ciechanow").statusCode()).isEqualTo(200);
        long tie = proposalId(carla.post("/en/ties/new", "csrf", csrf, "version", "0", "entry",
                tieEntry("rs-kikinda", "pl-ciechanow")));
        accept(tie);
        assertThat(atlas.snapshot().atlas().tie("pl-ciechanow--rs-kikinda")).isPresent();
    }

    /** A new tie's entry as a contributor types it. */
    private static String tieEntry(String home, String partner) {
        return "city: " + home + "\nties:\n  - partner: " + partner + "\n    agreements:\n      - kind: twinning\n"
                + "        date: 2003\n        sources: [fixture-news]\n";
    }
}
