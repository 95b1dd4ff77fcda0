package org.copydesk.time.tagger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TempEval-3 task A scoring as ../shared/eval/score-timex.py does it: relaxed matches are overlapping
 * extents paired one-to-one, largest overlap first; value F1 = relaxed F1 x value accuracy.
 */
final class TimexScore {
    record Span(int start, int end, String type, String value, String text) {
    }

    private static final Pattern SECONDS = Pattern.compile("(T\\d\\d:\\d\\d):00(\\.0+)?$");
    private static final Pattern DECADES = Pattern.compile("P(\\d+(?:\\.\\d+)?)(DE|CE|ML)");

    int gold;
    int system;
    int strict;
    int relaxed;
    int value;
    int type;
    final List<String> misses = new ArrayList<>();

    static String norm(String v) {
        String s = v == null ? "" : v.strip().toUpperCase(Locale.ROOT);
        s = SECONDS.matcher(s).replaceAll("$1");
        if (s.endsWith("Z")) {
            s = s.substring(0, s.length() - 1);
        }
        Matcher m = DECADES.matcher(s);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
                case "DE" -> 10;
                case "CE" -> 100;
                default -> 1000;
            };
            s = "P" + (n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n)) + "Y";
        }
        return s;
    }

    void add(String doc, List<Span> g, List<Span> p) {
        gold += g.size();
        system += p.size();
        for (Span a : g) {
            for (Span b : p) {
                if (a.start() == b.start() && a.end() == b.end()) {
                    strict++;
                }
            }
        }
        List<int[]> cands = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                int ov = Math.min(g.get(i).end(), p.get(j).end()) - Math.max(g.get(i).start(), p.get(j).start());
                if (ov > 0) {
                    cands.add(new int[] {-ov, i, j});
                }
            }
        }
        cands.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : x[1] != y[1] ? Integer.compare(x[1], y[1])
                : Integer.compare(x[2], y[2]));
        boolean[] ug = new boolean[g.size()];
        boolean[] up = new boolean[p.size()];
        for (int[] c : cands) {
            if (ug[c[1]] || up[c[2]]) {
                continue;
            }
            ug[c[1]] = true;
            up[c[2]] = true;
            relaxed++;
            Span a = g.get(c[1]);
            Span b = p.get(c[2]);
            if (a.type().equalsIgnoreCase(b.type())) {
                type++;
            }
            String nv = norm(b.value());
            if (!nv.isEmpty() && nv.equals(norm(a.value()))) {
                value++;
            } else {
                misses.add(doc + " '" + b.text() + "' " + b.value() + " gold '" + a.text() + "' " + a.value());
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (!ug[i]) {
                misses.add(doc + " MISSED '" + g.get(i).text() + "' " + g.get(i).value());
            }
        }
        for (int j = 0; j < p.size(); j++) {
            if (!up[j]) {
                misses.add(doc + " SPURIOUS '" + p.get(j).text() + "' " + p.get(j).value());
            }
        }
    }

    static double f1(int tp, int ns, int ng) {
        double p = ns == 0 ? 0 : (double) tp / ns;
        double r = ng == 0 ? 0 : (double) tp / ng;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double relaxedF1() {
        return f1(relaxed, system, gold);
    }

    double strictF1() {
        return f1(strict, system, gold);
    }

    double valueF1() {
        return relaxedF1() * (relaxed == 0 ? 0 : (double) value / relaxed);
    }

    String summary() {
        return String.format(Locale.ROOT, "valueF1 %.1f relaxedF1 %.1f strictF1 %.1f gold %d system %d",
                100 * valueF1(), 100 * relaxedF1(), 100 * strictF1(), gold, system);
    }
}
