package org.pobratim.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pobratim.account.Accounts;
import org.pobratim.account.Role;
import org.pobratim.curation.Curation;
import org.pobratim.curation.FieldChange;
import org.pobratim.curation.Proposed;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;
import org.pobratim.ingest.RecordEntry;
import org.pobratim.read.Snapshot;
import org.pobratim.web.RecordTexts;
import org.pobratim.web.auth.Auth;

/**
 * The record editors (docs/curation.md): a tie (agreements, status, reasons, activity, conflicts), a city (names,
 * place, population, census…) or a source (url, title, tier…) as its data file holds it, edited as text and read
 * back by the data files' own reader and checks, every problem with its line and field; and a new tie of a city or
 * a new source. What they propose is reviewed like any change.
 */
public final class EntryPages {
    /** The longest entry a form may send (a record's entry is a few kilobytes). */
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
        for (String type : Proposed.TYPES) {
            routes.get("/{lang}/" + type + "/{id}/entry", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text,
                    false, Role.CONTRIBUTOR, s -> record(ctx, text, type).ifPresent(r -> form(ctx, text, s.csrf(),
                            type, r.id(), RecordTexts.entry(r, reads.get().atlas()), curation.version(type, r.id()),
                            "", 200, List.of(), List.of())))));
            routes.post("/{lang}/" + type + "/{id}/entry", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text,
                    true, Role.CONTRIBUTOR, s -> record(ctx, text, type).ifPresent(r ->
                            propose(ctx, text, s, type, r.id())))));
        }
        routes.get("/{lang}/ties/new", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false,
                Role.CONTRIBUTOR, s -> {
                    String city = ctx.queryParam("city");
                    if (city == null || reads.get().atlas().city(city).isEmpty()) {
                        pages.notice(ctx, text, 404, "account.notFound");
                        return;
                    }
                    form(ctx, text, s.csrf(), "tie", null, RecordEntry.newTie(city), 0, "", 200, List.of(),
                            List.of());
                })));
        routes.post("/{lang}/ties/new", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.CONTRIBUTOR, s -> propose(ctx, text, s, "tie", null))));
        routes.get("/{lang}/cities/new", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false,
                Role.CONTRIBUTOR, s -> form(ctx, text, s.csrf(), "city", null, RecordEntry.newCity(), 0, "", 200,
                        List.of(), List.of()))));
        routes.post("/{lang}/cities/new", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.CONTRIBUTOR, s -> propose(ctx, text, s, "city", null))));
        routes.get("/{lang}/sources/new", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false,
                Role.CONTRIBUTOR, s -> form(ctx, text, s.csrf(), "source", null,
                        RecordEntry.newSource(LocalDate.now()), 0, "", 200, List.of(), List.of()))));
        routes.post("/{lang}/sources/new", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.CONTRIBUTOR, s -> propose(ctx, text, s, "source", null))));
    }

    private Optional<Proposed> record(Context ctx, PageText text, String type) {
        return CurationPages.record(pages, curation, ctx, text, type);
    }

    /** Reads the entry as a data file and proposes the record it holds; a problem shows the form again with it. */
    private void propose(Context ctx, PageText text, Accounts.Session s, String type, String id) {
        String entry = ctx.formParam("entry") == null ? "" : ctx.formParam("entry");
        String note = ctx.formParam("note") == null ? "" : ctx.formParam("note");
        Optional<Long> version = SignedInPages.number(ctx.formParam("version"));
        int seen = version.map(Long::intValue).orElse(0);
        if (version.isEmpty()) {
            form(ctx, text, s.csrf(), type, id, entry, seen, note, 400,
                    List.of("version: the form's version is missing"), List.of());
            return;
        }
        if (entry.length() > MAX_ENTRY) {
            form(ctx, text, s.csrf(), type, id, "", seen, note, 400,
                    List.of("entry: " + entry.length() + " characters, at most " + MAX_ENTRY), List.of());
            return;
        }
        Proposed proposed;
        try {
            proposed = RecordTexts.read(type, entry, id, reads.get().atlas());
        } catch (InputRejected e) {
            form(ctx, text, s.csrf(), type, id, entry, seen, note, 400,
                    e.problems().stream().map(Problem::toString).toList(), List.of());
            return;
        }
        try {
            long made = curation.propose(s.account(), proposed, seen, note);
            SignedInPages.redirect(ctx, text, "/proposals/" + made);
        } catch (Curation.Refused e) {
            String message = (e.field() == null ? "" : e.field() + ": ") + e.getMessage();
            form(ctx, text, s.csrf(), type, id, entry, e.status() == 409 ? curation.version(type, proposed.id())
                    : seen, note, e.status(), List.of(message), e.meanwhile());
        }
    }

    private void form(Context ctx, PageText text, String csrf, String type, String id, String entry, int version,
                      String note, int status, List<String> problems, List<FieldChange> meanwhile) {
        Optional<Proposed> current = id == null ? Optional.empty() : curation.current(type, id);
        String label = current.map(r -> CurationPages.label(r, text, reads.get().atlas())).orElse(null);
        String path = id == null ? "/" + Proposed.plural(type) + "/new"
                : CurationPages.base(type, id) + "/entry";
        String title = id == null ? "curation.new." + type : "curation.editEntry." + type;
        ctx.status(status);
        pages.send(ctx, text, "entry.jte", new Views.EntryPage(pages.chrome(text, title, path), csrf, text.href(path),
                label, id == null ? null : text.href(CurationPages.base(type, id)), entry, version, note, problems,
                meanwhile.stream().map(f -> new Views.FieldRow(f.field(), f.before(), f.after())).toList()));
    }
}
