package org.pobratim.web.pages;

import java.util.List;

/** What the templates show: plain values, already in the page's language. */
final class Views {
    private Views() {
    }

    /** What every page has: language, title, description, the language switch, the search box. */
    record Chrome(PageText text, String title, String description, String path, String tileUrl,
                  String tileAttribution) {
        String t(String key, Object... arguments) {
            return text.t(key, arguments);
        }

        String lang() {
            return text.lang().tag();
        }

        String href(String pagePath) {
            return text.href(pagePath);
        }

        List<Link> languages() {
            return java.util.Arrays.stream(Lang.values())
                    .map(l -> new Link("/" + l.tag() + path, l.selfName(), l == text.lang(), l.tag()))
                    .toList();
        }
    }

    record Link(String href, String text, boolean current, String lang) {
        Link(String href, String text) {
            this(href, text, false, null);
        }
    }

    record Option(String value, String label, boolean selected) {
    }

    record Filter(String name, String label, List<Option> options) {
    }

    record TieRow(String href, Link home, Link partner, Link country, String year, String kind, String status,
                  String reasons, int sources, String tier) {
    }

    record UnplacedRow(String name, String country, String reason, String candidates, String list, long line) {
    }

    record UnplacedPage(Chrome chrome, String query, List<UnplacedRow> rows, String count, String previous,
                        String next, String pageOf) {
    }

    /** A settlement of a unit, with its own ties. */
    record SettlementTies(Link city, List<TieRow> ties) {
    }

    record Story(String href, String title, String category, String narrative, String year) {
    }

    /** The home page; {@code mapSrc}: where its map's data is fetched from (see {@link HomeModel#mapJson}). */
    record Home(Chrome chrome, List<Filter> filters, boolean filtered, String counts, String mapSrc,
                List<TieRow> ties, Story featured, Pager pager) {
    }

    /** Where a paged table stands ("ties 51–100 of 441") and the links to the pages before and after (or null). */
    record Pager(String position, String previous, String next) {
    }

    record Fact(String label, String value) {
    }

    record Cousin(Link city, Link country, String shared) {
    }

    record CityPage(Chrome chrome, String name, List<Fact> names, List<Fact> facts, Link parent, String kosovoNote,
                    String mapJson, List<TieRow> family, List<SettlementTies> settlements, String timelineSvg,
                    String unknownYears, List<Cousin> cousins, String newTieHref) {
    }

    record SourceItem(String id, String url, String title, String publisher, String published, String accessed) {
    }

    record Line(String date, String label, String text, List<String> sources) {
    }

    record TiePage(Chrome chrome, Link a, Link b, Link countryA, Link countryB, String distance, String established,
                   String evidence, List<Line> agreements, Line status, List<Story> reasons, List<Line> activity,
                   List<Line> conflicts, List<Line> listings, List<SourceItem> sources, String mapJson,
                   ExplainPanel explanation, String livenessLabel, String liveness) {
    }

    /** The "Why are they twins?" panel: the score, how the tie is explained, and each feature's line. */
    record ExplainPanel(String score, String basis, List<FeatureRow> features) {
    }

    record FeatureRow(String label, String evidence, String points, List<String> sources) {
    }

    record CountryPage(Chrome chrome, String countryName, String summary, String mapJson, List<TieRow> ties) {
    }

    /** A download: the format's code, the file it is saved as, its address, and what it is for. */
    record DownloadRow(String code, String fileName, String href, String what) {
    }

    /** A file of the latest release: its name, address, SHA-256 (empty for the checksums file) and size. */
    record ReleaseFile(String name, String href, String sha256, String size) {
    }

    /** {@code release}: the latest release's name, or null when the server has none to serve. */
    record DownloadsPage(Chrome chrome, List<DownloadRow> rows, String intro, String filteredExample,
                         String openApiHref, String docsHref, String release, List<ReleaseFile> releaseFiles) {
    }

    record StoriesPage(Chrome chrome, List<Story> explained, List<Story> inexplicable, String unknownShare,
                       List<RankedRow> leastExplained, List<RankedRow> bestExplained) {
    }

