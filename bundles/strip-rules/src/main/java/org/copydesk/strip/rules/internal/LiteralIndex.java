package org.copydesk.strip.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds, in one pass over a lower-cased paragraph, which rules can match it: those without required
 * literals always, the others when one of their {@link RequiredLiterals} occurs (an Aho-Corasick
 * automaton over all the literals).
 */
final class LiteralIndex {
    /** One automaton state: its transitions, failure link and the rules whose literal ends here. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Node fail;
        final BitSet rules = new BitSet();
    }

    private final Node root = new Node();
    private final BitSet always = new BitSet();

    LiteralIndex(List<Rule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).literals() == null) {
                always.set(i);
                continue;
            }
            for (String lit : rules.get(i).literals()) {
                Node n = root;
                for (int k = 0; k < lit.length(); k++) {
                    n = n.next.computeIfAbsent(lit.charAt(k), c -> new Node());
                }
                n.rules.set(i);
            }
        }
        Queue<Node> queue = new ArrayDeque<>();
        root.fail = root;
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node n = queue.remove();
            for (Map.Entry<Character, Node> e : n.next.entrySet()) {
                Node f = n.fail;
                while (f != root && !f.next.containsKey(e.getKey())) {
                    f = f.fail;
                }
                Node target = f.next.get(e.getKey());
                e.getValue().fail = target == null || target == e.getValue() ? root : target;
                e.getValue().rules.or(e.getValue().fail.rules);
                queue.add(e.getValue());
            }
        }
    }

    /** The indexes of the rules worth trying on {@code lower} (already lower-cased). */
    BitSet candidates(String lower) {
        BitSet out = (BitSet) always.clone();
        Node n = root;
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            while (n != root && !n.next.containsKey(c)) {
                n = n.fail;
            }
            n = n.next.getOrDefault(c, root);
            out.or(n.rules);
        }
        return out;
    }

    /** Every rule index, for checking the index against trying every rule. */
    static BitSet all(int size) {
        BitSet b = new BitSet();
        b.set(0, size);
        return b;
    }

    static List<Rule> pick(List<Rule> rules, BitSet which) {
        List<Rule> out = new ArrayList<>();
        which.stream().forEach(i -> out.add(rules.get(i)));
        return out;
    }
}
