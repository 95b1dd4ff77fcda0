package org.copydesk.entities.tagger.internal;

import java.util.List;

import org.copydesk.api.model.EntityType;
import org.copydesk.entities.common.NameSpan;

/**
 * The BILOU tag set (Ratinov and Roth 2009): 0 is O, then for each entity type in {@link EntityType}
 * order B (begins a longer name), I (inside), L (last) and U (a one-token name).
 */
final class Labels {
    static final int PER_TYPE = 4;
    /** The types in label order, copied once: {@code values()} makes a new array on every call. */
    private static final EntityType[] TYPES = EntityType.values();
    static final int COUNT = 1 + PER_TYPE * TYPES.length;
    static final int O = 0;
    private static final int B = 0, I = 1, L = 2, U = 3;

    private Labels() {
    }

    private static int label(EntityType t, int part) {
        return 1 + PER_TYPE * t.ordinal() + part;
    }

    private static int part(int label) {
        return (label - 1) % PER_TYPE;
    }

    static EntityType type(int label) {
        return label == O ? null : TYPES[(label - 1) / PER_TYPE];
    }

    /** Whether the label starts a name (B or U). */
    static boolean starts(int label) {
        return label != O && (part(label) == B || part(label) == U);
    }

    /** Whether the name goes on after this label (B or I). */
    private static boolean open(int label) {
        return label != O && (part(label) == B || part(label) == I);
    }

    /** After B-X or I-X only I-X or L-X; elsewhere only O, B or U. {@code prev} is -1 at the sentence start. */
    static boolean allowed(int prev, int label) {
        if (prev >= 0 && open(prev)) {
            return label != O && type(label) == type(prev) && !starts(label);
        }
        return label == O || starts(label);
    }

    /** A sentence may not end inside a name. */
    static boolean canEnd(int label) {
        return !open(label);
    }

    /** The labels of {@code n} tokens holding these spans (of any unit: only start, end and type are read). */
    static int[] encode(List<NameSpan> spans, int n) {
        int[] y = new int[n];
        for (NameSpan s : spans) {
            if (s.end() - s.start() == 1) {
                y[s.start()] = label(s.type(), U);
                continue;
            }
            y[s.start()] = label(s.type(), B);
            for (int i = s.start() + 1; i < s.end() - 1; i++) {
                y[i] = label(s.type(), I);
            }
            y[s.end() - 1] = label(s.type(), L);
        }
        return y;
    }

    /** Appends the spans that a decoded label sequence describes. */
    static void spans(int unit, int[] labels, List<NameSpan> out) {
        int start = -1;
        for (int i = 0; i < labels.length; i++) {
            int y = labels[i];
            if (y == O) {
                start = -1;
            } else if (starts(y)) {
                start = i;
                if (part(y) == U) {
                    out.add(new NameSpan(unit, i, i + 1, type(y)));
                    start = -1;
                }
            } else if (part(y) == L && start >= 0) {
                out.add(new NameSpan(unit, start, i + 1, type(y)));
                start = -1;
            }
        }
    }
}
