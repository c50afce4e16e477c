package org.pobratim.web.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.pobratim.account.Scope;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.TieFilter;
import org.pobratim.atlas.TieState;
import org.pobratim.curation.Proposed;
import org.pobratim.explain.Liveness;
import org.pobratim.export.ExportFormat;
import org.pobratim.network.CountryNetwork;
import org.pobratim.network.NetworkStats;
import org.pobratim.web.QueryParams;
import org.pobratim.web.auth.MeRoute;

/** The operations of API v1 as the OpenAPI document states them: one declaration per registered route. */
final class OpenApiRoutes {
    private static final String B = ApiRoutes.BASE;

    private OpenApiRoutes() {
    }

    static void declare(OpenApi api) {
        JsonSchemas s = api.schemas;
        api.get(B + "/health", "atlas", "Whether the atlas answers, and from what").conditional()
                .json(200, "the snapshot's counts and the store's state (200 even when the store is down)",
                        s.ref(ApiReports.Health.class));
        paged(api.get(B + "/cities", "atlas", "Cities, by name").conditional()
                .country("country", "only cities in this country (ISO 3166-1 alpha-2)")
                .coded("admin", "only Serbian cities or municipalities of this kind", AdminType.class)
                .text("q", "part of a name, in any script"))
                .json(200, "a page of cities", s.ref(ApiViews.PageView.class, ApiViews.CityListItem.class));
        api.get(B + "/cities/{id}", "atlas", "A city with its ties").conditional().pathParam("id", "the city's id")
                .json(200, "the city", s.ref(ApiViews.CityDetail.class));
        paged(filters(api.get(B + "/ties", "atlas", "Ties, oldest first").conditional()))
                .json(200, "a page of ties", s.ref(ApiViews.PageView.class, ApiViews.TieListItem.class));
        api.get(B + "/ties/{id}", "atlas", "A tie: agreements, status, reasons, sources, explanation, liveness")
                .conditional().pathParam("id", "two city ids joined by --, in either order")
                .json(200, "the tie", s.ref(ApiViews.TieDetail.class));
        api.get(B + "/stats", "atlas", "Counts of ties and cities").conditional()
                .country("country", "counted for this country")
                .json(200, "the counts", s.ref(ApiReports.StatsView.class));
        api.get(B + "/stats/answers", "atlas", "The questions the magazine piece asked, answered").conditional()
                .json(200, "the answers", s.ref(ApiReports.AnswersView.class));
        api.get(B + "/search", "atlas", "Cities and ties by name, in any script, forgiving typos").conditional()
                .text("q", "what to look for (required)").integer("limit", "at most this many", 1, 100)
                .country("country", "only in this country")
                .json(200, "the matches, best first", s.ref(ApiReports.SearchResults.class));
        api.get(B + "/quality", "atlas", "What the data lack: years, reasons, sources").conditional()
                .country("country", "for this country")
                .json(200, "the quality report", s.ref(ApiReports.QualityReport.class));
        api.get(B + "/map/world", "atlas", "Every tie as a compact list for the world map").conditional()
                .json(200, "cities and ties as arrays", s.ref(WorldMapView.class));
        for (String kind : List.of("unplaced", "one-sided")) {
            paged(api.get(B + "/world/" + kind, "world", kind.equals("unplaced")
                    ? "The names a world import could not place" : "Wikidata statements made on one side only")
                    .conditional().text("source", "only from this list (its source id)")
                    .text("q", "part of the name or country"))
                    .json(200, "a page of findings", s.ref(ApiViews.PageView.class, WorldRoutes.FindingView.class));
        }
        for (String ranking : List.of("inexplicable", "explained")) {
            api.get(B + "/rankings/" + ranking, "explain", "Ties ranked by how " + ranking + " they are")
                    .conditional().country("country", "only ties of this country")
                    .integer("limit", "at most this many", 1, QueryParams.MAX_LIMIT)
                    .json(200, "the ranking", s.ref(ExplainViews.RankingView.class));
        }
        network(api, s);
        curation(api, s);
        filters(api.get(ExportRoutes.PATH, "export", "The ties the filters select, in an open-data format")
                .describe("Formats: " + String.join(", ", Arrays.stream(ExportFormat.values()).map(f -> f.code()
                        + " (" + f.fileName() + ")").toList()) + ". The Wikidata formats answer 409 when the atlas "
                        + "holds no Wikidata statements to compare with.")
                .pathParam("format", "one of " + String.join(", ", Arrays.stream(ExportFormat.values())
                        .map(ExportFormat::code).toList())).conditional())
                .file(200, "the file (Content-Disposition names it)", Arrays.stream(ExportFormat.values())
                        .map(f -> f.mediaType().split(";")[0]).distinct().toList());
        api.get(OpenApi.PATH, "docs", "This document").conditional()
                .json(200, "the OpenAPI 3.1 document", JsonNodeFactory.instance.objectNode().put("type", "object"));
        api.get(ApiDocs.PATH, "docs", "The interactive documentation of this document (Swagger UI)")
                .file(200, "the page", List.of("text/html"));
    }

