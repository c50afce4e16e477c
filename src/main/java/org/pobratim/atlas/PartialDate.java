package org.pobratim.atlas;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to some precision: {@code 1966-05-12}, {@code 1966-05}, {@code 1966}, {@code 1960s} or
 * {@code unknown}. Fields beyond the precision are zero; a decade keeps its first year.
 */
public record PartialDate(DatePrecision precision, int year, int month, int day) implements Comparable<PartialDate> {
    public static final int EARLIEST_YEAR = 1800;
    public static final PartialDate UNKNOWN = new PartialDate(DatePrecision.UNKNOWN, 0, 0, 0);

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|(\\d{3}0)s");
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing((PartialDate d) -> d.isKnown() ? 0 : 1)
            .thenComparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month)
            .thenComparingInt(PartialDate::day);

    public PartialDate {
        if (precision == null) {
            throw new IllegalArgumentException("precision is required");
        }
        if (precision != DatePrecision.UNKNOWN) {
            int latest = Year.now().getValue();
            if (year < EARLIEST_YEAR || year > latest) {
                throw new IllegalArgumentException(
                        "year " + year + " is outside " + EARLIEST_YEAR + ".." + latest);
            }
        }
        if (precision == DatePrecision.DECADE && year % 10 != 0) {
            throw new IllegalArgumentException("a decade starts at a year ending in 0, not " + year);
        }
        if (precision == DatePrecision.DAY || precision == DatePrecision.MONTH) {
            try {
                LocalDate date = LocalDate.of(year, month, precision == DatePrecision.DAY ? day : 1);
                if (date.isAfter(LocalDate.now())) {
                    throw new IllegalArgumentException(date + " is in the future");
                }
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date: " + e.getMessage(), e);
            }
        }
    }

    public static PartialDate year(int year) {
        return new PartialDate(DatePrecision.YEAR, year, 0, 0);
    }

    public static PartialDate decade(int firstYear) {
        return new PartialDate(DatePrecision.DECADE, firstYear, 0, 0);
    }

    /** Parses the text form; throws {@link IllegalArgumentException} saying what is wrong. */
    public static PartialDate parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("unknown")) {
            return UNKNOWN;
        }
        Matcher m = FORMAT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + t + "' is not a date (use 1966-05-12, 1966-05, 1966, 1960s or unknown)");
        }
        if (m.group(4) != null) {
            return decade(Integer.parseInt(m.group(4)));
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return year(year);
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            return new PartialDate(DatePrecision.MONTH, year, month, 0);
        }
        return new PartialDate(DatePrecision.DAY, year, month, Integer.parseInt(m.group(3)));
    }

    public boolean isKnown() {
        return precision != DatePrecision.UNKNOWN;
    }

    /** Whether two known dates may stand for the same year: a decade stands for each of its years (1966, 1960s). */
    public boolean maybeSameYear(PartialDate other) {
        if (precision == DatePrecision.DECADE || other.precision == DatePrecision.DECADE) {
            return year / 10 == other.year / 10;
        }
        return year == other.year;
    }

    /** The first year this date can stand for, or null when unknown. */
    public Integer yearOrNull() {
        return isKnown() ? year : null;
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
            case DECADE -> year + "s";
            case UNKNOWN -> "unknown";
        };
    }
}
