// Corpus: flag keys held in Java static final fields and interface constants (LaunchDarkly Java server SDK).
// Source: com.launchdarkly.sdk.server.LDClient.boolVariation(String featureKey, LDContext context, boolean defaultValue) (docs.launchdarkly.com/sdk/server-side/java#evaluating-flags).
package com.example.constants;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.LDClient;

public class FlagKeys {
    private static final String DARK_MODE = "dark_mode";

    public interface Checkout {
        String FLOW = "checkout-flow";
        String V2 = "checkout-v2";
    }

    private final LDClient client;

    public FlagKeys(LDClient client) {
        this.client = client;
    }

    public boolean dark(LDContext context) {
        return client.boolVariation(DARK_MODE, context, false);
    }

    public boolean flow(LDContext context) {
        return client.boolVariation(Checkout.FLOW, context, false)
            && client.boolVariation(
                Checkout.V2,
                context,
                false);
    }

    public boolean any(LDContext context, String key) {
        return client.boolVariation(key, context, false);
    }
}
