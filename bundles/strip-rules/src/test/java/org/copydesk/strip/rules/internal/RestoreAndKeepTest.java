package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

/** Removals can be put back one at a time or by reason, and kept reasons are never removed. */
class RestoreAndKeepTest {
    static final List<String> BODY = SeedShapeTest.BODY;

    private static Article strip(StripConfig config, ProcessContext context) {
        return TestConfig.stripper(config).process(Articles.of(BODY), context);
    }

    @Test
    void restoresOneRemovalWhereItStood() {
        Article out = strip(TestConfig.defaults(), ProcessContext.defaults());
        Removal second = out.removed().get(1);
        Article back = out.restore(second.id());
        assertEquals(out.body().size() + 1, back.body().size());
        assertEquals(second.text(), back.body().get(0));
        assertEquals(BODY, back.originalBody());
        assertTrue(back.removed().stream().noneMatch(r -> r.id().equals(second.id())));
    }

    @Test
    void restoresEveryRemovalOfAReason() {
        Article out = strip(TestConfig.defaults(), ProcessContext.defaults());
        Article back = out.restoreReasons(Set.of("comments"));
        assertEquals(BODY.subList(4, 15).stream().filter(p -> !p.startsWith("Subscribe") && !p.startsWith("Want")).toList(),
                back.body());
        assertTrue(back.removed().stream().noneMatch(r -> r.reason().equals("comments")));
        assertEquals(BODY, back.originalBody());
    }

    @Test
    void leavesReasonsTheRunKeeps() {
        ProcessContext keepAppeals = new ProcessContext("default", null, Set.of("appeal"), Map.of());
        Article out = strip(TestConfig.defaults(), keepAppeals);
        assertEquals(BODY.subList(0, 10), out.body());
        assertEquals(5, out.removed().size());
    }

    @Test
    void leavesReasonsTheDeskKeeps() {
        StripConfig keepComments = TestConfig.config(new String[] {"*"}, new String[] {"comments"}, "");
        Article out = strip(keepComments, ProcessContext.defaults());
        assertEquals(BODY.subList(12, 15), out.body().subList(6, 9));
        assertTrue(out.removed().stream().noneMatch(r -> r.reason().equals("comments")));
    }
}