    private static OpenApi.Operation paged(OpenApi.Operation op) {
        return op.integer("offset", "skip this many", 0, Integer.MAX_VALUE)
                .integer("limit", "at most this many (default " + QueryParams.DEFAULT_LIMIT + ")", 1,
                        QueryParams.MAX_LIMIT);
    }

    /** The ties list's filters ({@link TieFilter}). */
    private static OpenApi.Operation filters(OpenApi.Operation op) {
        return op.text("city", "only the ties of this city (its id)")
                .country("country", "only ties with a city in this country")
                .country("partnerCountry", "only ties with a city in this country; with country or city, the "
                        + "partner's")
                .coded("kind", "only ties that have had an agreement of this kind", AgreementKind.class)
                .coded("status", "only ties in this state", TieState.class)
                .coded("reason", "only ties with a reason of this category", ReasonCategory.class)
                .integer("from", "established in or after this year", PartialDate.EARLIEST_YEAR,
                        TieFilter.LATEST_YEAR)
                .integer("to", "established in or before this year", PartialDate.EARLIEST_YEAR,
                        TieFilter.LATEST_YEAR)
                .coded("tier", "only ties whose best evidence is of this tier", SourceTier.class);
    }

    private static OpenApi.Operation networkFilters(OpenApi.Operation op) {
        return op.country("country", "only ties with a city in this country")
                .coded("kind", "only ties that have had an agreement of this kind", AgreementKind.class)
                .integer("from", "established in or after this year", PartialDate.EARLIEST_YEAR,
                        TieFilter.LATEST_YEAR)
                .integer("to", "established in or before this year", PartialDate.EARLIEST_YEAR,
                        TieFilter.LATEST_YEAR)
                .coded("tier", "only ties whose best evidence is of this tier", SourceTier.class)
                .coded("liveness", "only ties judged so alive", Liveness.class);
    }

    private static void network(OpenApi api, JsonSchemas s) {
        String n = B + "/network";
        networkFilters(api.get(n, "network", "The twin network's statistics").conditional())
                .json(200, "nodes, edges, components, clustering, degree distribution",
                        s.ref(NetworkViews.StatsView.class));
        api.get(n + "/path", "network", "The shortest chain of ties between two cities").conditional()
                .text("from", "a city id (required)").text("to", "a city id (required)")
                .json(200, "the path, or connected=false", s.ref(NetworkViews.PathView.class));
        api.get(n + "/central", "network", "The most central cities, by measure").conditional()
                .integer("limit", "at most this many per measure", 1, NetworkStats.CENTRAL)
                .json(200, "the central cities", s.ref(NetworkViews.CentralAnswer.class));
        networkFilters(api.get(n + "/countries", "network", "The network of countries").conditional())
                .integer("limit", "at most this many countries and pairs", 1, CountryNetwork.LISTED)
                .json(200, "countries and their ties", s.ref(NetworkViews.CountriesView.class));
        api.get(n + "/communities", "network", "Communities (Louvain) and their hubs").conditional()
                .integer("limit", "at most this many communities", 1, NetworkStats.COMMUNITIES_LISTED)
                .integer("hubs", "hubs listed per community", 1, NetworkRoutes.MAX_LISTED)
                .json(200, "the largest communities", s.ref(NetworkViews.CommunitiesView.class));
        api.get(n + "/cousins", "network", "Cities that share the most partners with a city").conditional()
                .text("city", "a city id (required)").integer("limit", "at most this many", 1,
                        NetworkRoutes.MAX_LISTED)
                .json(200, "the cousins", s.ref(NetworkViews.CousinsAnswer.class));
    }

