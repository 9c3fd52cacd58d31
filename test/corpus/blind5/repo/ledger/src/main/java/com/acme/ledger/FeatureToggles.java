// Corpus: blind5 (issue 14), the ledger's Unleash wrapper: a method reference, a fallback lambda, constants.
// Source: unleash-client-java README (Unleash.isEnabled(name, context, fallback), getVariant, more().getFeatureToggleNames()).
package com.acme.ledger;

import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.Variant;
import java.util.List;

public final class FeatureToggles {
  public static final String FX_REVALUATION = "lg-fx-revaluation";

  private final Unleash unleash;

  public FeatureToggles(Unleash unleash) {
    this.unleash = unleash;
  }

  /** True when any of the given toggles is on; the names come from the caller. */
  public boolean anyEnabled(List<String> toggleNames) {
    return toggleNames.stream().anyMatch(unleash::isEnabled);
  }

  public boolean fxRevaluation(String accountId) {
    UnleashContext context = UnleashContext.builder().userId(accountId).build();
    return unleash.isEnabled(FX_REVALUATION, context, (name, ctx) -> false);
  }

  public String closingStyle() {
    Variant variant = unleash.getVariant("lg-closing-style");
    return variant.isEnabled() ? variant.getName() : "classic";
  }

  public int knownToggles() {
    return unleash.more().getFeatureToggleNames().size();
  }
}
