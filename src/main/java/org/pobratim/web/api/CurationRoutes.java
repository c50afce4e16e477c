package org.pobratim.web.api;

import static org.pobratim.web.api.CurationRequests.bad;
import static org.pobratim.web.api.CurationRequests.etag;
import static org.pobratim.web.api.CurationRequests.refused;
import static org.pobratim.web.api.CurationRequests.rejected;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pobratim.account.Accounts;
import org.pobratim.account.Scope;
import org.pobratim.atlas.Tie;
import org.pobratim.curation.AgreementEdit;
import org.pobratim.curation.Change;
import org.pobratim.curation.Curation;
import org.pobratim.curation.FieldChange;
import org.pobratim.curation.Proposal;
import org.pobratim.curation.Proposed;
import org.pobratim.ingest.InputRejected;
import org.pobratim.read.Snapshot;
import org.pobratim.web.ApiException;
import org.pobratim.web.JsonResponses;
import org.pobratim.web.RecordTexts;
import org.pobratim.web.auth.Auth;

/**
 * Curation for scripts (docs/curation.md), with an API token only — a cookie never changes anything through the
 * API, so no CSRF token is needed here: {@code POST /api/v1/ties/{id}/proposals} (scope {@code propose}; body
 * {@code {"version": 3, "agreements": [{"kind", "date", "sources"}], "note"}}, or the whole tie as its data file
 * holds it: {@code {"version": 3, "entry": "city: …\nties:\n  - partner: …", "note"}}), {@code POST
 * /api/v1/ties/proposals} (a new tie: {@code {"version": 0, "entry", "note"}}), {@code GET /api/v1/proposals/{n}},
 * {@code POST /api/v1/proposals/{n}/accept} and {@code /reject} (scope {@code review}), and
 * {@code GET /api/v1/ties/{id}/history} (public). A refusal is a problem naming the field; a change against an
 * older version is 409 with what changed meanwhile.
 */
public final class CurationRoutes {

    private final Auth auth;
    private final Curation curation;
    private final Supplier<Snapshot> reads;

    public CurationRoutes(Auth auth, Curation curation, Supplier<Snapshot> reads) {
        this.auth = auth;
        this.curation = curation;
        this.reads = reads;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/ties/{id}/proposals", ctx -> propose(ctx, true));
        routes.post("/api/v1/ties/proposals", ctx -> propose(ctx, false));
        routes.get("/api/v1/proposals/{n}", ctx -> {
            grant(ctx, Scope.PROPOSE);
            Proposal p = proposal(ctx);
            JsonResponses.send(ctx, ProposalView.of(p, curation.diff(p)));
        });
        routes.post("/api/v1/proposals/{n}/accept", ctx -> decide(ctx, true));
        routes.post("/api/v1/proposals/{n}/reject", ctx -> decide(ctx, false));
        for (String type : Proposed.TYPES) {
            String base = "/api/v1/" + Proposed.plural(type) + "/{id}";
            routes.get(base + "/entry", ctx -> {
                Proposed record = record(ctx, type);
                int version = curation.version(type, record.id());
                byte[] body = JsonResponses.prepare(new EntryView(type, record.id(), version,
                        RecordTexts.entry(record, reads.get().atlas()))).body();
                JsonResponses.send(ctx, new JsonResponses.Prepared(body, etag(version)));
            });
            routes.get(base + "/history", ctx -> {
                Proposed record = record(ctx, type);
                JsonResponses.send(ctx, new HistoryView(type, record.id(), curation.version(type, record.id()),
                        curation.history(type, record.id()).stream().map(ChangeView::of).toList()));
            });
        }
        routes.post("/api/v1/cities/{id}/proposals", ctx -> proposeEntry(ctx, "city", true));
        routes.post("/api/v1/sources/{id}/proposals", ctx -> proposeEntry(ctx, "source", true));
        routes.post("/api/v1/sources/proposals", ctx -> proposeEntry(ctx, "source", false));
        routes.post("/api/v1/cities/proposals", ctx -> proposeEntry(ctx, "city", false));
    }

    private Proposed record(Context ctx, String type) {
        return curation.current(type, ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound("no " + type
                + " with id '" + ctx.pathParam("id") + "'"));
    }

    /** A proposal of a city or a source as its data file holds it: of the path's record, or a new one. */
    private void proposeEntry(Context ctx, String type, boolean existing) {
        Accounts.Grant grant = grant(ctx, Scope.PROPOSE);
        String id = existing ? record(ctx, type).id() : null;
        JsonNode body = CurationRequests.body(ctx);
        proposeEntry(ctx, grant, type, id, body, CurationRequests.seen(ctx, body, type));
    }

