package org.pobratim.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Tie;

/**
 * One agreement of a tie as a form or a script gives it: kind, date and sources as text (null: not given), checked
 * as the data files are, part by part in that order. {@link #apply} makes the proposed tie from the edits of all its agreements, for the edit page and the
 * API alike.
 */
public record AgreementEdit(String kind, String date, List<String> sources) {
    /**
     * The tie with its agreements as {@code edits} say (one per agreement, in date order; titles kept, all else as
     * it is). A refusal names the field as {@code field} spells it from the agreement's index and the part
     * ({@code kind}, {@code date}, {@code sources}).
     */
    public static Tie apply(Tie tie, List<AgreementEdit> edits, BiFunction<Integer, String, String> field) {
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            AgreementEdit e = edits.get(i);
            int at = i;
            given(e.kind(), field.apply(i, "kind"));
            AgreementKind kind = Coded.parse(AgreementKind.class, e.kind())
                    .orElseThrow(() -> Curation.Refused.bad(field.apply(at, "kind"), "'" + e.kind()
                            + "' is not one of " + Coded.choices(AgreementKind.class)));
            given(e.date(), field.apply(i, "date"));
            PartialDate date;
            try {
                date = PartialDate.parse(e.date());
            } catch (IllegalArgumentException problem) {
                throw Curation.Refused.bad(field.apply(i, "date"), problem.getMessage());
            }
            given(e.sources(), field.apply(i, "sources"));
            List<String> sources = e.sources().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                    .toList();
            if (sources.isEmpty()) {
                throw Curation.Refused.bad(field.apply(i, "sources"), "an agreement needs at least one source id");
            }
            agreements.add(new Agreement(kind, date, tie.agreements().get(i).title(), sources));
        }
        return new Tie(tie.cityA(), tie.cityB(), agreements, tie.status(), tie.reasons(), tie.activity(),
                tie.conflicts(), tie.listings());
    }

    private static void given(Object part, String field) {
        if (part == null) {
            throw Curation.Refused.bad(field, "is missing");
        }
    }
}
