package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.workbench.View;
import org.copydesk.api.workbench.View.Area;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.log.Logger;

import com.fasterxml.jackson.databind.JsonNode;

class ViewRegistryTest {
    private static final String[] PERSPECTIVE = {"editor:main", "inbox:left", "timeline:hidden", "entities:right"};

    private static Bundle bundle(String name, String version) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> name;
                    case "getVersion" -> Version.parseVersion(version);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A reference that orders as the framework's do: higher ranking first, then the older (lower) service id. */
    @SuppressWarnings("unchecked")
    private static ServiceReference<View> ref(long serviceId, int ranking, Bundle bundle) {
        return (ServiceReference<View>) Proxy.newProxyInstance(ServiceReference.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundle" -> bundle;
                    case "getProperty" -> switch ((String) args[0]) {
                        case "service.id" -> serviceId;
                        case "service.ranking" -> ranking;
                        default -> null;
                    };
                    case "compareTo" -> {
                        ServiceReference<?> o = (ServiceReference<?>) args[0];
                        int byRanking = Integer.compare(ranking, (Integer) o.getProperty("service.ranking"));
                        yield byRanking != 0 ? byRanking : Long.compare((Long) o.getProperty("service.id"), serviceId);
                    }
                    case "hashCode" -> Long.hashCode(serviceId);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "ref(" + serviceId + ")";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static View view(String id, String title, Area area, int order) {
        View.Descriptor d = new View.Descriptor(id, title, "/views/" + id + "/" + id + ".js", area, order);
        return () -> d;
    }

    private static List<String> row(JsonNode placed, String field) {
        List<String> out = new ArrayList<>();
        placed.forEach(v -> out.add(v.path(field).asText()));
        return out;
    }

    @Test
    void placesViewsByThePerspectiveThenTheOthersInTheirOwnArea() {
        ViewRegistry r = new ViewRegistry(mock(Logger.class));
        Bundle views = bundle("org.copydesk.workbench.views", "1.2.3");
        r.addView(ref(1, 0, views), view("timeline", "Timeline", Area.RIGHT, 1));
        r.addView(ref(2, 0, views), view("zeta", "Zeta", Area.BOTTOM, 5));
        r.addView(ref(3, 0, views), view("entities", "Entities", Area.MAIN, 0));
        r.addView(ref(4, 0, views), view("alpha", "Alpha", Area.LEFT, 5));
        r.addView(ref(5, 0, views), view("inbox", "Inbox", Area.RIGHT, 9));
        r.addView(ref(6, 0, views), view("editor", "Editor", Area.LEFT, 0));
        r.addView(ref(7, 0, views), view("notes", "Notes", Area.BOTTOM, 1));
        assertEquals(7, r.revision());

        JsonNode placed = r.placed(PERSPECTIVE);
        assertEquals(List.of("editor", "inbox", "entities", "notes", "alpha", "zeta"), row(placed, "id"),
                "perspective order, then by order and id; the hidden view is left out");
        assertEquals(List.of("main", "left", "right", "bottom", "left", "bottom"), row(placed, "area"));
        assertEquals(List.of("true", "true", "true", "false", "false", "false"), row(placed, "placed"));
        JsonNode editor = placed.get(0);
        assertEquals("Editor", editor.path("title").asText());
        assertEquals("/views/editor/editor.js", editor.path("module").asText());
        assertEquals("org.copydesk.workbench.views", editor.path("bundle").asText());
        assertEquals("1.2.3", editor.path("version").asText());
    }

    @Test
    void ofTwoViewsWithOneIdTheHigherRankingWins() {
        Bundle stock = bundle("org.copydesk.workbench.views", "1.0.0");
        Bundle custom = bundle("com.example.entities", "2.0.0");
        for (boolean customFirst : new boolean[] {true, false}) {
            ViewRegistry r = new ViewRegistry(mock(Logger.class));
            ServiceReference<View> low = ref(1, 0, stock);
            ServiceReference<View> high = ref(2, 10, custom);
            View stockView = view("entities", "Entities", Area.RIGHT, 0);
            View customView = view("entities", "Better entities", Area.RIGHT, 0);
            if (customFirst) {
                r.addView(high, customView);
                r.addView(low, stockView);
            } else {
                r.addView(low, stockView);
                r.addView(high, customView);
            }
            JsonNode placed = r.placed(PERSPECTIVE);
            assertEquals(1, placed.size(), placed.toString());
            assertEquals("Better entities", placed.get(0).path("title").asText());
            assertEquals("com.example.entities", placed.get(0).path("bundle").asText());

            r.removeView(high);
            assertEquals("Entities", r.placed(PERSPECTIVE).get(0).path("title").asText(), "the other comes back");
            assertEquals(3, r.revision());
        }
    }

    @Test
    void ofTwoViewsWithOneIdAndOneRankingTheOlderServiceWins() {
        ViewRegistry r = new ViewRegistry(mock(Logger.class));
        Bundle b = bundle("b", "1.0.0");
        r.addView(ref(9, 0, b), view("inbox", "Newer", Area.LEFT, 0));
        r.addView(ref(3, 0, b), view("inbox", "Older", Area.LEFT, 0));
        assertEquals(List.of("Older"), row(r.placed(PERSPECTIVE), "title"));
    }

    @Test
    void aViewWhoseDescriptorFailsIsLeftOutWithAWarning() {
        Logger log = mock(Logger.class);
        ViewRegistry r = new ViewRegistry(log);
        Bundle b = bundle("broken.view", "1.0.0");
        r.addView(ref(1, 0, b), () -> {
            throw new IllegalStateException("boom");
        });
        r.addView(ref(2, 0, b), view("inbox", "Inbox", Area.LEFT, 0));
        assertEquals(List.of("inbox"), row(r.placed(PERSPECTIVE), "id"));
        assertEquals(2, r.revision(), "both changes are seen by the polling browser");
        verify(log).warn("view of bundle broken.view left out: boom");
    }
}
