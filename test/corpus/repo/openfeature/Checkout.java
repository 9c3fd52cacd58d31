// Corpus: OpenFeature Java SDK.
// Source: dev.openfeature.sdk.Features (Client): getBooleanValue(String key, Boolean defaultValue),
// getStringValue(String key, String defaultValue), getIntegerDetails(String key, Integer defaultValue).
package com.shop.checkout;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.OpenFeatureAPI;

public class Checkout {
  private final Client client = OpenFeatureAPI.getInstance().getClient();

  public String flow() {
    if (client.getBooleanValue("express-flow", false)) {
      return client.getStringValue("express-flow-variant", "a");
    }
    return "standard";
  }
}
