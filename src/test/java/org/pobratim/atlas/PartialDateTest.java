package org.pobratim.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void parsesEveryPrecisionAndWritesItBack() {
        for (String text : List.of("1966-05-12", "1966-05", "1966", "1960s", "unknown")) {
            assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
        }
        assertThat(PartialDate.parse("1966-05").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("1980s").year()).isEqualTo(1980);
    }

    @Test
    void rejectsFutureAndImplausibleDates() {
        assertThatThrownBy(() -> PartialDate.parse("2999")).hasMessageContaining("2999");
        assertThatThrownBy(() -> PartialDate.parse("1066")).hasMessageContaining("1066");
        assertThatThrownBy(() -> PartialDate.parse("1999-02-30")).hasMessageContaining("no such date");
        assertThatThrownBy(() -> PartialDate.parse("1965s")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> PartialDate.parse("in 1966")).hasMessageContaining("not a date");
    }

    @Test
    void ordersByTimeWithUnknownLast() {
        List<PartialDate> sorted = List.of(PartialDate.UNKNOWN, PartialDate.parse("1966-05"),
                PartialDate.parse("1920"), PartialDate.parse("1966")).stream().sorted().toList();
        assertThat(sorted).extracting(PartialDate::toString).containsExactly("1920", "1966", "1966-05", "unknown");
    }
}
