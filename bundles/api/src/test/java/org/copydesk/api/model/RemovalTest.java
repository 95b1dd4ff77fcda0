package org.copydesk.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemovalTest {
    @Test
    void aRuleRemovalHasNoConfidenceAndAModelRemovalKeepsItsOwn() {
        Removal rule = new Removal("Support us", "appeal", "generic:appeal.support-us", "org.copydesk.strip.rules", 3);
        assertNull(rule.confidence());
        Removal model = new Removal("Chip in a fiver", "appeal", "model", "org.copydesk.strip.rules", 4, 0.93);
        assertEquals(0.93, model.confidence());
        assertEquals(new Removal("Chip in a fiver", "appeal", "model", "org.copydesk.strip.rules", 7, 0.93), model.withPosition(7));
        assertEquals(rule, rule.withConfidence(0.5).withConfidence(null));
    }

    @Test
    void aConfidenceIsAProbability() {
        assertThrows(IllegalArgumentException.class, () -> new Removal("x", "promo", "model", "b", 0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Removal("x", "promo", "model", "b", 0, Double.NaN));
    }

    @Test
    void restoringAndRemovingAgainKeepsOtherRemovalsConfidence() {
        Article a = Article.builder().body(List.of("Chip in a fiver", "News.", "Support us")).build()
                .remove(List.of(new Article.Cut(0, "appeal", "model", "b"), new Article.Cut(2, "appeal", "generic:x", "b")));
        a = a.toBuilder().removed(List.of(a.removed().get(0).withConfidence(0.9), a.removed().get(1))).build();
        Article back = a.restore("r2");
        assertEquals(0.9, back.removed().get(0).confidence());
    }
}
