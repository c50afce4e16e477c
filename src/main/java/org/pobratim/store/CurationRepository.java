package org.pobratim.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.pobratim.curation.Change;
import org.pobratim.curation.CurationStore;
import org.pobratim.curation.FieldChange;
import org.pobratim.curation.Proposal;
import org.pobratim.curation.Proposed;
import org.pobratim.export.RecordDocuments;

/**
 * Proposals (V5__proposals.sql), the ties' revisions as field changes, and the write of an accepted proposal
 * through {@link AtlasService} (one revision, the snapshot follows). A store that cannot be reached is
 * {@link org.pobratim.account.StoreUnreachable}.
 */
public final class CurationRepository implements CurationStore {
    /** The actor of a revision a person wrote through the pages or the API (imports and seeds have others). */
    public static final String PERSON = "user:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final AtlasService atlas;

    public CurationRepository(Database database, AtlasService atlas) {
        this.jdbi = database.jdbi();
        this.atlas = atlas;
    }

    private static <T> T reach(Supplier<T> call) {
        return Reach.call(call);
    }

    @Override
    public long addProposal(Proposed proposed, int baseVersion, String note, String proposer, Instant at,
                            Long revertsRevision) {
        return reach(() -> jdbi.withHandle(h -> h.createUpdate("INSERT INTO proposal (entity_type, entity_id, "
                        + "base_version, proposed_doc, note, proposer, created_at, state, reverts_revision) VALUES "
                        + "(:type, :id, :base, :doc, :note, :proposer, :at, 'open', :reverts)")
                .bind("type", proposed.type()).bind("id", proposed.id()).bind("base", baseVersion)
                .bind("doc", document(proposed)).bind("note", note).bind("proposer", proposer)
                .bind("at", at.atOffset(ZoneOffset.UTC)).bindByType("reverts", revertsRevision, Long.class)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
    }

    static String document(Proposed record) {
        if (record instanceof Proposed.OfTie t) {
            return RecordDocuments.write(t.tie());
        }
        if (record instanceof Proposed.OfCity c) {
            return RecordDocuments.write(c.city());
        }
        return RecordDocuments.write(((Proposed.OfSource) record).source());
    }

    static Proposed record(String type, String doc) {
        return switch (type) {
            case "tie" -> new Proposed.OfTie(RecordDocuments.tie(doc));
            case "city" -> new Proposed.OfCity(RecordDocuments.city(doc));
            case "source" -> new Proposed.OfSource(RecordDocuments.source(doc));
            default -> throw new IllegalStateException("a proposal of an unknown kind of record: " + type);
        };
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
        long revision = rs.getLong("revision_id");
        boolean hasRevision = !rs.wasNull();
        long reverts = rs.getLong("reverts_revision");
        boolean isRevert = !rs.wasNull();
        return new Proposal(rs.getLong("id"), record(rs.getString("entity_type"), rs.getString("proposed_doc")),
                rs.getInt("base_version"), rs.getString("note"), rs.getString("proposer"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Proposal.State.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("reviewer"), reviewed == null ? null : reviewed.toInstant(), isRevert ? reverts : null,
                hasRevision ? revision : null);
    }

    @Override
    public Optional<Proposal> proposal(long id) {
        return reach(() -> jdbi.withHandle(h -> h.createQuery("SELECT * FROM proposal WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> proposal(rs)).findOne()));
    }

    @Override
    public List<Proposal> open(String proposer) {
        return reach(() -> jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT * FROM proposal WHERE state = 'open'"
                    + (proposer == null ? "" : " AND proposer = :proposer") + " ORDER BY id");
            if (proposer != null) {
                query.bind("proposer", proposer);
            }
            return query.map((rs, ctx) -> proposal(rs)).list();
        }));
    }

    @Override
    public void decide(long id, Proposal.State state, String reviewer, Instant at, Long revision) {
        reach(() -> jdbi.withHandle(h -> h.createUpdate("UPDATE proposal SET state = :state, reviewer = :reviewer, "
                        + "reviewed_at = :at, revision_id = :revision WHERE id = :id AND state = 'open'")
                .bind("state", state.code()).bind("reviewer", reviewer).bind("at", at.atOffset(ZoneOffset.UTC))
                .bindByType("revision", revision, Long.class).bind("id", id).execute()));
    }

    @Override
    public int version(String type, String id) {
        if (!Proposed.isType(type)) {
            throw new IllegalArgumentException("no kind of record " + type);
        }
        return reach(() -> jdbi.withHandle(h -> h.createQuery("SELECT version FROM " + type + " WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).findOne().orElse(0)));
    }

    @Override
    public List<Change> history(String type, String id) {
        List<Revision> revisions = new ArrayList<>(reach(() -> atlas.revisions(type, id)));
        java.util.Collections.reverse(revisions);
        return revisions.stream().map(CurationRepository::change).toList();
    }

    @Override
    public List<Change> recent(int limit) {
        return reach(() -> jdbi.withHandle(h -> h.createQuery("SELECT * FROM revision WHERE actor LIKE :person "
                        + "ORDER BY id DESC").bind("person", PERSON + "%").setMaxRows(limit)
                .map((rs, ctx) -> new Revision(rs.getLong("id"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getInt("version"), rs.getString("action"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("before_doc"), rs.getString("after_doc"))).list()))
                .stream().map(CurationRepository::change).toList();
    }

    private static Change change(Revision r) {
        return new Change(r.id(), r.entityType(), r.entityId(), r.version(), r.action(), r.at(),
                r.actor().startsWith(PERSON) ? r.actor().substring(PERSON.length()) : r.actor(),
                diff(r.before(), r.after()));
    }

    @Override
    public Optional<Proposed> recordAt(String type, String id, long revision) {
        return reach(() -> atlas.revisions(type, id)).stream().filter(r -> r.id() == revision && r.after() != null)
                .findFirst().map(r -> record(type, r.after()));
    }

    @Override
    public List<FieldChange> diff(Proposed before, Proposed after) {
        return diff(before == null ? null : document(before), document(after));
    }

    @Override
    public long write(Proposed record, int expectedVersion, String actor) {
        try {
            reach(() -> atlas.apply(record.changeSet(), PERSON + actor,
                    new AtlasService.Expected(record.type(), record.id(), expectedVersion)));
        } catch (AtlasService.Moved e) {
            throw new Moved(e.now());
        }
        List<Revision> revisions = reach(() -> atlas.revisions(record.type(), record.id()));
        return revisions.get(revisions.size() - 1).id();
    }

    /** Field by field: each leaf of the two documents by its path, those that differ, in path order. */
    static List<FieldChange> diff(String before, String after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        Map<String, FieldChange> changes = new TreeMap<>();
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) {
                changes.put(k, new FieldChange(k, v, b.get(k)));
            }
        });
        b.forEach((k, v) -> {
            if (!a.containsKey(k)) {
                changes.put(k, new FieldChange(k, null, v));
            }
        });
        return List.copyOf(changes.values());
    }

    private static Map<String, String> flatten(String json) {
        Map<String, String> leaves = new TreeMap<>();
        if (json == null) {
            return leaves;
        }
        try {
            flatten("", JSON.readTree(json), leaves);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else if (!node.isNull()) {
            leaves.put(path, node.asText());
        }
    }
}
