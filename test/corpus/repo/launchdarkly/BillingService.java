// Corpus: LaunchDarkly Java server SDK.
// Source: com.launchdarkly.sdk.server.interfaces.LDClientInterface: boolVariation(String key,
// LDContext context, boolean defaultValue), stringVariation, jsonValueVariation.
package com.shop.billing;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.LDClient;

public class BillingService {
  private final LDClient client;

  public BillingService(LDClient client) {
    this.client = client;
  }

  public String invoiceTemplate(String accountId) {
    LDContext context = LDContext.create(accountId);
    if (client.boolVariation("invoice-redesign", context, false)) {
      return "modern";
    }
    return client.stringVariation(
        "invoice-locale",
        context,
        "en-US");
  }
}
