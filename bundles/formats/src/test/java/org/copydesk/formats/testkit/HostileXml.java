package org.copydesk.formats.testkit;

import java.nio.charset.StandardCharsets;

/** XML attacks that a hardened importer must refuse: external entities and entity expansion. */
public final class HostileXml {
    private HostileXml() {
    }

    /**
     * An XXE document: {@code body} is the element tree with {@code &xxe;} where the file's content
     * would land, its root named {@code root}.
     */
    public static byte[] externalEntity(String root, String body) {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The billion laughs: ten levels of ten-fold expansion, referenced as {@code &lol9;} in {@code body}. */
    public static byte[] billionLaughs(String root, String body) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE ").append(root).append(" [\n");
        sb.append(" <!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            sb.append(" <!ENTITY lol").append(level).append(" \"");
            sb.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">\n");
        }
        return sb.append("]>\n").append(body).toString().getBytes(StandardCharsets.UTF_8);
    }
}
