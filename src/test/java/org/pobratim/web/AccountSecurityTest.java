package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.account.Role;
import org.pobratim.web.auth.Auth;

/**
 * Accounts over real HTTP (issue 13's security tests, for the routes that exist so far): who may reach which
 * page, CSRF on every changing form, no session fixation, escalation refused, escaping, tokens shown once. No test
 * here fails a login more than once, so that the client address's throttle (LoginThrottleHttpTest) stays out of
 * the way.
 */
class AccountSecurityTest {
    @TempDir
    static Path dir;
    static RunningAtlas atlas;
    static final String PASSWORD = "correct horse battery";

    @BeforeAll
    static void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), false);
        atlas.app.accounts().create("ada", Role.ADMIN, PASSWORD, "test");
        atlas.app.accounts().create("carla", Role.CONTRIBUTOR, PASSWORD, "test");
        atlas.app.accounts().create("rade", Role.REVIEWER, PASSWORD, "test");
    }

    @AfterAll
    static void stop() {
        atlas.close();
    }

    private static WebUser loggedIn(String name) {
        WebUser user = new WebUser(atlas);
        HttpResponse<String> answer = user.logIn(name, PASSWORD);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/en/account");
        return user;
    }

    @Test
    void anonymousRequestsReachNoAccountPageAndNoChangingRoute() {
        WebUser anonymous = new WebUser(atlas);
        for (String page : List.of("/en/account", "/en/admin/accounts", "/sr-Latn/account")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
        }
        for (String route : List.of("/en/logout", "/en/account/tokens", "/en/account/tokens/1/revoke",
                "/en/admin/accounts", "/en/admin/accounts/1/role")) {
            HttpResponse<String> answer = anonymous.post(route, "csrf", "x", "role", "admin", "name", "mallory",
                    "password", "a password long enough", "label", "x", "scope", "admin");
            assertThat(answer.statusCode()).as(route).isEqualTo(401);
        }
        assertThat(atlas.app.accounts().records()).extracting(a -> a.name()).doesNotContain("mallory");
        HttpResponse<String> me = atlas.get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
    }

    /** Every POST route the server has, with sample values in its path. */
    private static List<String> postRoutes() {
        return atlas.server.unsafe.internalRouter.allHttpHandlers().stream().map(h -> h.endpoint)
                .filter(e -> e.method == io.javalin.http.HandlerType.POST).map(e -> e.path
                        .replace("{lang}", "en").replace("{id}", "no-narvik--rs-kikinda").replace("{pid}", "1")
                        .replace("{n}", "1")).distinct().toList();
    }

    /**
     * Every changing route there is (read from the router, so that a new one is covered by itself), sent with the
     * fields an attacker would fill: refused without a session or token, refused for a contributor's session without
     * its CSRF token, and refused for a contributor on what needs a reviewer or an admin — and nothing changed.
     */
    @Test
    void everyChangingRouteRefusesAnonymousRequestsMissingCsrfTokensAndLesserRoles() {
        List<String> routes = postRoutes();
        assertThat(routes).hasSizeGreaterThan(15).contains("/api/v1/admin/import", "/en/ties/new",
                "/en/proposals/1/accept");
        String[] fields = {"csrf", "x", "role", "admin", "name", "mallory", "password", "a password long enough",
            "label", "x", "scope", "admin", "entry", "city: rs-kikinda", "version", "0", "revision", "1"};
        long revisions = atlas.app.atlas().rowCount("revision");
        WebUser anonymous = new WebUser(atlas);
        for (String route : routes) {
            int status = anonymous.post(route, fields).statusCode();
            if (route.equals("/en/login")) {
                assertThat(status).as("a login without its form's token").isEqualTo(403);
            } else {
                assertThat(status).as(route).isIn(401, 403);
            }
        }
        WebUser carla = loggedIn("carla");
        for (String route : routes) {
            if (!route.equals("/en/login")) {
                assertThat(carla.post(route, fields).statusCode()).as(route + " with a forged CSRF token")
                        .isIn(401, 403);
            }
        }
        String csrf = carla.csrf("/en/account");
        for (String route : List.of("/en/proposals/1/accept", "/en/proposals/1/reject", "/en/admin/accounts",
                "/en/admin/accounts/1/role")) {
            fields[1] = csrf;
            assertThat(carla.post(route, fields).statusCode()).as(route + " by a contributor").isEqualTo(403);
        }
        assertThat(atlas.app.atlas().rowCount("revision")).as("nothing was written").isEqualTo(revisions);
        assertThat(atlas.app.accounts().records()).extracting(a -> a.name()).doesNotContain("mallory");
    }

    @Test
    void aSessionCookieIsHttpOnlyStrictAndItsIdIsMadeAtLoginNotTakenFromTheBrowser() {
        WebUser user = new WebUser(atlas);
        user.cookies.put(Auth.SESSION_COOKIE, "planted-by-an-attacker");
        String planted = user.cookies.get(Auth.SESSION_COOKIE);
        assertThat(user.logIn("carla", PASSWORD).statusCode()).isEqualTo(303);
        String id = user.cookies.get(Auth.SESSION_COOKIE);
        assertThat(id).isNotEqualTo(planted).hasSize(43);
        String header = user.setCookieHeaders.stream().filter(h -> h.startsWith(Auth.SESSION_COOKIE + "=" + id))
                .findFirst().orElseThrow();
        assertThat(header).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/")
                .doesNotContain("Secure");
        assertThat(user.get("/en/account").body()).contains("Logged in as carla");

        // a second login gives a second id; logging out ends the session on the server, not only in the browser
        WebUser again = loggedIn("carla");
        assertThat(again.cookies.get(Auth.SESSION_COOKIE)).isNotEqualTo(id);
        String csrf = user.csrf("/en/account");
        assertThat(user.post("/en/logout", "csrf", csrf).statusCode()).isEqualTo(303);
        WebUser replay = new WebUser(atlas);
        replay.cookies.put(Auth.SESSION_COOKIE, id);
        assertThat(replay.get("/en/account").statusCode()).as("the old id after logout").isEqualTo(303);
        assertThat(again.get("/en/account").statusCode()).isEqualTo(200);
    }

    @Test
    void behindATlsProxyTheCookieIsSecure() {
        // the test server trusts no proxy: a forwarded header alone does not make the cookie Secure
        WebUser user = new WebUser(atlas);
        atlas.get("/en/login", "X-Forwarded-Proto", "https").headers().allValues("Set-Cookie")
                .forEach(h -> assertThat(h).doesNotContain("Secure"));
        assertThat(user.logIn("rade", PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void aFormWithoutItsCsrfTokenOrWithAnotherChangesNothing() {
        WebUser admin = loggedIn("ada");
        String csrf = admin.csrf("/en/admin/accounts");
        for (String token : new String[] {"", "forged", new WebUser(atlas).csrf("/en/login")}) {
            HttpResponse<String> answer = admin.post("/en/admin/accounts", "csrf", token, "name", "eve-" + token.length(),
                    "role", "admin", "password", "a password long enough");
            assertThat(answer.statusCode()).as("token '" + token + "'").isEqualTo(403);
            assertThat(answer.body()).contains("security token");
        }
        HttpResponse<String> noField = admin.post("/en/admin/accounts", "name", "eve", "role", "admin",
                "password", "a password long enough");
        assertThat(noField.statusCode()).isEqualTo(403);
        assertThat(atlas.app.accounts().records()).extracting(a -> a.name()).noneMatch(n -> n.startsWith("eve"));
        // the login form too: without the value of its own cookie it is refused
        WebUser stranger = new WebUser(atlas);
        assertThat(stranger.post("/en/login", "csrf", "guess", "name", "ada", "password", PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(stranger.cookies).doesNotContainKey(Auth.SESSION_COOKIE);
        // with it, the admin's form works
        assertThat(admin.post("/en/admin/accounts", "csrf", csrf, "name", "vera", "role", "reviewer",
                "password", "another long password").statusCode()).isEqualTo(303);
        assertThat(atlas.app.accounts().records()).extracting(a -> a.name()).contains("vera");
    }

    @Test
    void aContributorCannotReachTheAdminPagesNorMakeThemselvesReviewerOrAdmin() {
        WebUser carla = loggedIn("carla");
        String csrf = carla.csrf("/en/account");
        long carlaId = atlas.app.accounts().records().stream().filter(a -> a.name().equals("carla")).findFirst()
                .orElseThrow().id();
        assertThat(carla.get("/en/admin/accounts").statusCode()).isEqualTo(403);
        for (String role : List.of("reviewer", "admin")) {
            HttpResponse<String> answer = carla.post("/en/admin/accounts/" + carlaId + "/role", "csrf", csrf,
                    "role", role);
            assertThat(answer.statusCode()).isEqualTo(403);
        }
        assertThat(carla.post("/en/admin/accounts", "csrf", csrf, "name", "carla2", "role", "admin",
                "password", "a password long enough").statusCode()).isEqualTo(403);
        // nor give a token more than the role allows
        HttpResponse<String> token = carla.post("/en/account/tokens", "csrf", csrf, "label", "script",
                "scope", "admin");
        assertThat(token.statusCode()).isEqualTo(400);
        assertThat(token.body()).contains("a contributor cannot give a token the scope");
        assertThat(atlas.app.accounts().records()).filteredOn(a -> a.name().equals("carla"))
                .extracting(a -> a.role()).containsExactly(Role.CONTRIBUTOR);
        assertThat(carla.get("/en/account").body()).doesNotContain("/en/admin/accounts");
    }

    @Test
    void anAdminChangesARoleAndThatAccountsSessionsEnd() {
        atlas.app.accounts().create("mira", Role.CONTRIBUTOR, PASSWORD, "test");
        WebUser mira = loggedIn("mira");
        WebUser admin = loggedIn("ada");
        long id = atlas.app.accounts().records().stream().filter(a -> a.name().equals("mira")).findFirst()
                .orElseThrow().id();
        assertThat(admin.post("/en/admin/accounts/" + id + "/role", "csrf", admin.csrf("/en/admin/accounts"),
                "role", "reviewer").statusCode()).isEqualTo(303);
        assertThat(admin.get("/en/admin/accounts").body()).contains("<option value=\"reviewer\" selected>");
        assertThat(mira.get("/en/account").statusCode()).as("logged out by the change").isEqualTo(303);
        assertThat(loggedIn("mira").get("/en/account").body()).contains("reviewer");
        // an admin cannot demote themselves (there would be no admin left to undo it)
        long adaId = atlas.app.accounts().records().stream().filter(a -> a.name().equals("ada")).findFirst()
                .orElseThrow().id();
        HttpResponse<String> self = admin.post("/en/admin/accounts/" + adaId + "/role", "csrf",
                admin.csrf("/en/admin/accounts"), "role", "contributor");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("cannot take away their own admin role");
    }

    @Test
    void anAdminDisablesAnAccountItsSessionAndTokensStopAndItCannotLogInUntilEnabled() {
        var nina = atlas.app.accounts().create("nina", Role.REVIEWER, PASSWORD, "test");
        String token = atlas.app.accounts().createToken(nina, "script", java.util.Set.of(
                org.pobratim.account.Scope.REVIEW));
        WebUser session = loggedIn("nina");
        WebUser admin = loggedIn("ada");
        assertThat(admin.post("/en/admin/accounts/" + nina.id() + "/disabled", "csrf",
                admin.csrf("/en/admin/accounts"), "disabled", "true").statusCode()).isEqualTo(303);
        assertThat(admin.get("/en/admin/accounts").body()).contains("<td>nina</td>").contains("disabled");
        assertThat(session.get("/en/account").statusCode()).as("its session ended").isEqualTo(303);
        assertThat(atlas.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
        WebUser again = new WebUser(atlas);
        assertThat(again.logIn("nina", PASSWORD).statusCode()).as("the right password, refused").isNotEqualTo(303);

        assertThat(admin.post("/en/admin/accounts/" + nina.id() + "/disabled", "csrf",
                admin.csrf("/en/admin/accounts"), "disabled", "false").statusCode()).isEqualTo(303);
        assertThat(atlas.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        long adaId = atlas.app.accounts().records().stream().filter(a -> a.name().equals("ada")).findFirst()
                .orElseThrow().id();
        HttpResponse<String> self = admin.post("/en/admin/accounts/" + adaId + "/disabled", "csrf",
                admin.csrf("/en/admin/accounts"), "disabled", "true");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("cannot disable their own account");
        assertThat(admin.post("/en/admin/accounts/" + nina.id() + "/disabled", "csrf",
                admin.csrf("/en/admin/accounts"), "disabled", "maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void whatAUserTypesComesBackEscapedAndAnAccountNameCannotBeMarkup() {
        WebUser rade = loggedIn("rade");
        String csrf = rade.csrf("/en/account");
        String payload = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        assertThat(rade.post("/en/account/tokens", "csrf", csrf, "label", payload, "scope", "review").statusCode())
                .isEqualTo(201);
        String page = rade.get("/en/account").body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("<td>&lt;script&gt;alert('x')&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;</td>");
        String sql = "x'); DROP TABLE account; --";
        assertThat(rade.post("/en/account/tokens", "csrf", csrf, "label", sql, "scope", "review").statusCode())
                .isEqualTo(201);
        assertThat(rade.get("/en/account").body()).contains("<td>x'); DROP TABLE account; --</td>");
        assertThat(atlas.app.accounts().records()).isNotEmpty();

        WebUser admin = loggedIn("ada");
        HttpResponse<String> markup = admin.post("/en/admin/accounts", "csrf", admin.csrf("/en/admin/accounts"),
                "name", payload, "role", "contributor", "password", "a password long enough");
        assertThat(markup.statusCode()).isEqualTo(400);
        assertThat(markup.body()).contains("name: a name is 3 to 50").doesNotContain("<script>alert");
        // the login form shows a name typed back escaped
        WebUser stranger = new WebUser(atlas);
        HttpResponse<String> typed = stranger.logIn(payload, "whatever it is");
        assertThat(typed.statusCode()).isEqualTo(401);
        assertThat(typed.body()).doesNotContain("<script>alert")
                .contains("value=\"&lt;script>alert(&#39;x&#39;)&lt;/script>&#34;>&lt;img src=x onerror=alert(1)>\"");
    }

    @Test
    void aTokenIsShownOnceAndGrantsAtMostItsScopesUntilRevoked() {
        WebUser rade = loggedIn("rade");
        HttpResponse<String> made = rade.post("/en/account/tokens", "csrf", rade.csrf("/en/account"),
                "label", "nightly import", "scope", "review", "scope", "propose");
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(made.headers().firstValue("Cache-Control")).hasValue("no-store");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<code id=\"new-token\">(pbt_[A-Za-z0-9_-]{43})</code>")
                .matcher(made.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(rade.get("/en/account").body()).contains("nightly import").doesNotContain(token);

        HttpResponse<String> me = atlas.get("/api/v1/me", "Authorization", "Bearer " + token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(RunningAtlas.parse(me.body()).path("name").asText()).isEqualTo("rade");
        assertThat(RunningAtlas.parse(me.body()).path("via").asText()).isEqualTo("token");
        assertThat(RunningAtlas.parse(me.body()).path("scopes").toString()).isEqualTo("[\"propose\",\"review\"]");
        assertThat(me.body()).doesNotContain(token);
        assertThat(atlas.get("/api/v1/me", "Authorization", "Bearer pbt_" + "x".repeat(43)).statusCode())
                .isEqualTo(401);

        // revoked, it grants nothing
        long id = atlas.app.accounts().tokens(atlas.app.accounts().records().stream()
                .filter(a -> a.name().equals("rade")).findFirst().orElseThrow()).stream()
                .filter(t -> t.label().equals("nightly import")).findFirst().orElseThrow().id();
        assertThat(rade.post("/en/account/tokens/" + id + "/revoke", "csrf", rade.csrf("/en/account")).statusCode())
                .isEqualTo(303);
        assertThat(atlas.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }
}
