// Corpus: Split Java SDK.
// Source: io.split.client.SplitClient: getTreatment(String key, String featureFlagName),
// getTreatment(String key, String featureFlagName, Map<String, Object> attributes).
package com.shop.inventory;

import io.split.client.SplitClient;

public class Inventory {
  private final SplitClient split;

  public Inventory(SplitClient split) {
    this.split = split;
  }

  public boolean reserveEarly(String warehouseId) {
    String treatment = split.getTreatment(warehouseId, "early_reservation");
    return "on".equals(treatment);
  }
}
