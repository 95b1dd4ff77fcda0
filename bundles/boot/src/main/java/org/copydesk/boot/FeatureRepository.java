package org.copydesk.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The features defined by the {@code *.xml} files of a folder. Format (see docs/features.md):
 *
 * <pre>{@code
 * <features>
 *   <feature name="strip" description="...">
 *     <feature>core</feature>
 *     <bundle start-level="3">org.copydesk.strip.rules</bundle>
 *     <bundle start="false">org.example.library</bundle>
 *     <config pid="org.copydesk.strip.rules">keep=["related"]</config>
 *   </feature>
 * </features>
 * }</pre>
 */
public final class FeatureRepository {
    /** The start level of a bundle that names none: after the configuration bundles. */
    public static final int DEFAULT_START_LEVEL = 3;

    private final Map<String, Feature> features;

    private FeatureRepository(Map<String, Feature> features) {
        this.features = features;
    }

    public static FeatureRepository load(Path dir) throws BootException {
        if (!Files.isDirectory(dir)) {
            throw new BootException(dir + ": no features folder");
        }
        Map<String, Feature> all = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.xml")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path f : sorted) {
                for (Feature feat : parse(f)) {
                    Feature before = all.putIfAbsent(feat.name(), feat);
                    if (before != null) {
                        throw new BootException(f + ": feature '" + feat.name() + "' is defined again (first in "
                                + before.file() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new BootException(dir + ": cannot list features: " + e.getMessage(), e);
        }
        return new FeatureRepository(all);
    }

    static List<Feature> parse(Path file) throws BootException {
        Element root;
        try (InputStream in = Files.newInputStream(file)) {
            root = secureBuilder().parse(in, file.toUri().toString()).getDocumentElement();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new BootException(file + ": not a readable features file: " + e.getMessage(), e);
        }
        if (!"features".equals(root.getLocalName() == null ? root.getTagName() : root.getLocalName())) {
            throw new BootException(file + ": the root element must be <features>");
        }
        List<Feature> out = new ArrayList<>();
        for (Element f : children(root, "feature")) {
            String name = f.getAttribute("name").trim();
            if (name.isEmpty()) {
                throw new BootException(file + ": a <feature> has no name");
            }
            List<Feature.BundleRef> bundles = new ArrayList<>();
            List<FeatureConfig> configs = new ArrayList<>();
            List<String> includes = new ArrayList<>();
            for (Element b : children(f, "bundle")) {
                String level = b.getAttribute("start-level").trim();
                int sl;
                try {
                    sl = level.isEmpty() ? DEFAULT_START_LEVEL : Integer.parseInt(level);
                } catch (NumberFormatException e) {
                    throw new BootException(file + ": feature '" + name + "': start-level '" + level + "' is not a number");
                }
                bundles.add(new Feature.BundleRef(b.getTextContent().trim(), sl, !"false".equals(b.getAttribute("start").trim())));
            }
            for (Element c : children(f, "config")) {
                String pid = c.getAttribute("pid").trim();
                if (pid.isEmpty()) {
                    throw new BootException(file + ": feature '" + name + "': a <config> has no pid");
                }
                configs.add(new FeatureConfig(pid, c.getTextContent().strip()));
            }
            for (Element i : children(f, "feature")) {
                includes.add(i.getTextContent().trim());
            }
            out.add(new Feature(name, f.getAttribute("description").trim(), bundles, configs, includes,
                    f.getAttribute("command").trim(), file));
        }
        return out;
    }

    private static DocumentBuilder secureBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setExpandEntityReferences(false);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        // the default handler prints "[Fatal Error]" lines to standard error before the exception
        // that the caller turns into one message naming the file
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    public Optional<Feature> get(String name) {
        return Optional.ofNullable(features.get(name));
    }

    /** The features that the launcher command {@code command} brings along. */
    public List<String> broughtBy(String command) {
        return features.values().stream().filter(f -> f.command().equals(command)).map(Feature::name).toList();
    }

    public List<Feature> all() {
        return List.copyOf(features.values());
    }
}
