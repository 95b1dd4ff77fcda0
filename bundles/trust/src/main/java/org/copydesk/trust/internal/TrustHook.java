package org.copydesk.trust.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.copydesk.runtime.BundleTrust;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Keeps untrusted outside bundles from resolving, so they never run. A bundle is "outside" when its
 * jar is not in the distribution's bundles folder; it may run when the desk's trust list names its
 * symbolic name with the SHA-256 of its jar, or when its jar is signed by one of the desk's trusted
 * signers. A refusal is logged once per jar, as a warning that says how to allow it.
 * A resolver hook rather than a check in the deploy folder: it holds however the bundle came in.
 */
@Component(name = "org.copydesk.trust", service = {ResolverHookFactory.class, BundleTrust.class})
@Designate(ocd = TrustConfig.class)
public final class TrustHook implements ResolverHookFactory, BundleTrust {
    private final Path distributionBundles;
    private final Path home;
    private final String desk;
    private final Logger log;
    private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    /** The bundles refused so far, by id: a change of the lists resolves those it now allows. */
    private final Set<Long> refusedBundles = ConcurrentHashMap.newKeySet();
    private final BundleContext context;
    private volatile TrustList list = TrustList.parse(new String[0]);
    private volatile TrustedSigners signers = new TrustedSigners(List.of());
    private volatile boolean enforce = true;

    @Activate
    public TrustHook(BundleContext context, TrustConfig config, @Reference(name = "log", service = LoggerFactory.class) Logger log) {
        this.log = log;
        this.context = context;
        String home = context.getProperty("copydesk.home");
        this.home = Path.of(home == null ? "." : home).toAbsolutePath().normalize();
        this.distributionBundles = home == null ? null : this.home.resolve("bundles");
        String d = context.getProperty("copydesk.desk");
        this.desk = d == null ? "default" : d;
        configure(config);
    }

    @Modified
    void configure(TrustConfig config) {
        list = TrustList.parse(config.allowed());
        List<String> problems = new ArrayList<>();
        signers = TrustedSigners.load(config.signers(), home, problems);
        // an unreadable certificate trusts nobody; say so rather than fail, which would leave no hook at all
        problems.forEach(p -> log.error("trust settings of desk '" + desk + "': " + p));
        enforce = config.enforce();
        refusedOnce.clear();
        resolveNowTrusted();
    }

    /**
     * Resolves the bundles refused before that the desk now trusts: a jar dropped into deploy/ before
     * its entry reached the trust list (the two folders are watched apart, so the order in which a
     * runtime sees them is not the order they were written in) runs once the list names it. One at a
     * time, for the reason given at {@link #begin}.
     */
    private void resolveNowTrusted() {
        FrameworkWiring wiring = context.getBundle(0) == null ? null : context.getBundle(0).adapt(FrameworkWiring.class);
        for (Long id : List.copyOf(refusedBundles)) {
            Bundle b = context.getBundle(id);
            if (b == null || b.getState() != Bundle.INSTALLED) {
                refusedBundles.remove(id);
            } else if (wiring != null && refusal(b).isEmpty()) {
                refusedBundles.remove(id);
                wiring.resolveBundles(List.of(b));
            }
        }
    }

    /**
     * Refuses in two places. filterResolvable drops an untrusted bundle only when it is itself being
     * resolved: Felix 7 drops the capabilities of every already-resolved bundle (the system
     * bundle's osgi.ee among them) from a resolve in which a hook removed anything, so removing a
     * mere bystander left in deploy/ would make every other bundle unresolvable. filterMatches keeps
     * a bystander out all the same: nothing may wire to it, and its own requirements (a fragment's
     * host among them) match nothing.
     */
    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        Map<Bundle, Boolean> verdicts = new HashMap<>();
        Predicate<BundleRevision> untrusted = r -> enforce && !verdicts.computeIfAbsent(r.getBundle(), this::trusted);
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                candidates.removeIf(r -> triggers.contains(r) && untrusted.test(r));
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisions) {
                // no opinion
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                if (untrusted.test(requirement.getRevision())) {
                    candidates.clear();
                } else {
                    candidates.removeIf(c -> untrusted.test(c.getRevision()));
                }
            }

            @Override
            public void end() {
                // nothing held
            }
        };
    }

    boolean trusted(Bundle b) {
        Optional<String> refused = verdict(b);
        if (refused.isPresent()) {
            refusedBundles.add(b.getBundleId());
            if (refusedOnce.add(refused.get())) {
                log.warn(refused.get());
            }
        }
        return refused.isEmpty();
    }

    @Override
    public Optional<String> refusal(Bundle b) {
        return enforce ? verdict(b) : Optional.empty();
    }

    private Optional<String> verdict(Bundle b) {
        if (b.getBundleId() == 0) {
            return Optional.empty();
        }
        Path jar = jarOf(b.getLocation());
        if (jar != null && distributionBundles != null && jar.startsWith(distributionBundles)) {
            return Optional.empty();
        }
        String sha = jar == null ? null : sha256(jar);
        if (sha != null && list.allows(b.getSymbolicName(), sha)) {
            return Optional.empty();
        }
        TrustedSigners s = signers;
        Optional<String> unsigned = jar == null || s.isEmpty() ? Optional.of("is not signed by a listed signer (the desk lists none)") : s.refusal(jar);
        return unsigned.map(u -> refusal(b.getSymbolicName(), b.getLocation(), sha, u));
    }

    String refusal(String symbolicName, String location, String sha, String unsigned) {
        String file = "config/desks/" + desk + "/org.copydesk.trust.config";
        return "refused bundle " + symbolicName + " (" + location + "): it is not on the trust list of desk '" + desk
                + "' and " + unsigned + ". To allow it, add \"" + symbolicName + ";sha256:"
                + (sha == null ? "<sha256 of the jar>" : sha) + "\" to allowed in " + file
                + ", or sign the jar (jarsigner) with a key whose certificate is listed in signers there";
    }

    /** The jar file of a bundle location such as {@code file:/x.jar} or {@code reference:file:/x.jar}. */
    static Path jarOf(String location) {
        String l = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        if (!l.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(URI.create(l)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A key for one version of a jar file, for caching what was worked out from its bytes. */
    static String version(Path jar) throws IOException {
        return jar + "@" + Files.getLastModifiedTime(jar).toMillis() + "@" + Files.size(jar);
    }

    private String sha256(Path jar) {
        String key;
        try {
            key = version(jar);
        } catch (IOException e) {
            return null;
        }
        return digests.computeIfAbsent(key, k -> {
            try (InputStream in = new DigestInputStream(Files.newInputStream(jar), MessageDigest.getInstance("SHA-256"))) {
                MessageDigest md = ((DigestInputStream) in).getMessageDigest();
                in.transferTo(java.io.OutputStream.nullOutputStream());
                return HexFormat.of().formatHex(md.digest());
            } catch (IOException | NoSuchAlgorithmException e) {
                return null;
            }
        });
    }
}
