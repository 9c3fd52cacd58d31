// Corpus: LaunchDarkly Java server SDK calls whose keys are static final fields of com.acme.flags.FlagKeys.
// Source: com.launchdarkly:launchdarkly-java-server-sdk, LDClient.boolVariation(String featureKey, LDContext context, boolean defaultValue) (docs.launchdarkly.com/sdk/server-side/java#evaluating-flags).
package com.acme.web;

import static com.acme.flags.FlagKeys.SEARCH_BOOST;

import com.acme.flags.FlagKeys;
import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.LDClient;

public class SearchController {
    private final LDClient client;

    public SearchController(LDClient client) {
        this.client = client;
    }

    public boolean useNewSearch(String userKey) {
        LDContext context = LDContext.create(userKey);
        boolean v2 = client.boolVariation(FlagKeys.SEARCH_V2, context, false);
        boolean boost = client.boolVariation(SEARCH_BOOST, context, false);
        return v2 && boost && client.boolVariation(Settings.SEARCH_FALLBACK, context, false);
    }
}
