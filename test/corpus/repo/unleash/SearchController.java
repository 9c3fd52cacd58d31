// Corpus: Unleash Java SDK.
// Source: io.getunleash.Unleash: isEnabled(String toggleName), isEnabled(String toggleName,
// UnleashContext context), getVariant(String toggleName, UnleashContext context).
package com.shop.search;

import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.variant.Variant;

public class SearchController {
  private final Unleash unleash;

  public SearchController(Unleash unleash) {
    this.unleash = unleash;
  }

  public String engine(String userId) {
    UnleashContext context = UnleashContext.builder().userId(userId).build();
    if (unleash.isEnabled("search.reranker", context)) {
      return "reranker";
    }
    Variant variant = unleash.getVariant("search-engine", context);
    return variant.getName();
  }
}