    /** A tie in a ranking by explicability: its place, the pair, its score, how it is explained, its liveness. */
    record RankedRow(int rank, String href, String pair, int score, String basis, String liveness) {
    }

    record Chart(String title, String svg, List<Fact> rows) {
    }

    record StatsPage(Chrome chrome, List<Chart> charts, List<String> answers) {
    }

    record SearchResult(Link city, String country, String matched, boolean inAtlas) {
    }

    record SearchPage(Chrome chrome, String query, List<SearchResult> results, String error) {
    }

    record NotFoundPage(Chrome chrome, String what) {
    }

    record NetworkPage(Chrome chrome, List<Fact> facts, Chart degrees, List<CentralList> central,
                       List<CommunityRow> communities, String mapJson, CountryNetworkView countries) {
    }

    /** One of the largest communities: its colour on the map (a palette entry, not user text), size, countries, hubs. */
    record CommunityRow(String colour, String size, String countries, List<Link> hubs) {
    }

    record CountryNetworkView(List<Fact> facts, List<CountryPairRow> strongest, List<CountryRow> ranked) {
    }

    record CountryPairRow(Link a, Link b, int ties) {
    }

    record CountryRow(Link country, int tiesAbroad, int partnerCountries, int domestic) {
    }

    record PathPage(Chrome chrome, PathResult path, String from, String to) {
    }

    /** A step of a chain: a city, its country, and the tie that leads to it (null for the first). */
    record PathStep(Link city, String country, Link tie) {
    }

    record CentralList(String title, List<CentralCity> cities) {
    }

    record CentralCity(Link city, String value) {
    }

    /** The path finder's answer: a sentence and the chain of cities (empty when there is none). */
    record PathResult(String summary, List<PathStep> chain) {
    }

    /** The login form: its CSRF value, the name typed (shown back escaped), why the last try failed, who is in. */
    record LoginPage(Chrome chrome, String csrf, String name, String error, String signedInAs) {
    }

    record TokenRow(long id, String label, List<String> scopes, String created, boolean revoked) {
    }

    /** One's account: a new token's secret appears here once, on the answer to the form that made it. */
    record AccountPage(Chrome chrome, String csrf, String name, String role, boolean admin, List<TokenRow> tokens,
                       List<String> scopes, String newToken, String error) {
    }

    record AccountRow(long id, String name, String role, String roleLabel, String created, boolean disabled) {
    }

    record Choice(String value, String label) {
    }

    record AccountsPage(Chrome chrome, String csrf, List<AccountRow> accounts, List<Choice> roles, String error) {
    }

    record NoticePage(Chrome chrome, String message) {
    }

    record AgreementForm(int index, String kind, String date, String sources) {
    }

    record FieldRow(String field, String before, String after) {
    }

    /** The form a contributor proposes a change of a tie with; {@code version}: the tie's version it shows. */
    record EditPage(Chrome chrome, String csrf, String tieId, String pair, int version, List<AgreementForm> agreements,
                    List<Choice> kinds, String note, String error, List<FieldRow> meanwhile) {
    }

    record EntryPage(Chrome chrome, String csrf, String action, String pair, String tieHref, String entry, int version,
                     String note, List<String> problems, List<FieldRow> meanwhile) {
    }

    record ProposalRow(long id, String href, String pair, String proposer, String created, String state, String note,
                       String reviewer) {
    }

    record ProposalsPage(Chrome chrome, List<ProposalRow> proposals) {
    }

    record ProposalPage(Chrome chrome, String csrf, ProposalRow proposal, String tieHref, List<FieldRow> changes,
                        boolean mayDecide, String error, List<FieldRow> meanwhile) {
    }

    record ChangeRow(long revision, String what, String href, int version, String action, String at, String actor,
                     List<FieldRow> fields) {
    }

    record HistoryPage(Chrome chrome, String tieHref, String pair, List<ChangeRow> changes) {
    }

    record ChangesPage(Chrome chrome, List<ChangeRow> changes) {
    }

    record RevertPage(Chrome chrome, String csrf, String tieHref, String pair, long revision, List<FieldRow> changes) {
    }
}
