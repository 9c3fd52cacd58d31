// Corpus: blind6, the billing service's flag keys as constants of a final class.
// Source: Java Language Specification (constant variables).
package com.acme.billing;

public final class FlagKeys {
    public static final String TAX_ENGINE = "jv-tax-engine";
    public static final String DUNNING = "jv-dunning-emails";

    private FlagKeys() {}
}
