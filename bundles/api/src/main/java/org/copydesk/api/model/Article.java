package org.copydesk.api.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * A news article and everything the pipeline learnt about it. Immutable: stages return changed copies
 * made with {@link #toBuilder()} or the editing helpers below, which keep every paragraph reference
 * (mentions, times, timeline) consistent when body paragraphs are removed or restored.
 */
public final class Article {
    /** Metadata key an editing call sets when an editor changed the timeline: stages keep it as it is. */
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
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        Set<Integer> seen = new TreeSet<>();
        for (Removal r : removed) {
            if (!seen.add(r.position())) {
                throw new IllegalArgumentException("two removals at position " + r.position());
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
        List<String> out = new ArrayList<>(body.size() + removed.size());
        int next = 0;
        int size = body.size() + removed.size();
        int r = 0;
        for (int pos = 0; pos < size; pos++) {
            if (r < removed.size() && removed.get(r).position() == pos) {
                out.add(removed.get(r++).text());
            } else if (next < body.size()) {
                out.add(body.get(next++));
            }
        }
        while (r < removed.size()) {
            out.add(removed.get(r++).text());
        }
        return out;
    }

    /** The original position of each kept body paragraph. */
    private int[] keptPositions() {
        int[] pos = new int[body.size()];
        int r = 0;
        int p = 0;
        for (int i = 0; i < body.size(); i++) {
            while (r < removed.size() && removed.get(r).position() == p) {
                r++;
                p++;
            }
            pos[i] = p++;
        }
        return pos;
    }

    /** What a stage wants removed from the body: the paragraph index and why. */
    public record Cut(int paragraph, String reason, String rule, String by) {
    }

    /**
     * Moves body paragraphs to {@link #removed()}, recording their original positions, and drops or
     * renumbers every mention, time and timeline entry that pointed into the body.
     */
    public Article remove(Collection<Cut> cuts) {
        if (cuts.isEmpty()) {
            return this;
        }
        int[] positions = keptPositions();
        Map<Integer, Cut> byIndex = new LinkedHashMap<>();
        for (Cut c : cuts) {
            if (c.paragraph() < 0 || c.paragraph() >= body.size()) {
                throw new IndexOutOfBoundsException("no body paragraph " + c.paragraph());
            }
            byIndex.putIfAbsent(c.paragraph(), c);
        }
        List<String> kept = new ArrayList<>();
        List<Removal> rem = new ArrayList<>(removed);
        int[] newIndex = new int[body.size()];
        for (int i = 0; i < body.size(); i++) {
            Cut c = byIndex.get(i);
            if (c == null) {
                newIndex[i] = kept.size();
                kept.add(body.get(i));
            } else {
                newIndex[i] = -1;
                rem.add(new Removal(body.get(i), c.reason(), c.rule(), c.by(), positions[i]));
            }
        }
        return renumbered(p -> p >= 0 && p < newIndex.length ? newIndex[p] : -1).body(kept).removed(rem).build();
    }

    /** Puts one removed block back into the body where it stood. */
    public Article restore(String removalId) {
        Removal target = removed.stream().filter(r -> r.id().equals(removalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no removal " + removalId));
        int[] positions = keptPositions();
        int at = 0;
        while (at < positions.length && positions[at] < target.position()) {
            at++;
        }
        final int insert = at;
        List<String> newBody = new ArrayList<>(body);
        newBody.add(insert, target.text());
        List<Removal> rem = new ArrayList<>(removed);
        rem.remove(target);
        return renumbered(p -> p >= insert ? p + 1 : p).body(newBody).removed(rem).build();
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

    /** The entity with that id. */
    public java.util.Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private Entity required(String id) {
        return entity(id).orElseThrow(() -> new IllegalArgumentException("no entity " + id));
    }

    private Article replaceEntities(java.util.function.UnaryOperator<List<Entity>> change,
                                    java.util.function.UnaryOperator<List<String>> timelineIds) {
        List<TimelineEntry> tl = new ArrayList<>();
        for (TimelineEntry t : timeline) {
            tl.add(new TimelineEntry(t.date(), t.text(), t.paragraph(), timelineIds.apply(t.entities())));
        }
        return toBuilder().entities(change.apply(new ArrayList<>(entities))).timeline(tl).build();
    }

    /** An editor's new canonical name for an entity. */
    public Article renameEntity(String id, String name) {
        Entity e = required(id);
        return replaceEntities(l -> {
            l.set(l.indexOf(e), new Entity(e.id(), name, e.type(), e.mentions()));
            return l;
        }, ids -> ids);
    }

    /** An editor's correction of an entity's type. */
    public Article retypeEntity(String id, EntityType type) {
        Entity e = required(id);
        return replaceEntities(l -> {
            l.set(l.indexOf(e), new Entity(e.id(), e.name(), type, e.mentions()));
            return l;
        }, ids -> ids);
    }

    /** Deletes a false hit; timeline entries forget it. */
    public Article removeEntity(String id) {
        Entity e = required(id);
        return replaceEntities(l -> {
            l.remove(e);
            return l;
        }, ids -> ids.stream().filter(i -> !i.equals(id)).toList());
    }

    /** Folds entity {@code mergedId} into {@code keepId}: one entity, the kept one's name and type, all mentions. */
    public Article mergeEntities(String keepId, String mergedId) {
        Entity keep = required(keepId);
        Entity merged = required(mergedId);
        if (keep.equals(merged)) {
            return this;
        }
        List<Mention> ms = new ArrayList<>(keep.mentions());
        ms.addAll(merged.mentions());
        ms.sort(MENTION_ORDER);
        return replaceEntities(l -> {
            l.set(l.indexOf(keep), keep.withMentions(ms));
            l.remove(merged);
            return l;
        }, ids -> ids.stream().map(i -> i.equals(mergedId) ? keepId : i).distinct().toList());
    }

    /**
     * Moves the mentions at {@code mentionIndexes} of entity {@code id} into a new entity; returns the
     * article, whose new entity is the last of {@link #entities()}.
     */
    public Article splitEntity(String id, Collection<Integer> mentionIndexes, String name, EntityType type) {
        Entity e = required(id);
        List<Mention> stay = new ArrayList<>();
        List<Mention> go = new ArrayList<>();
        for (int i = 0; i < e.mentions().size(); i++) {
            (mentionIndexes.contains(i) ? go : stay).add(e.mentions().get(i));
        }
        if (go.isEmpty() || stay.isEmpty()) {
            throw new IllegalArgumentException("a split must leave mentions on both sides");
        }
        int next = 1;
        for (Entity x : entities) {
            if (x.id().matches("e\\d+")) {
                next = Math.max(next, Integer.parseInt(x.id().substring(1)) + 1);
            }
        }
        Entity split = new Entity("e" + next, name, type, go);
        return replaceEntities(l -> {
            l.set(l.indexOf(e), e.withMentions(stay));
            l.add(split);
            return l;
        }, ids -> ids);
    }

    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparing(Mention::field)
            .thenComparingInt(Mention::paragraph).thenComparingInt(Mention::start);

    /**
     * An editor's correction of timeline entry {@code index}: a new date and/or text (null keeps
     * the old). Entries stay ordered by date, and the timeline is marked as edited.
     */
    public Article correctTimelineEntry(int index, String date, String text) {
        TimelineEntry t = timeline.get(index);
        List<TimelineEntry> tl = new ArrayList<>(timeline);
        tl.set(index, new TimelineEntry(date == null ? t.date() : date, text == null ? t.text() : text, t.paragraph(), t.entities()));
        tl.sort(Comparator.comparing(TimelineEntry::date)); // stable: same dates keep their order
        return toBuilder().timeline(tl).meta(TIMELINE_EDITED, "true").build();
    }

    /** Drops timeline entry {@code index}; the timeline is marked as edited. */
    public Article dropTimelineEntry(int index) {
        List<TimelineEntry> tl = new ArrayList<>(timeline);
        tl.remove(index);
        return toBuilder().timeline(tl).meta(TIMELINE_EDITED, "true").build();
    }

    /**
     * The article with an editor's headline, standfirst and body. Mentions and times in paragraphs
     * left as they were stay; in a changed paragraph each is found again by its text (the occurrence
     * nearest its old place) or dropped, and an entity left with no mention goes. Removed blocks stay
     * removed and can still be restored.
     */
    public Article withText(String newHeadline, String newStandfirst, List<String> newBody) {
        int[] map = ParagraphMatch.map(body, newBody);
        Article a = renumbered(p -> p >= 0 && p < map.length ? map[p] : -1)
                .headline(newHeadline).standfirst(newStandfirst).body(newBody).removed(removalsAround(map, newBody.size())).build();
        List<Entity> ents = new ArrayList<>();
        for (Entity e : a.entities) {
            List<Mention> ms = new ArrayList<>();
            for (Mention m : e.mentions()) {
                int at = a.findAgain(m);
                if (at >= 0) {
                    ms.add(new Mention(m.field(), m.paragraph(), at, at + m.text().length(), m.text()));
                }
            }
            if (!ms.isEmpty()) {
                ents.add(e.withMentions(ms));
            }
        }
        List<TimeExpression> ts = new ArrayList<>();
        for (TimeExpression t : a.times) {
            int at = a.findAgain(t);
            if (at >= 0) {
                ts.add(new TimeExpression(t.field(), t.paragraph(), at, at + t.text().length(), t.text(), t.type(), t.value()));
            }
        }
        return a.toBuilder().entities(ents).times(ts).build();
    }

    /** The removals re-positioned so each still stands before the paragraph it stood before. */
    private List<Removal> removalsAround(int[] map, int newSize) {
        int[] kept = keptPositions();
        List<List<Removal>> before = new ArrayList<>();
        for (int j = 0; j <= newSize; j++) {
            before.add(new ArrayList<>());
        }
        for (Removal r : removed) {
            int k = 0;
            while (k < kept.length && (kept[k] < r.position() || map[k] < 0)) {
                k++;
            }
            before.get(k < kept.length ? map[k] : newSize).add(r);
        }
        List<Removal> out = new ArrayList<>();
        int pos = 0;
        for (int j = 0; j <= newSize; j++) {
            for (Removal r : before.get(j)) {
                out.add(new Removal(r.text(), r.reason(), r.rule(), r.by(), pos++));
            }
            pos++;
        }
        return out;
    }

    /** Where span {@code s} (offsets from before the edit) starts in this text now, as a whole word, or -1. */
    private int findAgain(Span s) {
        String now = text(s.field(), s.paragraph());
        int best = -1;
        for (int at = now.indexOf(s.text()); at >= 0; at = now.indexOf(s.text(), at + 1)) {
            boolean whole = (at == 0 || !Character.isLetterOrDigit(now.charAt(at - 1)))
                    && (at + s.text().length() == now.length() || !Character.isLetterOrDigit(now.charAt(at + s.text().length())));
            if (whole && (best < 0 || Math.abs(at - s.start()) < Math.abs(best - s.start()))) {
                best = at;
            }
        }
        return best;
    }

    /** A builder whose body references are mapped through {@code map} (-1 drops them). */
    private Builder renumbered(IntUnaryOperator map) {
        List<Entity> ents = new ArrayList<>();
        for (Entity e : entities) {
            List<Mention> ms = new ArrayList<>();
            for (Mention m : e.mentions()) {
                int p = m.field() == Field.BODY ? map.applyAsInt(m.paragraph()) : m.paragraph();
                if (p >= 0) {
                    ms.add(m.atParagraph(p));
                }
            }
            if (!ms.isEmpty()) {
                ents.add(e.withMentions(ms));
            }
        }
        List<TimeExpression> ts = new ArrayList<>();
        for (TimeExpression t : times) {
            int p = t.field() == Field.BODY ? map.applyAsInt(t.paragraph()) : t.paragraph();
            if (p >= 0) {
                ts.add(t.atParagraph(p));
            }
        }
        List<TimelineEntry> tl = new ArrayList<>();
        for (TimelineEntry t : timeline) {
            int p = map.applyAsInt(t.paragraph());
            if (p >= 0) {
                tl.add(new TimelineEntry(t.date(), t.text(), p, t.entities()));
            }
        }
        return toBuilder().entities(ents).times(ts).timeline(tl);
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
        public Builder metadata(Map<String, String> v) { metadata = v; return this; }

        /** Appends one provenance record. */
        public Builder addProvenance(Provenance p) {
            List<Provenance> l = new ArrayList<>(provenance);
            l.add(p);
            provenance = l;
            return this;
        }

        /** Sets one metadata entry; a null value removes it. */
        public Builder meta(String key, String value) {
            Map<String, String> m = new LinkedHashMap<>(metadata);
            if (value == null) {
                m.remove(key);
            } else {
                m.put(key, value);
            }
            metadata = m;
            return this;
        }

        public Article build() {
            return new Article(this);
        }
    }
}
