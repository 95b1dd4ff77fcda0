package org.copydesk.time.tagger.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Resolves calendar references against the publication date and writes TIMEX3 values. Without a
 * publication date every method answers with the unresolved {@code X} form of the same granularity,
 * so nothing is guessed.
 */
final class Anchor {
    /** Which way an underspecified reference points: by the tense of its clause. */
    enum Dir { PAST, FUTURE, NONE }

    private final LocalDate dct;

    Anchor(LocalDate dct) {
        this.dct = dct;
    }

    LocalDate dct() {
        return dct;
    }

    boolean known() {
        return dct != null;
    }

    static String date(LocalDate d) {
        return date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String date(int y, int m, int d) {
        return pad(y, 4) + '-' + pad(m, 2) + '-' + pad(d, 2);
    }

    static String year(int y) {
        return pad(y, 4);
    }

    static String month(int y, int m) {
        return pad(y, 4) + '-' + pad(m, 2);
    }

    static String week(LocalDate d) {
        return pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /**
     * {@code v} in decimal, zero-padded to {@code width} characters as {@code %0Nd} writes it: every
     * expression gets a value, and a format string would be parsed again for each.
     */
    static String pad(int v, int width) {
        String digits = Integer.toString(Math.abs(v));
        int zeros = width - digits.length() - (v < 0 ? 1 : 0);
        return (v < 0 ? "-" : "") + (zeros > 0 ? "0".repeat(zeros) : "") + digits;
    }

    /** The publication day shifted by {@code days}: today, yesterday, tomorrow. */
    String day(int days) {
        return dct == null ? "XXXX-XX-XX" : date(dct.plusDays(days));
    }

    LocalDate dayDate(int days) {
        return dct == null ? null : dct.plusDays(days);
    }

    /** A weekday: the one on or before the anchor in past or tenseless clauses, on or after in future ones. */
    LocalDate weekday(int dow, Dir dir) {
        if (dct == null) {
            return null;
        }
        DayOfWeek d = DayOfWeek.of(dow);
        return dir == Dir.FUTURE ? dct.with(TemporalAdjusters.nextOrSame(d)) : dct.with(TemporalAdjusters.previousOrSame(d));
    }

    /** "last Friday" / "next Friday": strictly before or after the anchor. */
    LocalDate weekdayStrict(int dow, boolean next) {
        if (dct == null) {
            return null;
        }
        DayOfWeek d = DayOfWeek.of(dow);
        return dct.with(next ? TemporalAdjusters.next(d) : TemporalAdjusters.previous(d));
    }

    static String weekdayUnresolved(int dow) {
        return "XXXX-WXX-" + dow;
    }

    /**
     * The year of a month-and-day or month without a year: the next occurrence in a future-tense clause;
     * in a past-tense one the anchor's year unless the month is more than four months ahead (reports in
     * the past tense often name months soon to come); without tense the nearest occurrence.
     */
    int yearOf(int month, int day, Dir dir) {
        int y = dct.getYear();
        int here = dct.getMonthValue() * 100 + dct.getDayOfMonth();
        int there = month * 100 + day;
        if (dir == Dir.FUTURE && there < here && month < dct.getMonthValue()) {
            return y + 1;
        }
        if (dir == Dir.PAST && month - dct.getMonthValue() > 4) {
            return y - 1; // a past clause looks back beyond a few months ahead: "sales fell in October"
        }
        if (dir == Dir.NONE && Math.abs(month - dct.getMonthValue()) > 6) {
            // nearest occurrence: "11 December" in a January story is last December
            return month > dct.getMonthValue() ? y - 1 : y + 1;
        }
        return y;
    }

    String monthDay(int month, int day, Dir dir) {
        if (dct == null) {
            return "XXXX-" + pad(month, 2) + '-' + pad(day, 2);
        }
        int y = yearOf(month, day, dir);
        return YearMonth.of(y, month).isValidDay(day) ? date(LocalDate.of(y, month, day)) : date(y, month, day);
    }

    String monthOnly(int month, Dir dir) {
        if (dct == null) {
            return "XXXX-" + pad(month, 2);
        }
        return month(yearOf(month, month == dct.getMonthValue() ? dct.getDayOfMonth() : 1, dir), month);
    }

    /** A unit relative to the anchor: {@code offset} units of "week", "month", "year", ... away. */
    String relative(String unit, int offset) {
        if (dct == null) {
            return switch (unit) {
                case "week" -> "XXXX-WXX";
                case "weekend" -> "XXXX-WXX-WE";
                case "month" -> "XXXX-XX";
                case "quarter" -> "XXXX-QX";
                case "decade" -> "XXX";
                case "century" -> "XX";
                default -> "XXXX";
            };
        }
        return switch (unit) {
            case "day" -> date(dct.plusDays(offset));
            case "week" -> week(dct.plusWeeks(offset));
            case "weekend" -> week(dct.plusWeeks(offset)) + "-WE";
            case "month" -> month(dct.plusMonths(offset).getYear(), dct.plusMonths(offset).getMonthValue());
            case "quarter" -> quarter(dct.plusMonths(3L * offset));
            case "decade" -> pad(dct.getYear() / 10 + offset, 3);
            case "century" -> pad(dct.getYear() / 100 + offset, 2);
            default -> year(dct.getYear() + offset);
        };
    }

    /**
     * "the weekend", "this weekend": in a past clause the last one begun by the anchor, otherwise the
     * one of the anchor's week.
     */
    String weekend(Dir dir) {
        if (dct == null) {
            return "XXXX-WXX-WE";
        }
        boolean begun = dct.getDayOfWeek().getValue() >= 6;
        return week(dir == Dir.PAST && !begun ? dct.minusWeeks(1) : dct) + "-WE";
    }

    private static String quarter(LocalDate d) {
        return year(d.getYear()) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    /** "the fourth quarter": this year's or a neighbouring year's, whichever is nearer. */
    String quarter(int q, Dir dir) {
        if (dct == null) {
            return "XXXX-Q" + q;
        }
        return year(nearest(dct.getYear(), q - ((dct.getMonthValue() - 1) / 3 + 1), 4, dir)) + "-Q" + q;
    }

    /**
     * A season named without a year (winter belongs to the year of its December): in past clauses the
     * last one begun by the anchor, in future ones the first not yet over, otherwise the nearest.
     */
    String season(String code, Dir dir) {
        if (dct == null) {
            return "XXXX-" + code;
        }
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        LocalDate best = null;
        for (int y = dct.getYear() - 2; y <= dct.getYear() + 1; y++) {
            LocalDate start = LocalDate.of(y, startMonth, 1);
            boolean fits = switch (dir) {
                case PAST -> !start.isAfter(dct);
                case FUTURE -> start.plusMonths(3).isAfter(dct);
                case NONE -> true;
            };
            if (fits && (best == null || dir == Dir.PAST
                    || dir == Dir.NONE && Math.abs(start.plusDays(45).toEpochDay() - dct.toEpochDay())
                            < Math.abs(best.plusDays(45).toEpochDay() - dct.toEpochDay()))) {
                best = start;
            }
            if (fits && dir == Dir.FUTURE) {
                break;
            }
        }
        return year(best.getYear()) + "-" + code;
    }

    /**
     * The year of one of {@code per} periods a year that lies {@code ahead} periods after the current
     * one: the nearer of this year's and a neighbouring year's, the coming one in future clauses.
     */
    private static int nearest(int year, int ahead, int per, Dir dir) {
        if (ahead < 0 && (dir == Dir.FUTURE || dir == Dir.NONE && -ahead > per / 2)) {
            return year + 1;
        }
        if (ahead > per / 2 && dir != Dir.FUTURE) {
            return year - 1;
        }
        return year;
    }

    /** "N units ago": the point in time at the granularity of the unit. */
    String ago(String unit, double n, int sign) {
        if (dct == null || n != Math.rint(n)) {
            return "XXXX-XX-XX";
        }
        long k = (long) n * sign;
        return switch (unit) {
            case "Y" -> year(dct.getYear() - (int) k);
            case "M" -> month(dct.minusMonths(k).getYear(), dct.minusMonths(k).getMonthValue());
            case "W" -> date(dct.minusWeeks(k));
            case "D" -> date(dct.minusDays(k));
            default -> date(dct);
        };
    }
}
