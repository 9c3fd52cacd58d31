// Corpus: blind5 (issue 14), closing policy: a switch expression on a treatment, a Supplier lambda, a ternary key, var locals.
// Source: Java 17 language spec (switch expressions, var); Split Java SDK getTreatment; LaunchDarkly java-server-sdk boolVariation.
package com.acme.ledger;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import io.split.client.SplitClient;
import java.util.function.Supplier;

public record ClosingPolicy(SplitClient splitClient, LDClientInterface ldClient) {
  public int graceDays(String accountId, boolean enterprise) {
    var context = LDContext.create(accountId);
    Supplier<Boolean> softClose = () -> ldClient.boolVariation("lg-soft-close", context, false);
    var days = switch (splitClient.getTreatment(accountId, "lg_grace_period")) {
      case "long" -> 10;
      case "short" -> 3;
      default -> 5;
    };
    var tier = splitClient.getTreatment(accountId, enterprise ? "lg_enterprise_tier" : "lg_standard_tier");
    return softClose.get() && !"off".equals(tier) ? days + 2 : days;
  }
}
