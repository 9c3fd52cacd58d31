// Corpus: blind3 ledger, Java types holding flag keys: interface constants, an enum with a key, a record.
// Source: Java Language Specification (interface fields are static final; enum constructors; records); LaunchDarkly Java server SDK keys are strings.
package com.acme.ledger;

public interface FeatureKeys {
  String MULTI_CURRENCY = "ledger-multi-currency";
  String PERIOD_CLOSE = "ledger-period-close";

  enum Toggle {
    AUTO_RECONCILE("ledger-auto-reconcile"),
    FX_REVALUATION("ledger-fx-revaluation");

    private final String key;

    Toggle(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  record FlagSpec(String key, boolean fallback) {}
}