    private static void curation(OpenApi api, JsonSchemas s) {
        ObjectNode proposal = s.ref(CurationRoutes.ProposalView.class);
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("type", "object")
                .put("description", "version (or If-Match), and agreements or entry, and a note");
        api.get(B + "/me", "accounts", "Who is asking: the account, its role, and what it may do")
                .json(200, "the account", s.ref(MeRoute.MeView.class)).secured(Scope.PROPOSE.code());
        api.post(B + "/ties/{id}/proposals", "curation", "Propose a change to a tie").pathParam("id", "the tie")
                .body("the change", body, "application/json").secured(Scope.PROPOSE.code())
                .json(201, "the proposal (Location: its address)", proposal);
        api.post(B + "/ties/proposals", "curation", "Propose a new tie")
                .body("the tie", body, "application/json").secured(Scope.PROPOSE.code())
                .json(201, "the proposal (Location: its address)", proposal);
        for (String type : List.of("city", "source")) {
            String plural = Proposed.plural(type);
            api.post(B + "/" + plural + "/{id}/proposals", "curation", "Propose a change to a " + type)
                    .pathParam("id", "the " + type).body("entry: the " + type + " as its data file holds it", body,
                            "application/json").secured(Scope.PROPOSE.code())
                    .json(201, "the proposal (Location: its address)", proposal);
            api.post(B + "/" + plural + "/proposals", "curation", "Propose a new " + type)
                    .body("entry: the " + type + " as its data file holds it", body, "application/json")
                    .secured(Scope.PROPOSE.code()).json(201, "the proposal (Location: its address)", proposal);
        }
        for (String type : Proposed.TYPES) {
            String base = B + "/" + Proposed.plural(type) + "/{id}";
            api.get(base + "/entry", "curation", "A " + type + " as its data file holds it, with its version")
                    .conditional().pathParam("id", "the " + type)
                    .json(200, "the entry (ETag: its version)", s.ref(CurationRoutes.EntryView.class));
            api.get(base + "/history", "curation", "A " + type + "'s revisions").conditional()
                    .pathParam("id", "the " + type)
                    .json(200, "the revisions, newest first", s.ref(CurationRoutes.HistoryView.class));
        }
        api.get(B + "/proposals/{n}", "curation", "A proposal, with its difference").conditional()
                .pathParam("n", "the proposal's number").secured(Scope.PROPOSE.code())
                .json(200, "the proposal", proposal);
        for (String decision : List.of("accept", "reject")) {
            api.post(B + "/proposals/{n}/" + decision, "curation", decision.substring(0, 1).toUpperCase()
                    + decision.substring(1) + " a proposal").pathParam("n", "the proposal's number")
                    .secured(Scope.REVIEW.code()).json(200, "the decision", s.ref(CurationRoutes.Decided.class));
        }
        api.post(B + "/admin/import", "curation", "Import data files (a zip of the data folder), all or nothing")
                .text("name", "what the import is called in its revision (default: upload)")
                .body("a zip of sources.yaml, cities/ and ties/", JsonNodeFactory.instance.objectNode()
                        .put("type", "string").put("contentMediaType", "application/zip"), "application/zip")
                .secured(Scope.IMPORT.code()).json(200, "what the import did", s.ref(ImportRoute.Result.class));
    }
}
