package org.pobratim.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pobratim.account.Accounts;
import org.pobratim.account.Role;
import org.pobratim.atlas.Tie;
import org.pobratim.curation.Curation;
import org.pobratim.curation.FieldChange;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;
import org.pobratim.ingest.TieEntry;
import org.pobratim.read.Snapshot;
import org.pobratim.web.auth.Auth;

/**
 * The whole-tie editor (docs/curation.md): a tie as its data file holds it — agreements, status, reasons, activity,
 * conflicts — edited as text and read back by the data files' own reader and checks, every problem with its line
 * and field; and the same for a new tie of a city. What it proposes is reviewed like any change.
 */
public final class EntryPages {
    /** The longest entry a form may send (a tie's entry is a few kilobytes). */
    static final int MAX_ENTRY = 100_000;

    private final SignedInPages pages;
    private final Curation curation;
    private final Supplier<Snapshot> reads;

    public EntryPages(Auth auth, Curation curation, Supplier<Snapshot> reads, PageOptions options) {
        this.pages = new SignedInPages(auth, options);
        this.curation = curation;
        this.reads = reads;
    }

    public void register(RoutesConfig routes) {
        routes.get("/{lang}/tie/{id}/entry", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false,
                Role.CONTRIBUTOR, s -> tie(ctx, text).ifPresent(tie -> form(ctx, text, s.csrf(), tie.id(),
                        TieEntry.write(tie, reads.get().atlas().cities()), curation.version(tie.id()), "", 200,
                        List.of(), List.of())))));
        routes.post("/{lang}/tie/{id}/entry", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.CONTRIBUTOR, s -> tie(ctx, text).ifPresent(tie -> propose(ctx, text, s, tie.id())))));
        routes.get("/{lang}/ties/new", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false,
                Role.CONTRIBUTOR, s -> {
                    String city = ctx.queryParam("city");
                    if (city == null || reads.get().atlas().city(city).isEmpty()) {
                        pages.notice(ctx, text, 404, "account.notFound");
                        return;
                    }
                    form(ctx, text, s.csrf(), null, TieEntry.template(city), 0, "", 200, List.of(), List.of());
                })));
        routes.post("/{lang}/ties/new", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.CONTRIBUTOR, s -> propose(ctx, text, s, null))));
    }

    private Optional<Tie> tie(Context ctx, PageText text) {
        Optional<Tie> tie = reads.get().atlas().tie(ctx.pathParam("id"));
        if (tie.isEmpty()) {
            pages.notice(ctx, text, 404, "account.notFound");
        }
        return tie;
    }

    /** Reads the entry as a data file and proposes the tie it holds; a problem shows the form again with it. */
    private void propose(Context ctx, PageText text, Accounts.Session s, String tieId) {
        String entry = ctx.formParam("entry") == null ? "" : ctx.formParam("entry");
        String note = ctx.formParam("note") == null ? "" : ctx.formParam("note");
        Optional<Long> version = SignedInPages.number(ctx.formParam("version"));
        int seen = version.map(Long::intValue).orElse(0);
        if (version.isEmpty()) {
            form(ctx, text, s.csrf(), tieId, entry, seen, note, 400, List.of("version: the form's version is missing"),
                    List.of());
            return;
        }
        if (entry.length() > MAX_ENTRY) {
            form(ctx, text, s.csrf(), tieId, "", seen, note, 400,
                    List.of("entry: " + entry.length() + " characters, at most " + MAX_ENTRY), List.of());
            return;
        }
        Tie proposed;
        try {
            proposed = TieEntry.read(entry, tieId, reads.get().atlas());
        } catch (InputRejected e) {
            form(ctx, text, s.csrf(), tieId, entry, seen, note, 400,
                    e.problems().stream().map(Problem::toString).toList(), List.of());
            return;
        }
        try {
            long id = curation.propose(s.account(), proposed, seen, note);
            SignedInPages.redirect(ctx, text, "/proposals/" + id);
        } catch (Curation.Refused e) {
            String message = (e.field() == null ? "" : e.field() + ": ") + e.getMessage();
            form(ctx, text, s.csrf(), tieId, entry, e.status() == 409 ? curation.version(proposed.id()) : seen, note,
                    e.status(), List.of(message), e.meanwhile());
        }
    }

    private void form(Context ctx, PageText text, String csrf, String tieId, String entry, int version, String note,
                      int status, List<String> problems, List<FieldChange> meanwhile) {
        var atlas = reads.get().atlas();
        String pair = tieId == null ? null : atlas.tie(tieId).map(t -> text.name(atlas.cities().get(t.cityA()))
                + " – " + text.name(atlas.cities().get(t.cityB()))).orElse(tieId);
        String path = tieId == null ? "/ties/new" : "/tie/" + tieId + "/entry";
        ctx.status(status);
        pages.send(ctx, text, "entry.jte", new Views.EntryPage(pages.chrome(text,
                tieId == null ? "curation.newTie" : "curation.editEntry", path), csrf, text.href(path), pair,
                tieId == null ? null : text.href("/tie/" + tieId), entry, version, note, problems,
                meanwhile.stream().map(f -> new Views.FieldRow(f.field(), f.before(), f.after())).toList()));
    }
}
