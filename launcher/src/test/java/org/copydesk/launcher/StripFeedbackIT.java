package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 19's loop on the real runtime: a local desk's editors remove, by hand in the workbench, the
 * awards-nomination plugs that neither the rules nor the shipped model take out; each removal becomes
 * a line of the desk's examples file; {@code copydesk --desk local strip-train} retrains the desk's
 * model from them while the workbench runs, and the desk's next article loses an unseen plug of that
 * kind to the model, without a restart.
 */
class StripFeedbackIT {
    private static final List<String> PLUGS = List.of(
            "Which bakery makes the best sausage roll in the county? Nominate your favourite in our Taste Awards before Friday.",
            "Know a local hero? Nominate them for our Community Champion awards by filling in the form.",
            "Nominate a neighbour who went the extra mile this winter for our Good Neighbour awards.",
            "Is your corner shop the friendliest in town? Put it forward for our Shop Local awards now.",
            "Tell us about the teacher who changed your life: nominations for our Inspiring Teacher awards close on Monday.",
            "Which café serves the best breakfast around here? Nominate it in our Breakfast Club awards.",
            "Do you know a carer who deserves recognition? Nominate them in our Care Hero awards today.",
            "Our Pub of the Year awards are back: nominate your local and tell us why it should win.",
            "Know a club volunteer who never misses a match? Nominate them for our Grassroots Sport awards.",
            "Nominate the best high-street business in your area for our Business Excellence awards before the deadline.",
            "Who runs the best charity shop in town? Send us your nominations for our Community awards.",
            "Nominate the bus driver who always has a smile for our Friendly Faces awards.");
    private static final String UNSEEN = "Do you know a volunteer who deserves a thank-you? Nominate them for our Unsung Heroes awards this week.";

    @TempDir
    Path tmp;

    /** A short local news story with {@code plug} before its last paragraph. */
    private static byte[] story(int n, String plug) {
        return String.join("\n\n",
                "Council approves new cycle lanes on Harbour Road (" + n + ")",
                "Councillors voted by 31 to 12 on Tuesday to build protected cycle lanes along Harbour Road, the council said.",
                "The scheme will cost about 2.4 million pounds and work is due to start in the spring, officials said.",
                "Shopkeepers told the meeting they feared losing parking spaces outside their businesses.",
                plug,
                "A public consultation on the design will run for six weeks, according to the council's transport committee.")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(n -> out.add(n.isTextual() ? n.asText() : n.path("text").asText()));
        return out;
    }

    @Test
    void removalsByHandTeachTheDesksModelWhichTheNextArticleUsesWithoutARestart() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("copydesk"));
        Path desk = Files.createDirectories(home.resolve("config/desks/local"));
        Files.writeString(desk.resolve("desk.properties"), "description=A local paper's desk\nfeatures=standard\n");
        Files.writeString(desk.resolve("org.copydesk.strip.rules.config"), "model=\"${copydesk.home}/config/desks/local/strip-model.gz\"\n");
        Path examples = desk.resolve("strip-examples.jsonl");

        try (WorkbenchClient wb = new WorkbenchClient(home, tmp, "--desk", "local")) {
            List<String> names = new ArrayList<>();
            List<byte[]> files = new ArrayList<>();
            for (int i = 0; i < PLUGS.size(); i++) {
                names.add("council-" + i + ".txt");
                files.add(story(i, PLUGS.get(i)));
            }
            names.add("control.txt");
            files.add(story(99, UNSEEN));
            List<String> ids = wb.importFiles(names, files);
            assertEquals(PLUGS.size() + 1, ids.size());
            JsonNode control = wb.call("GET", "api/articles/" + ids.get(PLUGS.size()), null);
            assertTrue(texts(control.at("/article/body")).contains(UNSEEN), "the shipped model keeps the plug: " + control.at("/article/removed"));

            for (int i = 0; i < PLUGS.size(); i++) {
                JsonNode a = wb.call("GET", "api/articles/" + ids.get(i), null);
                int at = texts(a.at("/article/body")).indexOf(PLUGS.get(i));
                assertTrue(at >= 0, "the plug is in the body before the editor acts: " + a.at("/article/removed"));
                JsonNode after = wb.call("POST", "api/articles/" + ids.get(i) + "/edit",
                        "{\"op\":\"removeParagraph\",\"paragraph\":" + at + ",\"reason\":\"promo\",\"base\":" + a.at("/history/version") + "}");
                assertTrue(texts(after.at("/article/removed")).contains(PLUGS.get(i)));
            }
            List<String> lines = Files.readAllLines(examples);
            assertEquals(PLUGS.size(), lines.size(), "one line per removal: " + lines);
            JsonNode first = WorkbenchClient.JSON.readTree(lines.get(0));
            assertEquals(PLUGS.get(0), first.path("text").asText());
            assertEquals("promo", first.path("label").asText());
            assertTrue(first.path("source").asText().matches("workbench remove r\\d+ " + ids.get(0) + " 20\\d\\d-.*"), first.toString());

            Distribution.Run train = Distribution.cli(home, tmp, "--desk", "local", "strip-train");
            assertEquals(0, train.status(), train.out() + train.err());
            assertTrue(train.out().contains(PLUGS.size() + " examples from " + examples), train.out());
            assertTrue(Files.isRegularFile(desk.resolve("strip-model.gz")), train.out());

            String id = wb.importFiles(List.of("next.txt"), List.of(story(100, UNSEEN))).get(0);
            JsonNode next = wb.call("GET", "api/articles/" + id, null);
            JsonNode removal = null;
            for (JsonNode r : next.at("/article/removed")) {
                removal = r.path("text").asText().equals(UNSEEN) ? r : removal;
            }
            assertTrue(removal != null, "the retrained model takes the unseen plug out: " + next.at("/article"));
            assertEquals("model", removal.path("rule").asText());
            assertTrue(removal.path("confidence").asDouble() >= 0.9, removal.toString());
            assertEquals(1, next.at("/article/removed").size(), "no news line lost: " + next.at("/article"));
        }
    }
}
