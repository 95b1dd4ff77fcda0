package org.copydesk.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.beam.sdk.io.kafka.KafkaRecord;
import org.apache.beam.sdk.io.kafka.KafkaTimestampType;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** Where each input's outputs go, and how the command line reaches Beam. */
class NamesTest {
    @Test
    void outputsMirrorTheFoldersBelowTheGlobsFixedPart() {
        assertEquals("/archive/", ReadFiles.fixedPrefix("/archive/**/*.xml"));
        assertEquals("/archive/2019/", ReadFiles.fixedPrefix("/archive/2019/0?/*.xml"));
        assertEquals("gs://bucket/wire/", ReadFiles.fixedPrefix("gs://bucket/wire/*"));
        assertEquals("/in/", ReadFiles.fixedPrefix("/in/story.txt"));
        assertEquals("2019/03/story", ReadFiles.target("/archive/", "/archive/2019/03/story.xml"));
        assertEquals("story", ReadFiles.target("/archive/", "/archive/story.nitf"));
        assertEquals(".profile", ReadFiles.target("/a/", "/a/.profile"));
    }

    @Test
    void anArticlesPathKeepsTheRuntimesNumberingAfterTheInputsTarget() {
        RawItem feed = new RawItem("/in/wire.xml", "wire.xml", "2024/wire-2", new byte[0]);
        assertEquals("2024/wire-2", feed.outputPath("wire"));
        assertEquals("2024/wire-2-003", feed.outputPath("wire-003"));
    }

    @Test
    void aKafkaKeyNamesTheItemAndNeverLeavesTheOutputFolder() {
        assertEquals(new Item("wires/2/17 (2024/05/story.xml)", "story.xml", "2024/05/story"), item("2024/05/story.xml", 17));
        assertEquals(new Item("wires/2/18 (../../etc/passwd.txt)", "passwd.txt", "etc/passwd"), item("../../etc/passwd.txt", 18));
        assertEquals(new Item("wires/2/19", "wires-2-19", "wires-2-19"), item(null, 19));
    }

    private record Item(String origin, String name, String target) {
    }

    private static Item item(String key, long offset) {
        RawItem r = Kafka.item(new KafkaRecord<>("wires", 2, offset, 0L, KafkaTimestampType.CREATE_TIME, new RecordHeaders(),
                key, "x".getBytes(StandardCharsets.UTF_8)));
        return new Item(r.origin(), r.name(), r.target());
    }

    @Test
    void theLaunchersDeskOptionAndCommandWordBecomeBeamOptions() {
        assertEquals(List.of("--desk=world", "--input=/in", "--runner=FlinkRunner"),
                Main.beamArgs(new String[] {"--desk", "world", "beam", "--input=/in", "--runner=FlinkRunner"}));
    }
}
