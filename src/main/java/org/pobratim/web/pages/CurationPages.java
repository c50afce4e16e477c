package org.pobratim.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pobratim.account.Role;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Tie;
import org.pobratim.curation.AgreementEdit;
import org.pobratim.curation.Change;
import org.pobratim.curation.Curation;
import org.pobratim.curation.FieldChange;
import org.pobratim.curation.Proposal;
import org.pobratim.curation.Proposed;
import org.pobratim.read.Snapshot;
import org.pobratim.web.auth.Auth;

/**
 * Changing a tie (docs/curation.md): the form a contributor proposes with, the proposal with its field diff and
 * the reviewer's accept and reject, a tie's history with a revert for each revision, and the public changelog.
 * A form carries the tie's version it was made from: a change against an older version is refused with what
 * changed meanwhile (409).
 */
public final class CurationPages {
    private final SignedInPages pages;
    private final Curation curation;
    private final Supplier<Snapshot> reads;

    public CurationPages(Auth auth, Curation curation, Supplier<Snapshot> reads, PageOptions options) {
        this.pages = new SignedInPages(auth, options);
        this.curation = curation;
        this.reads = reads;
    }

    public void register(RoutesConfig routes) {
        routes.get("/{lang}/tie/{id}/edit", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false,
                Role.CONTRIBUTOR, s -> tie(ctx, text).ifPresent(tie -> edit(ctx, text, s.csrf(), tie,
                        curation.version(tie.id()), tie, "", 200, null, List.of())))));
        routes.post("/{lang}/tie/{id}/proposals", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.CONTRIBUTOR, s -> tie(ctx, text).ifPresent(tie -> propose(ctx, text, s.csrf(), s, tie)))));
        routes.get("/{lang}/proposals", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false,
                Role.CONTRIBUTOR, s -> pages.send(ctx, text, "proposals.jte", new Views.ProposalsPage(
                        pages.chrome(text, "curation.proposals", "/proposals"), curation.open(s.account()).stream()
                        .map(p -> row(text, p)).toList())))));
        routes.get("/{lang}/proposals/{pid}", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false,
                Role.CONTRIBUTOR, s -> proposal(ctx, text).ifPresent(p -> show(ctx, text, s.csrf(), p,
                        s.account().role().includes(Role.REVIEWER) && !p.proposer().equals(s.account().name()),
                        200, null, List.of())))));
        routes.post("/{lang}/proposals/{pid}/accept", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.REVIEWER, s -> proposal(ctx, text).ifPresent(p -> decide(ctx, text, s.csrf(), p, () -> {
                    curation.accept(s.account(), p.id());
                    SignedInPages.redirect(ctx, text, base(p.proposed().type(), p.proposed().id()));
                })))));
        routes.post("/{lang}/proposals/{pid}/reject", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.REVIEWER, s -> proposal(ctx, text).ifPresent(p -> decide(ctx, text, s.csrf(), p, () -> {
                    curation.reject(s.account(), p.id());
                    SignedInPages.redirect(ctx, text, "/proposals");
                })))));
        for (String type : Proposed.TYPES) {
            registerHistory(routes, type);
        }
        routes.get("/{lang}/source/{id}", ctx -> pages.page(ctx, text -> record(ctx, text, "source").ifPresent(r ->
                SignedInPages.redirect(ctx, text, base("source", r.id()) + "/history"))));
        routes.get("/{lang}/changes", ctx -> pages.page(ctx, text -> pages.send(ctx, text, "changes.jte",
                new Views.ChangesPage(pages.chrome(text, "curation.changes", "/changes"),
                        curation.recent(CHANGES).stream().map(c -> change(text, c)).toList()))));
        routes.get("/changes.atom", ctx -> {
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType("application/atom+xml; charset=utf-8")
                    .result(ChangesFeed.atom(curation.recent(CHANGES), "http://" + ctx.host()));
        });
    }

    /** A record's history, and the restoring of one of its revisions (proposed, reviewed like any change). */
    private void registerHistory(RoutesConfig routes, String type) {
        routes.get("/{lang}/" + type + "/{id}/history", ctx -> pages.page(ctx, text -> record(ctx, text, type)
                .ifPresent(r -> pages.send(ctx, text, "history.jte", new Views.HistoryPage(pages.chrome(text,
                        "curation.history", base(type, r.id()) + "/history"), text.href(base(type, r.id())),
                        label(r, text), curation.history(type, r.id()).stream().map(c -> change(text, c)).toList())))));
        routes.get("/{lang}/" + type + "/{id}/revert", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false,
                Role.CONTRIBUTOR, s -> record(ctx, text, type).ifPresent(r -> {
                    Optional<Long> revision = SignedInPages.number(ctx.queryParam("revision"));
                    try {
                        List<FieldChange> changes = curation.revertDiff(type, r.id(), revision.orElse(-1L));
                        pages.send(ctx, text, "revert.jte", new Views.RevertPage(pages.chrome(text,
                                "curation.revertTitle", base(type, r.id()) + "/revert"), s.csrf(),
                                text.href(base(type, r.id())), label(r, text), revision.get(), changes.stream()
                                .map(f -> new Views.FieldRow(f.field(), f.before(), f.after())).toList()));
                    } catch (Curation.Refused e) {
                        pages.notice(ctx, text, e.status(), "curation.refused", message(e));
                    }
                }))));
        routes.post("/{lang}/" + type + "/{id}/revert", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.CONTRIBUTOR, s -> record(ctx, text, type).ifPresent(r -> {
                    Optional<Long> revision = SignedInPages.number(ctx.formParam("revision"));
                    if (revision.isEmpty()) {
                        pages.notice(ctx, text, 400, "curation.refused", "revision: " + ctx.formParam("revision"));
                        return;
                    }
                    try {
                        long id = curation.proposeRevert(s.account(), type, r.id(), revision.get());
                        SignedInPages.redirect(ctx, text, "/proposals/" + id);
                    } catch (Curation.Refused e) {
                        pages.notice(ctx, text, e.status(), "curation.refused", message(e));
                    }
                }))));
    }

    /** The path of a record's own page: a tie's, a city's; a source has only its history. */
    static String base(String type, String id) {
        return "/" + type + "/" + id;
    }

    private Optional<Proposed> record(Context ctx, PageText text, String type) {
        return record(pages, curation, ctx, text, type);
    }

    /** The record of the path's {@code id} as the atlas has it now; without one, the page says it is not found. */
    static Optional<Proposed> record(SignedInPages pages, Curation curation, Context ctx, PageText text,
                                     String type) {
        Optional<Proposed> record = curation.current(type, ctx.pathParam("id"));
        if (record.isEmpty()) {
            pages.notice(ctx, text, 404, "account.notFound");
        }
        return record;
    }

    private String label(Proposed record, PageText text) {
        return label(record, text, reads.get().atlas());
    }

    /** What a record is called on the pages: a tie by its pair, a city by its name, a source by its title. */
    static String label(Proposed record, PageText text, org.pobratim.atlas.Atlas atlas) {
        if (record instanceof Proposed.OfTie t) {
            return text.name(atlas.cities().get(t.tie().cityA())) + " – "
                    + text.name(atlas.cities().get(t.tie().cityB()));
        }
        if (record instanceof Proposed.OfCity c) {
            return text.name(c.city());
        }
        return ((Proposed.OfSource) record).source().title();
    }

    /** How many changes the changelog and its feed show. */
    static final int CHANGES = 50;

    private Optional<Tie> tie(Context ctx, PageText text) {
        Optional<Tie> tie = reads.get().atlas().tie(ctx.pathParam("id"));
        if (tie.isEmpty()) {
            pages.notice(ctx, text, 404, "account.notFound");
        }
        return tie;
    }

    private Optional<Proposal> proposal(Context ctx, PageText text) {
        Optional<Proposal> p = SignedInPages.number(ctx.pathParam("pid")).flatMap(curation::proposal);
        if (p.isEmpty()) {
            pages.notice(ctx, text, 404, "account.notFound");
        }
        return p;
    }

    private String pair(Tie tie, PageText text) {
        return label(new Proposed.OfTie(tie), text);
    }

    private void edit(Context ctx, PageText text, String csrf, Tie tie, int version, Tie shown, String note,
                      int status, String error, List<FieldChange> meanwhile) {
        List<Views.AgreementForm> rows = new ArrayList<>();
        for (int i = 0; i < shown.agreements().size(); i++) {
            Agreement a = shown.agreements().get(i);
            rows.add(new Views.AgreementForm(i, a.kind().code(), a.date().toString(), String.join(", ", a.sources())));
        }
        List<Views.Choice> kinds = Arrays.stream(AgreementKind.values())
                .map(k -> new Views.Choice(k.code(), text.label(k))).toList();
        ctx.status(status);
        pages.send(ctx, text, "edit.jte", new Views.EditPage(pages.chrome(text, "curation.edit",
                "/tie/" + tie.id() + "/edit"), csrf, tie.id(), pair(tie, text), version, rows, kinds, note, error,
                meanwhile.stream().map(f -> new Views.FieldRow(f.field(), f.before(), f.after())).toList()));
    }

    /** The tie as the form has it: each agreement's kind, date and sources, all else as it is. */
    private void propose(Context ctx, PageText text, String csrf, org.pobratim.account.Accounts.Session s, Tie tie) {
        String note = ctx.formParam("note") == null ? "" : ctx.formParam("note");
        Optional<Long> version = SignedInPages.number(ctx.formParam("version"));
        try {
            if (version.isEmpty()) {
                throw new FormProblem("version", "the form's version is missing");
            }
            List<AgreementEdit> edits = new ArrayList<>();
            for (int i = 0; i < tie.agreements().size(); i++) {
                String sources = ctx.formParam("sources." + i);
                edits.add(new AgreementEdit(ctx.formParam("kind." + i), ctx.formParam("date." + i),
                        sources == null ? null : Arrays.asList(sources.split(","))));
            }
            Tie proposed;
            try {
                proposed = AgreementEdit.apply(tie, edits, (i, part) -> part + "." + i);
            } catch (Curation.Refused e) {
                throw new FormProblem(e.field(), e.getMessage()); // the form's own version goes back with it
            }
            long id = curation.propose(s.account(), proposed, version.get().intValue(), note);
            SignedInPages.redirect(ctx, text, "/proposals/" + id);
        } catch (FormProblem e) {
            edit(ctx, text, csrf, tie, version.map(Long::intValue).orElse(0), tie, note, 400,
                    e.field + ": " + e.getMessage(), List.of());
        } catch (Curation.Refused e) {
            edit(ctx, text, csrf, tie, curation.version(tie.id()), tie, note, e.status(), message(e), e.meanwhile());
        }
    }

    private static final class FormProblem extends RuntimeException {
        final String field;

        FormProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private static String message(Curation.Refused e) {
        return (e.field() == null ? "" : e.field() + ": ") + e.getMessage();
    }

    private void show(Context ctx, PageText text, String csrf, Proposal p, boolean mayDecide, int status,
                      String error, List<FieldChange> meanwhile) {
        ctx.status(status);
        pages.send(ctx, text, "proposal.jte", new Views.ProposalPage(pages.chrome(text, "curation.proposal",
                "/proposals/" + p.id()), csrf, row(text, p), text.href(base(p.proposed().type(), p.proposed().id())),
                curation.diff(p).stream().map(f -> new Views.FieldRow(f.field(), f.before(), f.after())).toList(),
                mayDecide && p.state() == Proposal.State.OPEN, error,
                meanwhile.stream().map(f -> new Views.FieldRow(f.field(), f.before(), f.after())).toList()));
    }

    private void decide(Context ctx, PageText text, String csrf, Proposal p, Runnable decision) {
        try {
            decision.run();
        } catch (Curation.Refused e) {
            show(ctx, text, csrf, p, false, e.status(), message(e), e.meanwhile());
        }
    }

    private Views.ProposalRow row(PageText text, Proposal p) {
        Proposed shown = curation.current(p.proposed().type(), p.proposed().id()).orElse(p.proposed());
        return new Views.ProposalRow(p.id(), text.href("/proposals/" + p.id()), label(shown, text), p.proposer(),
                p.createdAt().toString(), text.t(stateKey(p.state())), p.note(),
                p.reviewer() == null ? "" : p.reviewer());
    }

    private Views.ChangeRow change(PageText text, Change c) {
        return new Views.ChangeRow(c.revision(), c.entityType() + " " + c.entityId(),
                Proposed.isType(c.entityType()) ? text.href(base(c.entityType(), c.entityId())) : null, c.version(),
                c.action(),
                c.at().toString(), c.actor(), c.fields().stream()
                .map(f -> new Views.FieldRow(f.field(), f.before(), f.after())).toList());
    }

    /** A proposal's state on the pages (MessagesTest checks there is one for each). */
    static String stateKey(Proposal.State state) {
        return "curation.state." + state.code();
    }
}
