// Corpus: Flagsmith Java server SDK.
// Source: com.flagsmith.models.Flags: isFeatureEnabled(String featureName),
// getFeatureValue(String featureName); FlagsmithClient.getEnvironmentFlags().
package com.shop.support;

import com.flagsmith.FlagsmithClient;
import com.flagsmith.models.Flags;

public class SupportWidget {
  private final FlagsmithClient flagsmith;

  public SupportWidget(FlagsmithClient flagsmith) {
    this.flagsmith = flagsmith;
  }

  public boolean chatEnabled() throws Exception {
    Flags flags = flagsmith.getEnvironmentFlags();
    Object greeting = flags.getFeatureValue("support_greeting");
    return greeting != null && flags.isFeatureEnabled("live_chat");
  }
}
