package org.copydesk.beam;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.beam.sdk.io.kafka.KafkaIO;
import org.apache.beam.sdk.io.kafka.KafkaRecord;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Wires through Kafka: a topic of raw items in (key: the item's file name, whose extension picks the
 * importer, folders allowed: {@code 2024/05/story.xml}; value: its bytes), a topic of processed
 * articles out (key: the output name, {@code 2024/05/story.json}; value: the article JSON), and a
 * topic of failures (key: the item, value: the dead-letter line).
 */
final class Kafka {
    private Kafka() {
    }

    /** The raw items of a topic, from its earliest offset; {@code maxRecords} > 0 makes the read bounded. */
    static PTransform<PBegin, PCollection<RawItem>> items(String servers, String topic, long maxRecords) {
        return new PTransform<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public PCollection<RawItem> expand(PBegin begin) {
                KafkaIO.Read<String, byte[]> read = KafkaIO.<String, byte[]>read()
                        .withBootstrapServers(servers)
                        .withTopic(topic)
                        .withKeyDeserializer(StringDeserializer.class)
                        .withValueDeserializer(ByteArrayDeserializer.class)
                        .withConsumerConfigUpdates(Map.of("auto.offset.reset", "earliest"));
                return begin.apply("Read " + topic, maxRecords > 0 ? read.withMaxNumRecords(maxRecords) : read)
                        .apply("Items", MapElements.into(TypeDescriptor.of(RawItem.class)).via(Kafka::item))
                        .setCoder(new RawItem.Coder());
            }
        };
    }

    /** A record as an input: the key names it; a record without one is named by its place in the topic. */
    static RawItem item(KafkaRecord<String, byte[]> r) {
        String origin = r.getTopic() + "/" + r.getPartition() + "/" + r.getOffset();
        String key = r.getKV().getKey();
        List<String> parts = new ArrayList<>();
        if (key != null) {
            for (String s : key.split("/")) {
                if (!s.isEmpty() && !s.equals(".") && !s.equals("..")) { // a key never leaves the output folder
                    parts.add(s);
                }
            }
        }
        String name = parts.isEmpty() ? r.getTopic() + "-" + r.getPartition() + "-" + r.getOffset() : parts.remove(parts.size() - 1);
        String dir = parts.isEmpty() ? "" : String.join("/", parts) + "/";
        byte[] value = r.getKV().getValue();
        return new RawItem(key == null ? origin : origin + " (" + key + ")", name, dir + RawItem.baseName(name),
                value == null ? new byte[0] : value);
    }

    /** Each article's JSON to a topic, keyed by its output name. */
    static PTransform<PCollection<Processed>, PDone> articles(String servers, String topic) {
        return toTopic(servers, topic, (Processed a) -> a.parts().stream().filter(p -> p.format().equals("json"))
                .map(p -> KV.of(p.path(), new String(p.content(), StandardCharsets.UTF_8))).toList());
    }

    /** The dead letters to a topic, keyed by the input. */
    static PTransform<PCollection<DeadLetter>, PDone> failures(String servers, String topic) {
        return toTopic(servers, topic, (DeadLetter d) -> List.of(KV.of(d.origin(), d.json())));
    }

    private static <T> PTransform<PCollection<T>, PDone> toTopic(String servers, String topic,
                                                                  SerializableFunction<T, Iterable<KV<String, String>>> records) {
        return new PTransform<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public PDone expand(PCollection<T> in) {
                return in.apply("Records", FlatMapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                                .via(records))
                        .apply("Write " + topic, KafkaIO.<String, String>write().withBootstrapServers(servers).withTopic(topic)
                                .withKeySerializer(StringSerializer.class).withValueSerializer(StringSerializer.class));
            }
        };
    }
}
