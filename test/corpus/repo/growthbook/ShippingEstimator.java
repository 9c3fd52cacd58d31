// Corpus: GrowthBook Java SDK.
// Source: growthbook.sdk.java.GrowthBook: isOn(String featureKey), isOff(String featureKey),
// getFeatureValue(String featureKey, ValueType defaultValue); docs.growthbook.io/lib/java.
package com.shop.shipping;

import growthbook.sdk.java.GrowthBook;

public class ShippingEstimator {
  private final GrowthBook growthBook;

  public ShippingEstimator(GrowthBook growthBook) {
    this.growthBook = growthBook;
  }

  public int days() {
    // if (growthBook.isOn("free-shipping-promo")) { return 0; }
    if (growthBook.isOn("express-shipping")) {
      return 1;
    }
    return growthBook.getFeatureValue("shipping-days", 5);
  }
}
