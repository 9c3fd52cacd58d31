// Corpus: blind / inventory feature keys (Java interface constants, imported by the services)
// Source: com.launchdarkly.sdk.server.LDClient#boolVariation(String featureKey, LDContext context, boolean defaultValue) (launchdarkly.github.io/java-core)
package com.acme.inventory;

public interface FeatureKeys {
    String CYCLE_COUNTS = "inventory-cycle-counts";
    String BACKORDERS = "inventory-backorders";
}
