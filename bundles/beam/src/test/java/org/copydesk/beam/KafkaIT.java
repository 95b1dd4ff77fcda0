package org.copydesk.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;

/**
 * Wires through a real Kafka broker (KRaft, one combined node, on loopback, from Kafka's own test kit):
 * raw items in on one topic, article JSON out on another, equal to the CLI's for the same inputs, and
 * every failed item on the dead-letter topic.
 */
class KafkaIT {
    /** Held, so its level stays: the broker and the clients say what they do at INFO. */
    private static final java.util.logging.Logger ROOT = java.util.logging.Logger.getLogger("");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void quiet() {
        ROOT.setLevel(java.util.logging.Level.WARNING);
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void rawItemsOnOneTopicComeOutAsTheClisArticleJsonOnAnother() throws Exception {
        Path in = tmp.resolve("in");
        int files = VariedInputs.write(in, 25, 11);
        Path cli = tmp.resolve("cli");
        List<String> args = new ArrayList<>(List.of("--published", "2024-03-14", "--out", cli.toString()));
        args.addAll(SameAsCli.inputs(in));
        Set<String> cliFailures = new TreeSet<>();
        for (String l : SameAsCli.cliFailures(SameAsCli.process(args.toArray(String[]::new)))) {
            int cut = l.indexOf(": ");
            cliFailures.add(Path.of(l.substring(0, cut)).getFileName() + l.substring(cut)); // "empty.txt: empty file"
        }

        try (KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build()).build()) {
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
            String servers = kafka.bootstrapServers();
            assertTrue(servers.matches("(localhost|127\\.0\\.0\\.1):\\d+(,.*)?"), "on loopback: " + servers);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
                admin.createTopics(List.of(new NewTopic("wires", 2, (short) 1), new NewTopic("articles", 1, (short) 1),
                        new NewTopic("articles.dead-letter", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
                for (String file : SameAsCli.inputs(in)) {
                    Path f = Path.of(file);
                    producer.send(new ProducerRecord<>("wires", "2024/03/" + f.getFileName(), Files.readAllBytes(f)));
                }
            }

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"beam", "--inputTopic=wires", "--outputTopic=articles", "--bootstrapServers=" + servers,
                "--maxRecords=" + files, "--published=2024-03-14", "--progressSeconds=0"},
                    new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true, StandardCharsets.UTF_8));
            String log = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, status, "some items fail: " + log);

            Map<String, Path> expected = SameAsCli.outputs(cli);
            Map<String, String> articles = read(servers, "articles", expected.size());
            assertEquals(expected.keySet().stream().map(n -> "2024/03/" + n).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                    new TreeSet<>(articles.keySet()), "one article JSON per CLI output, keyed by its output name; " + log);
            for (Map.Entry<String, Path> e : expected.entrySet()) {
                SameAsCli.assertSameContent(e.getKey(), Files.readAllBytes(e.getValue()),
                        articles.get("2024/03/" + e.getKey()).getBytes(StandardCharsets.UTF_8));
            }
            Set<String> dead = new TreeSet<>();
            for (String line : read(servers, "articles.dead-letter", cliFailures.size()).values()) {
                JsonNode d = SameAsCli.JSON.readTree(line);
                String file = d.get("file").asText(); // "wires/1/5 (2024/03/empty.txt)"
                dead.add(file.substring(file.lastIndexOf('/') + 1, file.length() - 1) + ": " + d.get("reason").asText());
            }
            assertEquals(cliFailures, dead, "each failed item, with the CLI's reason");
        }
    }

    /**
     * The topic's records by key, read from its start until {@code count} have come or half a minute has
     * passed; partitions are assigned, not subscribed, as a one-broker cluster has no consumer groups.
     */
    private static Map<String, String> read(String servers, String topic, int count) {
        Map<String, Object> c = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        Map<String, String> out = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (out.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    out.put(r.key(), r.value());
                }
            }
        }
        return out;
    }
}
