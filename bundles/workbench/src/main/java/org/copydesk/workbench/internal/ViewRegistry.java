package org.copydesk.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.copydesk.api.workbench.View;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The views on offer now, as their bundles register and unregister them. Each change bumps a
 * revision the browser polls, so a view installed while the workbench is open appears in it.
 */
@Component(service = ViewRegistry.class)
public final class ViewRegistry {
    private final Map<ServiceReference<View>, View.Descriptor> views = new ConcurrentHashMap<>();
    private final AtomicLong revision = new AtomicLong();
    private final Logger log;

    @Activate
    public ViewRegistry(@Reference(name = "log", service = LoggerFactory.class) Logger log) {
        this.log = log;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ServiceReference<View> ref, View view) {
        try {
            views.put(ref, view.descriptor());
        } catch (RuntimeException e) {
            // a view whose descriptor fails is left out; the others stay
            log.warn("view of bundle " + ref.getBundle().getSymbolicName() + " left out: " + e.getMessage());
        }
        revision.incrementAndGet();
    }

    void removeView(ServiceReference<View> ref) {
        views.remove(ref);
        revision.incrementAndGet();
    }

    long revision() {
        return revision.get();
    }

    /**
     * Every view with its area in each perspective ({@code areas: {editing: "left", admin: "hidden"}}),
     * in the first perspective's tab order.
     */
    ArrayNode placed(Map<String, String[]> perspectives) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        Map<String, ObjectNode> byId = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : perspectives.entrySet()) {
            for (com.fasterxml.jackson.databind.JsonNode v : placed(p.getValue(), true)) {
                ObjectNode o = byId.computeIfAbsent(v.get("id").asText(), k -> {
                    ObjectNode n = ((ObjectNode) v).deepCopy();
                    n.remove("area");
                    n.remove("placed");
                    n.putObject("areas");
                    out.add(n);
                    return n;
                });
                ((ObjectNode) o.get("areas")).put(p.getKey(), v.get("area").asText());
            }
        }
        return out;
    }

    /**
     * The views placed by a perspective ({@code id:area} entries, in tab order; {@code id:hidden}
     * hides one, {@code *:hidden} each it does not name), those it does not name after them in the area
     * they ask for. Of two views with one id, the higher service ranking wins.
     */
    ArrayNode placed(String[] perspective) {
        return placed(perspective, false);
    }

    private ArrayNode placed(String[] perspective, boolean withHidden) {
        Map<String, String> area = new java.util.LinkedHashMap<>();
        for (String p : perspective) {
            int colon = p.indexOf(':');
            if (colon > 0) {
                area.put(p.substring(0, colon).trim(), p.substring(colon + 1).trim().toLowerCase(Locale.ROOT));
            }
        }
        List<String> order = new ArrayList<>(area.keySet());
        order.remove("*");
        Map<String, Map.Entry<ServiceReference<View>, View.Descriptor>> byId = new java.util.HashMap<>();
        for (Map.Entry<ServiceReference<View>, View.Descriptor> e : views.entrySet()) {
            byId.merge(e.getValue().id(), e, (a, b) -> a.getKey().compareTo(b.getKey()) >= 0 ? a : b);
        }
        List<Map.Entry<ServiceReference<View>, View.Descriptor>> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparingInt((Map.Entry<ServiceReference<View>, View.Descriptor> e) -> {
            int i = order.indexOf(e.getValue().id());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparingInt(e -> e.getValue().order()).thenComparing(e -> e.getValue().id()));
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (Map.Entry<ServiceReference<View>, View.Descriptor> e : list) {
            View.Descriptor d = e.getValue();
            String where = area.getOrDefault(d.id(), area.getOrDefault("*", d.area().name().toLowerCase(Locale.ROOT)));
            if (where.equals("hidden") && !withHidden) {
                continue;
            }
            ObjectNode v = out.addObject().put("id", d.id()).put("title", d.title()).put("module", d.module())
                    .put("area", where).put("bundle", e.getKey().getBundle().getSymbolicName())
                    .put("version", e.getKey().getBundle().getVersion().toString());
            v.put("placed", area.containsKey(d.id()));
        }
        return out;
    }
}
