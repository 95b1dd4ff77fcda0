package org.copydesk.strip.rules.internal;

import java.util.List;

/** The rules that apply to one article, with the index that picks those worth trying per paragraph. */
record RuleSet(List<Rule> rules, LiteralIndex index) {
    static RuleSet of(List<RulePack> packs) {
        List<Rule> rules = packs.stream().flatMap(p -> p.rules().stream()).toList();
        return new RuleSet(rules, new LiteralIndex(rules));
    }
}
