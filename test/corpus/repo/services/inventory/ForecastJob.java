// Corpus: inventory service (Java), Statsig, PostHog, GrowthBook, OpenFeature, ConfigCat and DevCycle server SDKs and environment flags.
// Source: com.statsig.sdk.Statsig (checkGateSync(StatsigUser, gateName), getConfigAsync(user, name), getLayerSync(user, name)), com.posthog.server.PostHogInterface (isFeatureEnabled(distinctId, key, defaultValue), getFeatureFlag(distinctId, key, defaultValue), getFeatureFlagPayload(distinctId, key)), growthbook-sdk-java GrowthBook (isOn(featureKey), getFeatureValue(featureKey, defaultValue)), dev.openfeature.sdk.Client (getBooleanValue(key, default), getIntegerDetails(key, default)), com.configcat.ConfigCatClient (getValue(Class, key, defaultValue)), com.devcycle.sdk.server.local.api.DevCycleLocalClient (variableValue(user, key, defaultValue)), System.getenv.
package com.shop.inventory;

import com.configcat.ConfigCatClient;
import com.devcycle.sdk.server.common.model.DevCycleUser;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;
import com.posthog.server.PostHogInterface;
import com.statsig.sdk.DynamicConfig;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import growthbook.sdk.java.GrowthBook;
import java.util.logging.Logger;

public class ForecastJob {
  private static final Logger LOG = Logger.getLogger(ForecastJob.class.getName());
  private static final String HELP = """
      Forecasts honour the gate in Statsig.checkGateSync(user, "inventory-doc-example").
      """;

  private final PostHogInterface postHog;
  private final GrowthBook growthBook;
  private final Client openFeature;
  private final ConfigCatClient configCat;
  private final DevCycleLocalClient devCycle;

  ForecastJob(PostHogInterface postHog, GrowthBook growthBook, Client openFeature, ConfigCatClient configCat, DevCycleLocalClient devCycle) {
    this.postHog = postHog;
    this.growthBook = growthBook;
    this.openFeature = openFeature;
    this.configCat = configCat;
    this.devCycle = devCycle;
  }

  public void run(String userId, String flagName) throws Exception {
    boolean preorders = Statsig.checkGateSync(new StatsigUser(userId), "inventory_preorders");
    StatsigUser user = new StatsigUser(userId);
    DynamicConfig limits = Statsig.getConfigAsync(user, "inventory_limits").get();
    var layer = Statsig.getLayerSync(
        user,
        "inventory_layer");

    boolean forecast = postHog.isFeatureEnabled(userId, "inventory-forecast", false);
    Object model = postHog.getFeatureFlag(
        userId,
        "inventory-forecast-model",
        "arima");
    Object payload = postHog.getFeatureFlagPayload("svc-inventory", "inventory-forecast-model");
    boolean custom = postHog.isFeatureEnabled(userId, flagName, false);

    boolean seasonal = growthBook.isOn("inventory-seasonality");
    Integer horizon = growthBook.getFeatureValue("inventory-horizon-days", 30);

    boolean smoothing = openFeature.getBooleanValue("inventory-smoothing", false);
    FlagEvaluationDetails<Integer> window = openFeature.getIntegerDetails(
        "inventory-window", 7);

    boolean bigBatches = configCat.getValue(Boolean.class, "inventoryBigBatches", false);
    Integer retries = configCat.getValue(
        Integer.class,
        "inventoryRetries",
        3);

    DevCycleUser dvcUser = DevCycleUser.builder().userId(userId).country("DE").build();
    Boolean exportCsv = devCycle.variableValue(dvcUser, "inventory-export-csv", false);
    String format = devCycle.variableValue(DevCycleUser.builder().userId(userId).build(), "inventory-export-format", "csv");

    boolean dryRun = "true".equals(System.getenv("FF_INVENTORY_DRY_RUN"));
    String mode = System.getenv().getOrDefault("FF_INVENTORY_MODE", "batch");
    LOG.info("inventory-forecast done for " + userId + " mode " + mode);
    LOG.fine(String.valueOf(preorders && limits != null && layer != null && forecast && model != null && payload != null
        && custom && seasonal && horizon > 0 && smoothing && window != null && bigBatches && retries > 0
        && exportCsv && format != null && dryRun));
  }
}
