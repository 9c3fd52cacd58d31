// Corpus: blind4 / billing (round 2): lambdas, Optional chains and a method reference around SDK calls.
// Source: launchdarkly java-server-sdk (LDClientInterface.boolVariation(key, context, default)), unleash-client-java (Unleash.isEnabled(toggleName)).
package com.example.billing.invoice;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import io.getunleash.Unleash;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

public class InvoiceFeatures {
  private final Optional<LDClientInterface> ld;
  private final Unleash unleash;

  public InvoiceFeatures(Optional<LDClientInterface> ld, Unleash unleash) {
    this.ld = ld;
    this.unleash = unleash;
  }

  public boolean creditNotes(LDContext context) {
    return ld.map(client -> client.boolVariation("bill-credit-notes", context, false)).orElse(false);
  }

  public Supplier<Boolean> lateFees() {
    return () -> unleash.isEnabled("bill.late-fees");
  }

  public long enabledCount(List<String> toggles) {
    return toggles.stream().filter(unleash::isEnabled).count();
  }
}
