package org.copydesk.formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Field;

/**
 * The stable identifier every agency format requires: derived from the source bytes' SHA-256 (and the
 * item within a feed), so re-exporting the same input always gives the same id.
 */
public final class ArticleUrn {
    public static final String PREFIX = "urn:copydesk:article:";

    private ArticleUrn() {
    }

    public static String of(Article article) {
        if (article.source() != null) {
            String item = article.source().item() > 0 ? ":" + article.source().item() : "";
            return PREFIX + article.source().sha256() + item;
        }
        // no source (built in code): hash the text instead, which is just as stable
        StringBuilder sb = new StringBuilder(article.text(Field.HEADLINE, 0));
        for (String p : article.body()) {
            sb.append('\n').append(p);
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
