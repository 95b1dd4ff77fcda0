package org.copydesk.formats;

import java.util.regex.Pattern;

/** Language values as XML's xs:language (BCP 47 syntax) accepts them. */
public final class LanguageTag {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private LanguageTag() {
    }

    /** The tag ({@code en_GB} read as {@code en-GB}), or null when the value is no language tag at all. */
    public static String of(String language) {
        if (language == null) {
            return null;
        }
        String t = language.strip().replace('_', '-');
        return TAG.matcher(t).matches() ? t : null;
    }
}
