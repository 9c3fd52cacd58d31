// Corpus: blind3 ledger (round 2, added after the scanner was read), keys in nested types (declarations only).
// Source: Java Language Specification §8.5 member classes and §9.3 interface fields (static final).
package com.acme.ledger;

public final class LedgerFlags {
  private LedgerFlags() {}

  public static final class Posting {
    public static final String BATCHED = "ledger-batched-posting";
    public static final String DOUBLE_ENTRY_CHECK = "ledger-double-entry-check";
  }

  public interface Export {
    String XBRL = "ledger-xbrl-export";
  }
}
