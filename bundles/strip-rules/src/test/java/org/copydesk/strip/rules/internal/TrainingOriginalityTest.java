package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.copydesk.strip.rules.internal.model.LabelledArticle;
import org.copydesk.strip.rules.internal.model.TrainingSets;
import org.junit.jupiter.api.Test;

/**
 * Training data written after the unseen sets must not copy or paraphrase their lines: a line of
 * such a set may share at most a common phrase (one run of four words, "the end of the") with any
 * unseen line when it is boilerplate, and at most three when it is article text (news sentences share
 * "is expected to open" and "by the end of the year"). An unseen set, once measured, becomes training
 * data itself ({@link TrainingSets#MEASURED}, strip11); the checks of the sets written after it still
 * read it, under its training name.
 */
class TrainingOriginalityTest {
    /** Every set measured as unseen by the time strip14 shipped, training data since (strip11 to strip15). */
    static final List<String> UNSEEN_BY_STRIP14 = measured(14);
    /** Every set measured as unseen by the time sets 15 and 16 had been measured on strip15's model. */
    static final List<String> UNSEEN_BY_STRIP15 = measured(16);
    /** Every set measured as unseen by the time sets 21 and 22 had been measured on strip17's model. */
    static final List<String> UNSEEN_BY_STRIP17 = measured(22);
    /** Every set measured as unseen by the time sets 25 and 26 had been measured on strip19's model. */
    static final List<String> UNSEEN_BY_STRIP19 = measured(26);
    /** Every set measured as unseen by the time sets 27 and 28 had been measured on strip20's model. */
    static final List<String> UNSEEN_BY_STRIP20 = measured(28);

