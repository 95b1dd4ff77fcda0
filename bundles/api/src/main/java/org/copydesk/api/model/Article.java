package org.copydesk.api.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A news article and everything the pipeline learnt about it. Immutable: stages return changed copies
 * made with {@link #toBuilder()}, or with {@link #remove} and {@link #restore}, which keep every
 * paragraph reference (mentions, times, timeline) consistent when body paragraphs go or come back.
 * An editor's changes are operations of their own ({@code org.copydesk.api.edit}).
 */
public final class Article {
    /** Metadata key set when an editor changed the timeline: the timeline stage keeps it as it is. */
    public static final String TIMELINE_EDITED = "timeline.edited";

    private final String headline;
    private final String standfirst;
    private final String byline;
    private final LocalDate published;
    private final String url;
    private final String language;
    private final Source source;
    private final List<String> body;
    private final List<Removal> removed;
    private final List<Entity> entities;
    private final List<TimeExpression> times;
    private final List<TimelineEntry> timeline;
    private final List<Provenance> provenance;
    private final Map<String, String> metadata;

    private Article(Builder b) {
        headline = b.headline;
        standfirst = b.standfirst;
        byline = b.byline;
        published = b.published;
        url = b.url;
        language = b.language;
        source = b.source;
        body = List.copyOf(b.body);
        removed = b.removed.stream().sorted(Comparator.comparingInt(Removal::position)).toList();
        entities = List.copyOf(b.entities);
        times = List.copyOf(b.times);
        timeline = List.copyOf(b.timeline);
        provenance = List.copyOf(b.provenance);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        for (int i = 1; i < removed.size(); i++) {
            if (removed.get(i).position() == removed.get(i - 1).position()) {
                throw new IllegalArgumentException("two removals at position " + removed.get(i).position());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public String headline() { return headline; }
    public String standfirst() { return standfirst; }
    public String byline() { return byline; }
    /** Publication date: the anchor for relative time expressions; null when unknown. */
    public LocalDate published() { return published; }
    /** Canonical URL, when the input names one. */
    public String url() { return url; }
    /** BCP 47 language tag, when known. */
    public String language() { return language; }
    public Source source() { return source; }
    /** The kept body paragraphs, in order. */
    public List<String> body() { return body; }
    /** Removed blocks, ordered by original position. */
    public List<Removal> removed() { return removed; }
    public List<Entity> entities() { return entities; }
    public List<TimeExpression> times() { return times; }
    public List<TimelineEntry> timeline() { return timeline; }
    public List<Provenance> provenance() { return provenance; }
    /** Further facts an importer found (feed link, author, keywords ...), in insertion order. */
    public Map<String, String> metadata() { return metadata; }

    /** The entity with that id. */
    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The text of one field; for the body, of one paragraph. Empty when absent. */
    public String text(Field field, int paragraph) {
        return switch (field) {
            case HEADLINE -> headline == null ? "" : headline;
            case STANDFIRST -> standfirst == null ? "" : standfirst;
            case BODY -> paragraph >= 0 && paragraph < body.size() ? body.get(paragraph) : "";
        };
    }

    /** The body as it was before anything was removed: kept and removed blocks merged by position. */
    public List<String> originalBody() {
        List<String> out = new ArrayList<>(body);
        for (Removal r : removed) { // by position, so each goes in after those before it
            out.add(Math.min(r.position(), out.size()), r.text());
        }
        return out;
    }

    /** What a stage wants removed from the body: the paragraph index and why. */
    public record Cut(int paragraph, String reason, String rule, String by) {
    }

    /**
     * Moves body paragraphs to {@link #removed()}, recording their original positions, and drops or
     * renumbers every mention, time and timeline entry that pointed into the body.
     */
    public Article remove(Collection<Cut> cuts) {
        return cuts.isEmpty() ? this : BodyCuts.remove(this, cuts);
    }

    /** Puts one removed block back into the body where it stood. */
    public Article restore(String removalId) {
        return BodyCuts.restore(this, removed.stream().filter(r -> r.id().equals(removalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no removal " + removalId)));
    }

    /** Restores every removal whose reason is one of {@code reasons}. */
    public Article restoreReasons(Set<String> reasons) {
        Article a = this;
        for (Removal r : removed) {
            if (reasons.contains(r.reason())) {
                a = a.restore(r.id());
            }
        }
        return a;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Article a)) {
            return false;
        }
        return Objects.equals(headline, a.headline) && Objects.equals(standfirst, a.standfirst)
                && Objects.equals(byline, a.byline) && Objects.equals(published, a.published)
                && Objects.equals(url, a.url) && Objects.equals(language, a.language)
                && Objects.equals(source, a.source) && body.equals(a.body) && removed.equals(a.removed)
                && entities.equals(a.entities) && times.equals(a.times) && timeline.equals(a.timeline)
                && provenance.equals(a.provenance) && metadata.equals(a.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headline, standfirst, published, source, body, removed, entities, times, timeline);
    }

    @Override
    public String toString() {
        return "Article[" + (headline == null ? "(no headline)" : headline) + ", " + body.size() + " paragraphs]";
    }

    /** Collects an article's parts; lists are copied on {@link #build()}. */
    public static final class Builder {
        private String headline;
        private String standfirst;
        private String byline;
        private LocalDate published;
        private String url;
        private String language;
        private Source source;
        private List<String> body = new ArrayList<>();
        private List<Removal> removed = new ArrayList<>();
        private List<Entity> entities = new ArrayList<>();
        private List<TimeExpression> times = new ArrayList<>();
        private List<TimelineEntry> timeline = new ArrayList<>();
        private List<Provenance> provenance = new ArrayList<>();
        private Map<String, String> metadata = new LinkedHashMap<>();
        /** Whether {@link #metadata} is this builder's own map, so {@link #meta} may change it in place. */
        private boolean ownsMetadata = true;

        private Builder() {
        }

        private Builder(Article a) {
            headline = a.headline;
            standfirst = a.standfirst;
            byline = a.byline;
            published = a.published;
            url = a.url;
            language = a.language;
            source = a.source;
            body = a.body;
            removed = a.removed;
            entities = a.entities;
            times = a.times;
            timeline = a.timeline;
            provenance = a.provenance;
            metadata = a.metadata;
            ownsMetadata = false;
        }

        public Builder headline(String v) { headline = v; return this; }
        public Builder standfirst(String v) { standfirst = v; return this; }
        public Builder byline(String v) { byline = v; return this; }
        public Builder published(LocalDate v) { published = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder source(Source v) { source = v; return this; }
        public Builder body(List<String> v) { body = v; return this; }
        public Builder removed(List<Removal> v) { removed = v; return this; }
        public Builder entities(List<Entity> v) { entities = v; return this; }
        public Builder times(List<TimeExpression> v) { times = v; return this; }
        public Builder timeline(List<TimelineEntry> v) { timeline = v; return this; }
        public Builder provenance(List<Provenance> v) { provenance = v; return this; }
        public Builder metadata(Map<String, String> v) { metadata = v; ownsMetadata = false; return this; }

        /** Appends one provenance record. */
        public Builder addProvenance(Provenance p) {
            List<Provenance> l = new ArrayList<>(provenance);
            l.add(p);
            provenance = l;
            return this;
        }

        /**
         * Sets one metadata entry; a null value removes it. The map is copied on the first call only (an
         * importer sets a dozen entries): never the article's or the caller's map, which stay as they were.
         */
        public Builder meta(String key, String value) {
            if (!ownsMetadata) {
                metadata = new LinkedHashMap<>(metadata);
                ownsMetadata = true;
            }
            if (value == null) {
                metadata.remove(key);
            } else {
                metadata.put(key, value);
            }
            return this;
        }

        public Article build() {
            return new Article(this);
        }
    }
}
