// Corpus: blind7, inventory service (Java): an enum of flag keys with a constructor argument (its key() is computed at run time).
// Source: the Java Language Specification (enum constructors); the keys are LaunchDarkly keys.
package com.tripwise.inventory;

public enum InventoryFlag {
    OVERRIDES("inv-cm-overrides"),
    RATE_PUSH("inv-cm-rate-push");

    private final String key;

    InventoryFlag(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
