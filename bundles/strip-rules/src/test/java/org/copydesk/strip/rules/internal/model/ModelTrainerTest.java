package org.copydesk.strip.rules.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModelTrainerTest {
    @Test
    void aDesksExamplesKeepTheirShareOfTheLossHoweverMuchIsShipped() {
        assertEquals(8, ModelTrainer.deskWeight(16_000, 20), 1e-9, "twenty examples against 16,000 shipped: 160, a hundredth");
        assertEquals(16, ModelTrainer.deskWeight(32_000, 20), 1e-9, "twice the shipped data, twice the weight");
        assertEquals(0.01 * 50_000, 40 * ModelTrainer.deskWeight(50_000, 40), 1e-9);
        assertEquals(1, ModelTrainer.deskWeight(16_000, 5_000), 1e-9, "a desk with many examples counts each once, never less");
    }
}
