package org.pobratim.atlas;

import java.time.Year;

/** A population count, the year it was counted (null when the source does not say) and its source id. */
public record Population(long count, Integer year, String source) {
    public Population {
        if (count < 0) {
            throw new IllegalArgumentException("population " + count + " is negative");
        }
        if (year != null && (year < PartialDate.EARLIEST_YEAR || year > Year.now().getValue())) {
            throw new IllegalArgumentException("population year " + year + " is not plausible");
        }
    }
}
