// Corpus: blind7, inventory service (Java): channel-manager sync, the rarer Java forms: ...VariationDetail with LDContext.create,
// Source: launchdarkly-java-server-sdk (boolVariationDetail, migrationVariation, getFlagTracker().addFlagValueChangeListener,
// FeatureFlagsState.toValuesMap), dev.openfeature:sdk (getDoubleValue, getStringDetails, getObjectValue), unleash-client-java
// (isEnabled(name, defaultSetting)), split java (getTreatmentsWithConfig), statsig serversdk (checkGateAsync, getConfigSync),
// configcat java (getValueAsync(Class, key, default)), devcycle java (variable(user, key, default).getValue()),
// growthbook-sdk-java (evalFeature(key, Class)), posthog java (getFeatureFlagPayload(distinctId, key)), flagsmith java.
// migration flags, flag trackers, values maps, enum keys, OpenFeature doubles/objects, Unleash boolean defaults, Split configs,
// Statsig async gates, ConfigCat async values, DevCycle variables, GrowthBook evalFeature, PostHog payloads, Flagsmith env flags.
package com.tripwise.inventory;

import com.configcat.ConfigCatClient;
import com.devcycle.sdk.server.common.model.DevCycleUser;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;
import com.flagsmith.FlagsmithClient;
import com.launchdarkly.sdk.EvaluationDetail;
import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.LDValue;
import com.launchdarkly.sdk.server.MigrationStage;
import com.launchdarkly.sdk.server.MigrationVariation;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import com.posthog.java.PostHog;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.MutableContext;
import dev.openfeature.sdk.Value;
import growthbook.sdk.java.FeatureResult;
import growthbook.sdk.java.GrowthBook;
import io.getunleash.Unleash;
import io.split.client.SplitClient;
import io.split.client.api.SplitResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ChannelSync {
    private static final Logger log = LoggerFactory.getLogger(ChannelSync.class);

    private final LDClientInterface ldClient;
    private final Client openFeature;
    private final Unleash unleash;
    private final SplitClient splitClient;
    private final ConfigCatClient configCat;
    private final DevCycleLocalClient devCycle;
    private final GrowthBook growthBook;
    private final PostHog postHog;
    private final FlagsmithClient flagsmith;

    public ChannelSync(LDClientInterface ldClient, Client openFeature, Unleash unleash, SplitClient splitClient,
            ConfigCatClient configCat, DevCycleLocalClient devCycle, GrowthBook growthBook, PostHog postHog,
            FlagsmithClient flagsmith) {
        this.ldClient = ldClient;
        this.openFeature = openFeature;
        this.unleash = unleash;
        this.splitClient = splitClient;
        this.configCat = configCat;
        this.devCycle = devCycle;
        this.growthBook = growthBook;
        this.postHog = postHog;
        this.flagsmith = flagsmith;
    }

    public void start(String hotelId) {
        LDContext context = LDContext.create(hotelId);
        ldClient.getFlagTracker().addFlagValueChangeListener("inv-cm-kill-switch", context, event -> {
            if (event.getNewValue().booleanValue()) {
                log.warn("channel sync stopped by kill switch for {}", hotelId);
            }
        });
    }

    public SyncPlan plan(String hotelId) throws Exception {
        LDContext context = LDContext.create(hotelId);
        EvaluationDetail<Boolean> delta = ldClient.boolVariationDetail("inv-cm-delta", context, false);
        MigrationVariation migration = ldClient.migrationVariation("inv-rates-store-migration", context, MigrationStage.OFF);
        Map<String, LDValue> values = ldClient.allFlagsState(context).toValuesMap();
        int batchSize = values.getOrDefault("inv-cm-batch-size", LDValue.of(100)).intValue();
        boolean overrides = ldClient.boolVariation(InventoryFlag.OVERRIDES.key(), context, false);

        MutableContext ofContext = new MutableContext(hotelId);
        double backoff = openFeature.getDoubleValue("inv-cm-retry-backoff", 1.5, ofContext);
        String protocol = openFeature.getStringDetails("inv-cm-protocol", "ota-xml", ofContext).getValue();
        Value mapping = openFeature.getObjectValue("inv-cm-mapping", new Value(), ofContext);

        boolean parallel = unleash.isEnabled("inv-cm-parallel", false);
        Map<String, SplitResult> directions = splitClient.getTreatmentsWithConfig(
                hotelId, List.of("inv_cm_push", "inv_cm_pull"), Map.of("hotel", hotelId));

        StatsigUser user = new StatsigUser(hotelId);
        CompletableFuture<Boolean> webhooks = Statsig.checkGateAsync(user, "inv_cm_webhooks");
        long maxRooms = Statsig.getConfigSync(user, "inv_cm_limits").getLong("maxRooms", 500L);

        configCat.getValueAsync(Boolean.class, "invCmAudit", false)
                .thenAccept(audit -> log.info("audit {} for {}", audit, hotelId));
        String logLevel = devCycle.variable(DevCycleUser.builder().userId(hotelId).build(), "inv-cm-log-level", "info").getValue();
        FeatureResult<String> ui = growthBook.evalFeature("inv-cm-dashboard", String.class);
        Object notice = postHog.getFeatureFlagPayload(hotelId, "inv-cm-notice");
        Object vendor = flagsmith.getEnvironmentFlags().getFeatureValue("inv_cm_vendor");

        return new SyncPlan(delta.getValue(), migration.getStage(), batchSize, overrides, backoff, protocol, mapping,
                parallel, directions.get("inv_cm_push").treatment(), directions.get("inv_cm_pull").treatment(),
                webhooks.get(), maxRooms, logLevel, ui.getValue(), notice, vendor);
    }
}
