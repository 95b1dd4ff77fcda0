package org.copydesk.launcher.it.faulty;

import java.util.Hashtable;

import org.copydesk.api.stage.Stage;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers one misbehaving stage, chosen by the bundle's {@code X-Fault} header: {@code throw}
 * fails every article, {@code hang} never returns, {@code slow} takes 300 ms and marks the article.
 */
public final class Activator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        String fault = context.getBundle().getHeaders().get("X-Fault");
        Stage stage = switch (fault) {
            case "throw" -> (a, ctx) -> {
                throw new IllegalStateException("this stage always breaks");
            };
            case "hang" -> (a, ctx) -> {
                while (true) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException ignored) {
                        // ignores interruption on purpose: the pipeline must give up on it
                    }
                }
            };
            default -> (a, ctx) -> {
                sleep(300);
                return a.toBuilder().meta("slow", "seen").build();
            };
        };
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Stage.NAME, "fault-" + fault);
        props.put(Stage.ORDER, 250);
        context.registerService(Stage.class, stage, props);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }

}