    /** A proposal of the record that the body's {@code entry} holds, read and checked as the data files are. */
    private void proposeEntry(Context ctx, Accounts.Grant grant, String type, String id, JsonNode body,
                              int version) {
        if (!body.path("entry").isTextual()) {
            throw bad("entry", "is required: the " + type + " as its data file holds it ("
                    + (type.equals("tie") ? "city: and ties: with one entry" : "a list of one entry") + ")");
        }
        long made;
        try {
            made = curation.propose(grant.account(), RecordTexts.read(type, body.path("entry").asText(), id,
                    reads.get().atlas()), version, body.path("note").asText(""));
        } catch (InputRejected e) {
            throw rejected(e);
        } catch (Curation.Refused e) {
            throw refused(e, ctx);
        }
        created(ctx, made);
    }

    private void created(Context ctx, long id) {
        ctx.status(201).header("Location", "/api/v1/proposals/" + id);
        Proposal p = curation.proposal(id).orElseThrow();
        JsonResponses.send(ctx, ProposalView.of(p, curation.diff(p)));
    }

    record ProposalView(long id, String type, String record, int baseVersion, String state, String proposer,
                        String createdAt, String note, String reviewer, Long revision, List<FieldChange> changes) {
        static ProposalView of(Proposal p, List<FieldChange> changes) {
            return new ProposalView(p.id(), p.proposed().type(), p.proposed().id(), p.baseVersion(), p.state().code(),
                    p.proposer(),
                    p.createdAt().toString(), p.note(), p.reviewer(), p.revision(), changes);
        }
    }

    record ChangeView(long revision, int version, String action, String at, String actor,
                      List<FieldChange> fields) {
        static ChangeView of(Change c) {
            return new ChangeView(c.revision(), c.version(), c.action(), c.at().toString(), c.actor(), c.fields());
        }
    }

    /** A tie as its data file holds it, with the version a change of it is made against. */
    record EntryView(String type, String id, int version, String entry) {
    }

    record HistoryView(String type, String id, int version, List<ChangeView> revisions) {
    }

    record Decided(long id, String state, Long revision) {
    }

    private Accounts.Grant grant(Context ctx, Scope scope) {
        ctx.header("Cache-Control", "no-store");
        Accounts.Grant grant = auth.bearer(ctx).orElseThrow(() -> ApiException.unauthorized(
                "send an API token: Authorization: Bearer pbt_… (made on your account page)"));
        if (!grant.allows(scope)) {
            throw ApiException.forbidden("this token does not have the scope '" + scope.code() + "'");
        }
        return grant;
    }

    private Tie tie(Context ctx) {
        return reads.get().atlas().tie(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no tie with id '" + ctx.pathParam("id") + "'"));
    }

    private Proposal proposal(Context ctx) {
        try {
            return curation.proposal(Long.parseLong(ctx.pathParam("n")))
                    .orElseThrow(() -> ApiException.notFound("no proposal " + ctx.pathParam("n")));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no proposal " + ctx.pathParam("n"));
        }
    }

    /**
     * A proposal for the tie of the path, or for a new tie when {@code existing} is false: its agreements, or the
     * whole tie as its data file holds it ({@code entry}).
     */
    private void propose(Context ctx, boolean existing) {
        Accounts.Grant grant = grant(ctx, Scope.PROPOSE);
        Tie tie = existing ? tie(ctx) : null;
        JsonNode body = CurationRequests.body(ctx);
        int version = CurationRequests.seen(ctx, body, "tie");
        if (body.has("entry") || tie == null) {
            proposeEntry(ctx, grant, "tie", tie == null ? null : tie.id(), body, version);
            return;
        }
        long id;
        try {
            Tie proposed = AgreementEdit.apply(tie, agreements(body, tie), (i, part) -> "agreements[" + i + "]."
                    + part);
            id = curation.propose(grant.account(), proposed, version, body.path("note").asText(""));
        } catch (Curation.Refused e) {
            throw refused(e, ctx);
        }
        created(ctx, id);
    }

    private static List<AgreementEdit> agreements(JsonNode body, Tie tie) {
        JsonNode given = body.path("agreements");
        if (!given.isArray() || given.size() != tie.agreements().size()) {
            throw bad("agreements", "must list the tie's " + tie.agreements().size() + " agreement(s), in date order"
                    + " (or send the whole tie as entry)");
        }
        List<AgreementEdit> edits = new ArrayList<>();
        for (JsonNode a : given) {
            List<String> sources = new ArrayList<>();
            a.path("sources").forEach(s -> sources.add(s.asText()));
            edits.add(new AgreementEdit(a.path("kind").asText(""), a.path("date").asText(""), sources));
        }
        return edits;
    }

    private void decide(Context ctx, boolean accept) {
        Accounts.Grant grant = grant(ctx, Scope.REVIEW);
        Proposal p = proposal(ctx);
        try {
            Long revision = null;
            if (accept) {
                revision = curation.accept(grant.account(), p.id());
            } else {
                curation.reject(grant.account(), p.id());
            }
            JsonResponses.send(ctx, new Decided(p.id(), accept ? "accepted" : "rejected", revision));
        } catch (Curation.Refused e) {
            throw refused(e);
        }
    }
}
