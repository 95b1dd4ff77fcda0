package org.copydesk.formats;

/**
 * Escaping for text placed in HTML element content or quoted attribute values; characters HTML
 * cannot carry (NUL and other controls) become U+FFFD, as a browser would make them.
 */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        String s = XmlText.clean(text);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
