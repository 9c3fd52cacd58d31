// Corpus: blind3 ledger (round 2, added after the scanner was read), keys from nested types, same file and same package.
// Source: launchdarkly java-server-sdk LDClientInterface.boolVariation(key, context, default); io.getunleash Unleash.isEnabled(toggle).
package com.acme.ledger;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import io.getunleash.Unleash;

public class PostingService {
  static final class Local {
    static final String FAST_PATH = "ledger-posting-fast-path";
  }

  private final LDClientInterface ldClient;
  private final Unleash unleash;

  public PostingService(LDClientInterface ldClient, Unleash unleash) {
    this.ldClient = ldClient;
    this.unleash = unleash;
  }

  public boolean batched(String accountId) {
    return ldClient.boolVariation(
        LedgerFlags.Posting.BATCHED, LDContext.create(accountId), false);
  }

  public boolean checks(String accountId) {
    return unleash.isEnabled(LedgerFlags.Posting.DOUBLE_ENTRY_CHECK)
        && unleash.isEnabled(LedgerFlags.Export.XBRL);
  }

  public boolean fastPath(String accountId) {
    return ldClient.boolVariation(PostingService.Local.FAST_PATH, LDContext.create(accountId), false);
  }
}
