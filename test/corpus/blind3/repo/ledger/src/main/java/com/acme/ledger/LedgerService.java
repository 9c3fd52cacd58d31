// Corpus: blind3 ledger, a Spring service with constructor-injected SDK clients (google-java-format).
// Source: launchdarkly java-server-sdk LDClientInterface (boolVariation, stringVariation, jsonValueVariation), LDContext.builder; io.getunleash Unleash.isEnabled(toggle, UnleashContext); dev.openfeature.sdk Client.getBooleanValue; com.statsig.sdk Statsig.checkGateAsync/checkGateSync.
package com.acme.ledger;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.LDValue;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ImmutableContext;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.springframework.stereotype.Service;

@Service
public class LedgerService {
  private static final String LEDGER_AUDIT_TRAIL = "ledger-audit-trail";
  private static final String PREFIX = "ledger-";

  private final LDClientInterface ldClient;
  private final Unleash unleash;
  private final Client featureClient;

  public LedgerService(LDClientInterface ldClient, Unleash unleash, Client featureClient) {
    this.ldClient = ldClient;
    this.unleash = unleash;
    this.featureClient = featureClient;
  }

  public boolean multiCurrency(String accountId, String plan) {
    return ldClient.boolVariation(
        FeatureKeys.MULTI_CURRENCY,
        LDContext.builder(accountId).set("plan", plan).set("beta", true).build(),
        false);
  }

  public String closingStrategy(String accountId) {
    LDContext context = LDContext.builder(accountId).kind("account").build();
    String strategy = ldClient.stringVariation("ledger-closing-strategy", context, "monthly");
    LDValue limits =
        ldClient.jsonValueVariation(
            "ledger-posting-limits", context, LDValue.buildObject().put("max", 100).build());
    return strategy + limits.get("max").intValue();
  }

  public boolean autoReconcile(String accountId) {
    return ldClient.boolVariation(
        FeatureKeys.Toggle.AUTO_RECONCILE.key(), LDContext.create(accountId), false);
  }

  public boolean auditTrail(String userId) {
    return unleash.isEnabled(
        LEDGER_AUDIT_TRAIL, UnleashContext.builder().userId(userId).addProperty("team", "finance").build());
  }

  public boolean periodClose(String userId) {
    var context = UnleashContext.builder().userId(userId).build();
    return unleash.isEnabled(FeatureKeys.PERIOD_CLOSE, context, false);
  }

  public boolean region(String region) {
    // return unleash.isEnabled("ledger-region-eu");
    return unleash.isEnabled(PREFIX + region);
  }

  public boolean spec(FeatureKeys.FlagSpec spec, String userId) {
    return featureClient.getBooleanValue(
        spec.key(), spec.fallback(), new ImmutableContext(userId));
  }

  public boolean journalImport(String userId) {
    return featureClient
        .getBooleanDetails("ledger-journal-import", false, new ImmutableContext(userId))
        .getValue();
  }

  public boolean statsigGates(String userId) throws ExecutionException, InterruptedException {
    StatsigUser user = new StatsigUser(userId);
    boolean async = Statsig.checkGateAsync(user, "ledger-async-posting").get();
    boolean sync = Statsig.checkGateSync(new StatsigUser(userId), "ledger-sync-posting");
    List<String> gates = List.of("ledger-gate-a", "ledger-gate-b");
    return async && sync && !gates.isEmpty();
  }
}
