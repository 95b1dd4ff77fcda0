package org.copydesk.shell.internal;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * {@code config:*}: what each component may be configured with (its MetaType, from the
 * {@code @ObjectClassDefinition} it was built with) beside what ConfigAdmin holds now.
 */
@Component(service = ConfigCommands.class, property = {
        "osgi.command.scope=config", "osgi.command.function=list", "osgi.command.function=show"})
public final class ConfigCommands {
    private final MetaTypeService metaTypes;
    private final ConfigurationAdmin configAdmin;
    private final BundleContext context;

    @Activate
    public ConfigCommands(@Reference MetaTypeService metaTypes, @Reference ConfigurationAdmin configAdmin, BundleContext context) {
        this.metaTypes = metaTypes;
        this.configAdmin = configAdmin;
        this.context = context;
    }

    /** One configurable PID: its definition and the bundle that declares it. */
    private record Described(String pid, boolean factory, ObjectClassDefinition ocd, Bundle bundle) {
    }

    @Descriptor("list every configurable PID with its name; * marks those with a configuration set")
    public String list() throws IOException, InvalidSyntaxException {
        StringBuilder b = new StringBuilder();
        for (Described d : described()) {
            b.append(configurations(d).isEmpty() ? "  " : "* ")
                    .append(String.format("%-40s %-32s %s%s%n", d.pid(), d.ocd().getName(), d.bundle().getSymbolicName(),
                            d.factory() ? " (factory)" : ""));
        }
        return b.toString();
    }

    @Descriptor("show a PID's attributes: id, type, default, description, and the value set now")
    public String show(@Descriptor("a PID, as config:list shows it") String pid) throws IOException, InvalidSyntaxException {
        Described d = described().stream().filter(x -> x.pid().equals(pid)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no configurable PID '" + pid + "' (config:list shows them)"));
        List<Configuration> configs = configurations(d);
        StringBuilder b = new StringBuilder();
        b.append(d.pid()).append(" - ").append(d.ocd().getName()).append(" (").append(d.bundle().getSymbolicName())
                .append(' ').append(d.bundle().getVersion()).append(")\n");
        if (d.ocd().getDescription() != null && !d.ocd().getDescription().isEmpty()) {
            b.append("  ").append(d.ocd().getDescription()).append('\n');
        }
        if (configs.isEmpty()) {
            b.append("  no configuration set: every attribute has its default\n");
        }
        Set<String> declared = new TreeSet<>();
        for (AttributeDefinition ad : d.ocd().getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            declared.add(ad.getID());
            b.append(String.format("%n  %s (%s)%n", ad.getID(), type(ad)));
            String defaults = ad.getDefaultValue() == null ? "(none)" : String.join(", ", ad.getDefaultValue());
            b.append("      default: ").append(defaults.isEmpty() ? "(empty)" : defaults).append('\n');
            if (configs.isEmpty()) {
                b.append("      current: (default)\n");
            }
            for (Configuration c : configs) {
                Object value = c.getProperties().get(ad.getID());
                String shown = value == null ? "(default)" : ad.getType() == AttributeDefinition.PASSWORD ? "(set, not shown)" : text(value);
                b.append("      current: ").append(shown)
                        .append(configs.size() > 1 ? "  [" + c.getPid() + "]" : "").append('\n');
            }
            if (ad.getDescription() != null && !ad.getDescription().isEmpty()) {
                b.append("      ").append(ad.getDescription()).append('\n');
            }
        }
        for (Configuration c : configs) {
            undeclared(c, declared, b);
        }
        return b.toString();
    }

    /** Keys a configuration sets that the definition does not know: usually a typo in a .config file. */
    private static void undeclared(Configuration c, Set<String> declared, StringBuilder b) {
        Dictionary<String, Object> props = c.getProperties();
        for (String key : Collections.list(props.keys())) {
            if (!declared.contains(key) && !key.startsWith("service.") && !key.startsWith("felix.")) {
                b.append(String.format("%n  %s = %s  (set, but not an attribute of this PID)%n", key, text(props.get(key))));
            }
        }
    }

    private List<Described> described() {
        List<Described> all = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
            if (info == null) {
                continue;
            }
            for (String pid : info.getPids()) {
                all.add(new Described(pid, false, info.getObjectClassDefinition(pid, null), bundle));
            }
            for (String pid : info.getFactoryPids()) {
                all.add(new Described(pid, true, info.getObjectClassDefinition(pid, null), bundle));
            }
        }
        all.sort((x, y) -> x.pid().compareTo(y.pid()));
        return all;
    }

    /** The configurations set for a PID: none or one, or each instance of a factory PID. */
    private List<Configuration> configurations(Described d) throws IOException, InvalidSyntaxException {
        String key = d.factory() ? ConfigurationAdmin.SERVICE_FACTORYPID : Constants.SERVICE_PID;
        Configuration[] found = configAdmin.listConfigurations("(" + key + "=" + d.pid() + ")");
        return found == null ? List.of() : List.of(found);
    }

    private static String type(AttributeDefinition ad) {
        String name = switch (ad.getType()) {
            case AttributeDefinition.STRING -> "String";
            case AttributeDefinition.LONG -> "Long";
            case AttributeDefinition.INTEGER -> "Integer";
            case AttributeDefinition.SHORT -> "Short";
            case AttributeDefinition.CHARACTER -> "Character";
            case AttributeDefinition.BYTE -> "Byte";
            case AttributeDefinition.DOUBLE -> "Double";
            case AttributeDefinition.FLOAT -> "Float";
            case AttributeDefinition.BOOLEAN -> "Boolean";
            case AttributeDefinition.PASSWORD -> "Password";
            default -> "type " + ad.getType();
        };
        return ad.getCardinality() == 0 ? name : "list of " + name;
    }

    private static String text(Object value) {
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(String.valueOf(Array.get(value, i)));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Collection<?> c) {
            return "[" + String.join(", ", c.stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(value);
    }
}
