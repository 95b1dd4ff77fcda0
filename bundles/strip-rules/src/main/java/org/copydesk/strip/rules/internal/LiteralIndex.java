package org.copydesk.strip.rules.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds, in one pass over a lower-cased paragraph, which rule patterns can match it: those without
 * required literals always, the others when one of their {@link RequiredLiterals} occurs (an
 * Aho-Corasick automaton over all the literals). Patterns are numbered in slots, rule by rule.
 */
final class LiteralIndex {
    /** One automaton state: its transitions, failure link and the slots whose literal ends here. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Node fail;
        final BitSet slots = new BitSet();
        /** The transitions once built, as sorted characters and their states: a lookup boxes nothing. */
        char[] keys;
        Node[] targets;

        Node child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k < 0 ? null : targets[k];
        }

        void freeze() {
            keys = new char[next.size()];
            targets = new Node[next.size()];
            int k = 0;
            for (char c : new TreeMap<>(next).keySet()) {
                keys[k] = c;
                targets[k++] = next.get(c);
            }
        }
    }

    private final Node root = new Node();
    private final BitSet always = new BitSet();
    private final int[] firstSlot;

    LiteralIndex(List<Rule> rules) {
        firstSlot = new int[rules.size()];
        int slot = 0;
        for (int i = 0; i < rules.size(); i++) {
            firstSlot[i] = slot;
            for (Set<String> literals : rules.get(i).literals()) {
                if (literals == null) {
                    always.set(slot);
                } else {
                    for (String lit : literals) {
                        add(lit, slot);
                    }
                }
                slot++;
            }
        }
        link();
    }

    /** The slot of pattern {@code k} of rule {@code rule}. */
    int slot(int rule, int k) {
        return firstSlot[rule] + k;
    }

    private void add(String literal, int slot) {
        Node n = root;
        for (int k = 0; k < literal.length(); k++) {
            n = n.next.computeIfAbsent(literal.charAt(k), c -> new Node());
        }
        n.slots.set(slot);
    }

    /** Failure links, breadth first, each state also reporting what its fallback reports. */
    private void link() {
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
                e.getValue().fail = target == null ? root : target;
                e.getValue().slots.or(e.getValue().fail.slots);
                queue.add(e.getValue());
            }
            n.freeze();
        }
        root.freeze();
    }

    /** The slots of the patterns worth trying on {@code lower} (already lower-cased). */
    BitSet candidates(String lower) {
        BitSet out = (BitSet) always.clone();
        Node n = root;
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            Node next = n.child(c);
            while (next == null && n != root) {
                n = n.fail;
                next = n.child(c);
            }
            n = next == null ? root : next;
            if (!n.slots.isEmpty()) { // most states report nothing: spare the or over every slot
                out.or(n.slots);
            }
        }
        return out;
    }
}
