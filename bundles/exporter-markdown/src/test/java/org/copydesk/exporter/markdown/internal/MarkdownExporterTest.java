package org.copydesk.exporter.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.TimelineEntry;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {
    @Test
    void writesArticleEntitiesAndTimeline() throws IOException {
        Article a = Article.builder().headline("Strike ends").standfirst("A deal").byline("Ann Lee")
                .published(LocalDate.of(2024, 3, 14)).body(List.of("Workers in *Rotterdam* returned.", "1. Not a list"))
                .entities(List.of(new Entity("e1", "Rotterdam", EntityType.LOCATION, List.of(new Mention(Field.BODY, 0, 12, 21, "Rotterdam")))))
                .timeline(List.of(new TimelineEntry("2024-03-08", "The strike began.", 0, List.of()))).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownExporter().write(a, out);
        String md = out.toString(StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Strike ends\n\n*A deal*\n\nBy Ann Lee · 14 March 2024\n\n"), md);
        assertTrue(md.contains("Workers in \\*Rotterdam\\* returned."), md);
        assertTrue(md.contains("1\\. Not a list"), md);
        assertTrue(md.contains("**Places:** Rotterdam (1)"), md);
        assertTrue(md.contains("- **8 March 2024**: The strike began."), md);
    }

    @Test
    void escapesMarkupCharacters() {
        assertEquals("\\<script\\>x\\</script\\> \\_a\\_ \\[l\\](u) \\# h", MarkdownExporter.escape("<script>x</script> _a_ [l](u) # h"));
        assertEquals("\\- item", MarkdownExporter.escape("- item"));
    }
}
