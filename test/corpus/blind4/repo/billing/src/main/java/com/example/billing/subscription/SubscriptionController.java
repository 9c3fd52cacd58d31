// Corpus: blind4 / billing: the subscription REST controller, OpenFeature Java injected as a field.
// Source: OpenFeature java-sdk (Client.getBooleanValue, getStringValue, getIntegerValue, getDoubleValue, getObjectValue, getBooleanDetails; MutableContext).
package com.example.billing.subscription;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.MutableContext;
import dev.openfeature.sdk.Value;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SubscriptionController {

  @Autowired private Client featureClient;
  @Autowired private Environment env;

  @GetMapping("/subscriptions/{id}/plans")
  public Map<String, Object> plans(@PathVariable String id) {
    MutableContext ctx = new MutableContext(id);
    boolean annual = featureClient.getBooleanValue("bill-annual-plans", false, ctx);
    String badge = featureClient.getStringValue("bill-plan-badge", "Popular");
    Integer trialDays =
        featureClient.getIntegerValue(
            "bill-trial-days",
            14,
            ctx);
    String plansPage = env.getProperty("bill-plans-page", "classic");
    Double discount = featureClient.getDoubleValue("bill-annual-discount", 0.15, ctx);
    Value matrix =
        featureClient.getObjectValue("bill-plan-matrix", new Value(Map.of("seats", new Value(5))));
    return Map.of("annual", annual, "badge", badge, "trialDays", trialDays, "discount", discount, "matrix", matrix, "page", plansPage);
  }

  @PostMapping("/subscriptions/{id}/pause")
  public Map<String, Object> pause(@PathVariable String id) {
    FlagEvaluationDetails<Boolean> pausing =
        featureClient.getBooleanDetails("bill-pause-subscriptions", false, new MutableContext(id));
    return Map.of("paused", pausing.getValue(), "reason", String.valueOf(pausing.getReason()));
  }
}