    /** The first {@code n} measured sets by their training names. */
    static List<String> measured(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "strip-was-unseen-" + i + ".tsv").toList();
    }

    /**
     * The training sets written after an unseen set existed, each checked against the unseen sets that
     * existed when it was written (a later set cannot have been copied; its writer did not read these).
     * A training set written later lists every unseen set that existed by then: each unseen set joins the
     * list of the first training set written after it (set 6 joined strip-wording-2.tsv's, set 7
     * strip-wording-3.tsv's; set 8 was written at the same time as strip-wording-3.tsv and apart from it,
     * so it joins the next one written; set 9 was written after strip-wording-3.tsv, at the same time as
     * strip9's training lines and apart from them, so it joins the list of the first training set
     * written after both; set 10 was written after strip9 shipped, at the same time as strip10's
     * training work and apart from it, so it too joins the list of the first training set written after
     * both). Sets 1 to 10 are training data since strip11, set 11 since strip12, set 12 since strip13,
     * set 13 since strip14, set 14 since strip15, sets 15 and 16 since the round after it, sets 17
     * and 18 since strip16 (which wrote no training set), sets 19 and 20 since strip17 (which wrote none either), sets 21 and 22 since strip18, sets 23 and 24 since strip19 (which wrote no training set), sets 25 and 26 since strip20, sets 27 and 28 since strip21, under the names strip-was-unseen-N.tsv (set 11 was written after strip10 shipped, at the same time
     * as strip11's work, which wrote no training set, and apart from it; set 12 after strip11 shipped, at
     * the same time as strip12's work and strip-wording-4.tsv and apart from both, so it joins the list of
     * the next training set written; strip13 wrote none); an unseen set written from now on
     * (strip-unseen-15.tsv onward, {@link LabelledSetTest#UNSEEN}) joins the list of every training set
     * written after it (set 13 was written after strip12 shipped, at the same time as strip13's work, which
     * wrote no training set, and apart from it; strip14 wrote none either; set 14 was written after strip13
     * shipped, at the same time as strip14's work and apart from it; set 15 was written after strip14
     * shipped, at the same time as the next strip work and the training sets written with it, and apart
     * from them; set 16 was written after set 15, while strip14's model was still the one shipped, at the
     * same time as that strip work and apart from it; set 17 was written after sets 15 and 16 were measured on
     * strip15's model, at the same time as the next strip work and apart from it; set 18 the same,
     * apart from set 17 too; sets 19 and 20 after set 18, by two writers apart from each other, at the same
     * time as the next strip work and apart from it; sets 21 and 22 after sets 19 and 20 were measured on
     * strip16's model, by two writers apart from each other, at the same time as the next strip work and apart
     * from it; sets 23 and 24 after sets 21 and 22 were measured on strip17's model, by two writers apart from
     * each other, at the same time as the next strip work and apart from it; sets 25 and 26 after sets 23 and 24
     * were measured on strip18's model, by two writers apart from each other, at the same time as the next strip
     * work and apart from it; sets 27 and 28 after sets 25 and 26 were measured on strip19's model, by two writers
     * apart from each other, at the same time as the next strip work and apart from it; sets 29 and 30 after sets
     * 27 and 28 were measured on strip20's model, by two writers apart from each other and from the next strip work).
     */
    static final Map<String, List<String>> CHECKED = Map.ofEntries(
            Map.entry("strip-broad.tsv", List.of("strip-was-unseen-1.tsv", "strip-was-unseen-2.tsv", "strip-was-unseen-3.tsv", "strip-was-unseen-4.tsv")),
            // written while set 6 was being written apart, by a writer who never read it: three stock
            // phrases ("in the first half of the year", "for the day's news", "no say over what") are
            // shared by chance, so set 6 is not in its list
            Map.entry("strip-wording.tsv", List.of("strip-was-unseen-1.tsv", "strip-was-unseen-2.tsv", "strip-was-unseen-3.tsv", "strip-was-unseen-4.tsv",
                    "strip-was-unseen-5.tsv")),
            Map.entry("strip-wording-2.tsv", List.of("strip-was-unseen-1.tsv", "strip-was-unseen-2.tsv", "strip-was-unseen-3.tsv", "strip-was-unseen-4.tsv",
                    "strip-was-unseen-5.tsv", "strip-was-unseen-6.tsv")),
            Map.entry("strip-wording-3.tsv", List.of("strip-was-unseen-1.tsv", "strip-was-unseen-2.tsv", "strip-was-unseen-3.tsv", "strip-was-unseen-4.tsv",
                    "strip-was-unseen-5.tsv", "strip-was-unseen-6.tsv", "strip-was-unseen-7.tsv")),
            // written after strip11 shipped, when set 11 was the only unseen set (training data since strip12);
            // sets 1 to 10 (training data by then) are in its list as well, since they existed when it was written
            Map.entry("strip-wording-4.tsv", List.of("strip-was-unseen-1.tsv", "strip-was-unseen-2.tsv", "strip-was-unseen-3.tsv", "strip-was-unseen-4.tsv",
                    "strip-was-unseen-5.tsv", "strip-was-unseen-6.tsv", "strip-was-unseen-7.tsv", "strip-was-unseen-8.tsv",
                    "strip-was-unseen-9.tsv", "strip-was-unseen-10.tsv", "strip-was-unseen-11.tsv")),
            // written after strip14 shipped (train15a, train15b), each apart from the other and from set 15, which was
            // written at the same time (so set 15 joins the list of the next training set written); sets 1 to 14
            // existed, all training data by then
            Map.entry("strip-wording-5.tsv", UNSEEN_BY_STRIP14),
            Map.entry("strip-wording-6.tsv", UNSEEN_BY_STRIP14),
            // train15c, train15d: the same, written at the same time as those two and apart from them and from sets 15 and 16
            Map.entry("strip-wording-7.tsv", UNSEEN_BY_STRIP14),
            Map.entry("strip-wording-8.tsv", UNSEEN_BY_STRIP14),
            // train16a-d: written after sets 15 and 16 were measured, apart from each other and from sets 17 and 18
            Map.entry("strip-wording-9.tsv", UNSEEN_BY_STRIP15),
            Map.entry("strip-wording-10.tsv", UNSEEN_BY_STRIP15),
            Map.entry("strip-wording-11.tsv", UNSEEN_BY_STRIP15),
            Map.entry("strip-wording-12.tsv", UNSEEN_BY_STRIP15),
            // train18a-d: written after sets 21 and 22 were measured, apart from each other and from sets 23 and 24
            Map.entry("strip-wording-13.tsv", UNSEEN_BY_STRIP17),
            Map.entry("strip-wording-14.tsv", UNSEEN_BY_STRIP17),
            Map.entry("strip-wording-15.tsv", UNSEEN_BY_STRIP17),
            Map.entry("strip-wording-16.tsv", UNSEEN_BY_STRIP17),
            // train20a-d: written after sets 25 and 26 were measured, apart from each other and from sets 27 and 28
            Map.entry("strip-wording-17.tsv", UNSEEN_BY_STRIP19),
            Map.entry("strip-wording-18.tsv", UNSEEN_BY_STRIP19),
            Map.entry("strip-wording-19.tsv", UNSEEN_BY_STRIP19),
            Map.entry("strip-wording-20.tsv", UNSEEN_BY_STRIP19),
            // train20e: subheadings and other short lines of real article shapes, against the teasers strip20's sets taught
            Map.entry("strip-wording-21.tsv", UNSEEN_BY_STRIP19),
            // train21a-c: written after sets 27 and 28 were measured, apart from each other and from sets 29 and 30
            Map.entry("strip-wording-22.tsv", UNSEEN_BY_STRIP20),
            Map.entry("strip-wording-23.tsv", UNSEEN_BY_STRIP20),
            Map.entry("strip-wording-24.tsv", UNSEEN_BY_STRIP20));
    /**
     * The training sets older than this check, which it does not read; and the measured sets
     * ({@link TrainingSets#MEASURED}), each written as an unseen set by a writer who read no training line.
     */
    static final List<String> OLDER = List.of("strip-set.tsv", "strip-heldout.tsv", "strip-fresh.tsv", "strip-styles.tsv",
            "strip-weak.tsv");
    static final int RUN = 4;
    static final int MAX_SHARED_BOILERPLATE = 1;
    static final int MAX_SHARED_ARTICLE = 3;
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");

    @Test
    void newTrainingLinesShareNoWordingWithTheUnseenSets() throws IOException {
        List<String> copies = new ArrayList<>();
        for (Map.Entry<String, List<String>> checked : CHECKED.entrySet()) {
            String name = checked.getKey();
            List<Set<String>> unseen = new ArrayList<>();
            List<String> unseenText = new ArrayList<>();
            for (String set : checked.getValue()) {
                for (LabelledArticle a : checkedAgainst(set)) {
                    for (String p : a.body()) {
                        unseen.add(runs(p));
                        unseenText.add(set + ": " + p);
                    }
                }
            }
            for (LabelledArticle a : TrainingSets.read(name)) {
                for (int i = 0; i < a.body().size(); i++) {
                    Set<String> mine = runs(a.body().get(i));
                    int max = a.boilerplate(i) ? MAX_SHARED_BOILERPLATE : MAX_SHARED_ARTICLE;
                    for (int k = 0; k < unseen.size(); k++) {
                        Set<String> shared = new HashSet<>(mine);
                        shared.retainAll(unseen.get(k));
                        if (shared.size() > max) {
                            copies.add(name + ": " + a.body().get(i) + " <-> " + unseenText.get(k) + " " + shared);
                        }
                    }
                }
            }
        }
        copies.forEach(System.out::println);
        assertTrue(copies.isEmpty(), copies.size() + " training lines share wording with unseen lines: " + copies);
    }

    @Test
    void everyNewerTrainingSetIsChecked() {
        for (String name : TrainingSets.NAMES) {
            assertTrue(OLDER.contains(name) || TrainingSets.MEASURED.contains(name) || CHECKED.containsKey(name), name
                    + " is checked against no unseen set: add it to CHECKED with the unseen sets that existed when it was written");
        }
    }

    /** No unseen set is trained on, by name or by a line of six words or more copied whole. */
    @Test
    void noUnseenSetIsTrainingData() throws IOException {
        Set<String> trained = new HashSet<>();
        for (String name : TrainingSets.NAMES) {
            TrainingSets.read(name).forEach(a -> trained.addAll(a.body()));
        }
        for (String set : LabelledSetTest.UNSEEN) {
            assertTrue(!TrainingSets.NAMES.contains(set), set + " is both an unseen set and training data");
            for (LabelledArticle a : LabelledSetTest.unseen(set)) {
                for (String p : a.body()) {
                    assertTrue(p.split(" ").length < 6 || !trained.contains(p),
                            set + ": a line of it is in the training data: " + p);
                }
            }
        }
    }

    /** A set a training set is checked against: an unseen set, or one measured and since trained on. */
    private static List<LabelledArticle> checkedAgainst(String set) throws IOException {
        if (TrainingSets.MEASURED.contains(set)) {
            return TrainingSets.read(set);
        }
        assertTrue(LabelledSetTest.UNSEEN.contains(set), set + " is neither an unseen set nor a measured one");
        return LabelledSetTest.unseen(set);
    }

    @Test
    void aCopiedLineIsFound() {
        Set<String> a = runs("Tickets are on sale now for the gala dinner. Book your table today.");
        Set<String> b = runs("Tickets are on sale now for our summer gala: book your table today!");
        a.retainAll(b);
        assertTrue(a.size() > MAX_SHARED_BOILERPLATE, "shared runs " + a);
    }

    /** The runs of four words of a paragraph, lower-cased, punctuation dropped. */
    static Set<String> runs(String paragraph) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(paragraph.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return out;
    }
}
