package org.copydesk.boot;

/**
 * A configuration a feature carries: the body of a {@code <config pid="...">} element, in the typed
 * {@code .config} format that FileInstall reads ({@code key=I"12"}, {@code list=["a","b"]}).
 */
public record FeatureConfig(String pid, String body) {
}
