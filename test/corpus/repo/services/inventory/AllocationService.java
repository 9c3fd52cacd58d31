// Corpus: inventory service (Java), LaunchDarkly, Unleash, Flagsmith and Split server SDKs with builders.
// Source: com.launchdarkly.sdk.server.LDClient (boolVariation(key, context, default), stringVariationDetail, jsonValueVariation, intVariation, allFlagsState(context) -> FeatureFlagsState.getFlagValue(key)), io.getunleash.Unleash (isEnabled(toggleName, context), getVariant(toggleName, context)), com.flagsmith.FlagsmithClient (getIdentityFlags(identifier, traits) -> Flags.isFeatureEnabled(name), getFeatureValue(name)), io.split.client.SplitClient (getTreatment(key, featureFlagName, attributes), getTreatments(key, List<String> featureFlagNames)).
package com.shop.inventory;

import com.flagsmith.FlagsmithClient;
import com.flagsmith.models.Flags;
import com.launchdarkly.sdk.ContextKind;
import com.launchdarkly.sdk.EvaluationDetail;
import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.LDValue;
import com.launchdarkly.sdk.server.FeatureFlagsState;
import com.launchdarkly.sdk.server.LDClient;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.variant.Variant;
import io.split.client.SplitClient;
import java.util.List;
import java.util.Map;

public class AllocationService {
  private final LDClient ldClient;
  private final Unleash unleash;
  private final FlagsmithClient flagsmith;
  private final SplitClient split;

  public AllocationService(LDClient ldClient, Unleash unleash, FlagsmithClient flagsmith, SplitClient split) {
    this.ldClient = ldClient;
    this.unleash = unleash;
    this.flagsmith = flagsmith;
    this.split = split;
  }

  public Plan allocate(String warehouseId, String region, String toggle) throws Exception {
    LDContext context = LDContext.builder(ContextKind.of("warehouse"), warehouseId)
        .set("region", region)
        .build();
    boolean newAllocator = ldClient.boolVariation("inventory-new-allocator", context, false);
    EvaluationDetail<String> strategy =
        ldClient.stringVariationDetail(
            "inventory-reorder-strategy", context, "fifo");
    LDValue thresholds = ldClient.jsonValueVariation("inventory-thresholds", context, LDValue.ofNull());
    int batch = ldClient.intVariation("inventory-batch-size", context, 50);
    FeatureFlagsState state = ldClient.allFlagsState(context);
    LDValue audit = state.getFlagValue("inventory-audit-mode");

    UnleashContext unleashContext = UnleashContext.builder()
        .userId(warehouseId)
        .addProperty("region", region)
        .build();
    boolean cycleCount = unleash.isEnabled("inventory.cycle-count", unleashContext);
    Variant picking = unleash.getVariant("inventory-picking-variant", unleashContext);
    boolean named = unleash.isEnabled(toggle, unleashContext);

    Flags flags = flagsmith.getIdentityFlags(warehouseId, Map.of("region", region));
    boolean barcodeV2 = flags.isFeatureEnabled("inventory_barcode_v2");
    Object scanTimeout = flags.getFeatureValue("inventory_scan_timeout");

    String rfid = split.getTreatment(warehouseId, "inventory_rfid", Map.of("region", region));
    Map<String, String> zones = split.getTreatments(warehouseId, List.of("inventory_zone_a", "inventory_zone_b"));
    boolean zoneA = "on".equals(zones.get("inventory_zone_a"));

    return new Plan(newAllocator, strategy.getValue(), thresholds, batch, audit, cycleCount,
        picking.getName(), named, barcodeV2, scanTimeout, rfid, zoneA);
  }

  record Plan(boolean newAllocator, String strategy, LDValue thresholds, int batch, LDValue audit,
      boolean cycleCount, String picking, boolean named, boolean barcodeV2, Object scanTimeout,
      String rfid, boolean zoneA) {}
}
