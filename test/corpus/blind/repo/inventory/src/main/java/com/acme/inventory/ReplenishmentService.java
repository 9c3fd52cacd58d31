// Corpus: blind / inventory replenishment service (Statsig Java server SDK, Split Java SDK, OpenFeature Java SDK, ConfigCat Java SDK, Flagsmith Java SDK, PostHog Java server SDK, DevCycle Java SDK, GrowthBook Java SDK, environment flags)
// Source: com.statsig.sdk.Statsig checkGateSync / getConfigSync / getExperimentSync (docs.statsig.com/server/javaSdk); io.split.client.SplitClient getTreatment(key, featureFlagName) / getTreatments (help.split.io Java SDK); dev.openfeature.sdk.Client getBooleanValue / getStringDetails (openfeature.dev/docs/reference/technologies/server/java); com.configcat.ConfigCatClient getValue(Class, key, defaultValue) (configcat.com/docs/sdk-reference/java); com.flagsmith.FlagsmithClient getEnvironmentFlags, Flags.isFeatureEnabled (docs.flagsmith.com/clients/server-side); com.posthog.server.PostHogInterface isFeatureEnabled(distinctId, key, defaultValue) / getFeatureFlag (posthog.com/docs/libraries/java, posthog-server USAGE.md); com.devcycle.sdk.server.local.api.DevCycleLocalClient variableValue(user, key, defaultValue) (docs.devcycle.com/sdk/server-side-sdks/java-local); growthbook.sdk.java.GrowthBook isOn (docs.growthbook.io/lib/java)
package com.acme.inventory;

import static com.acme.inventory.FeatureKeys.BACKORDERS;

import com.configcat.ConfigCatClient;
import com.devcycle.sdk.server.common.model.DevCycleUser;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;
import com.flagsmith.FlagsmithClient;
import com.flagsmith.models.Flags;
import com.posthog.server.PostHogInterface;
import com.statsig.sdk.DynamicConfig;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.MutableContext;
import growthbook.sdk.java.GrowthBook;
import io.split.client.SplitClient;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class ReplenishmentService {
    private final SplitClient split;
    private final Client features;
    private final ConfigCatClient configCat;
    private final FlagsmithClient flagsmith;
    private final PostHogInterface posthog;
    private final DevCycleLocalClient devcycle;
    private final GrowthBook growthBook;

    public ReplenishmentService(
            SplitClient split,
            Client features,
            ConfigCatClient configCat,
            FlagsmithClient flagsmith,
            PostHogInterface posthog,
            DevCycleLocalClient devcycle,
            GrowthBook growthBook) {
        this.split = split;
        this.features = features;
        this.configCat = configCat;
        this.flagsmith = flagsmith;
        this.posthog = posthog;
        this.devcycle = devcycle;
        this.growthBook = growthBook;
    }

    public int reorderQuantity(String warehouseId, String sku) throws Exception {
        StatsigUser user = new StatsigUser(warehouseId);
        boolean autoReorder = Statsig.checkGateSync(user, "replenishment_auto_reorder");
        DynamicConfig leadTimes = Statsig.getConfigSync(user, "replenishment_lead_times");
        DynamicConfig batching = Statsig.getExperimentSync(
                user,
                "replenishment_batch_sizes");

        String supplierRouting = split.getTreatment(warehouseId, "replenishment_supplier_routing");
        Map<String, String> treatments = split.getTreatments(warehouseId, List.of("replenishment_eoq_model", "replenishment_safety_buffer"));
        boolean eoq = "on".equals(treatments.get("replenishment_eoq_model"));

        MutableContext ctx = new MutableContext(warehouseId);
        boolean vendorPortal = features.getBooleanValue("replenishment-vendor-portal", false, ctx);
        FlagEvaluationDetails<String> currency = features.getStringDetails(
                "replenishment-purchase-currency",
                "EUR",
                ctx);

        boolean consolidate = configCat.getValue(Boolean.class, "replenishmentConsolidateOrders", false);

        Flags flags = flagsmith.getEnvironmentFlags();
        boolean dropShip = flags.isFeatureEnabled("replenishment_drop_ship");

        boolean predictive = posthog.isFeatureEnabled(warehouseId, "replenishment-predictive-alerts", false);
        Object carrierVariant = posthog.getFeatureFlag(warehouseId, "replenishment-carrier-choice");

        DevCycleUser dvcUser = DevCycleUser.builder().userId(warehouseId).build();
        int maxSuppliers = devcycle.variableValue(dvcUser, "replenishment-max-suppliers", 3);

        boolean seasonal = growthBook.isOn("replenishment-seasonal-adjust");
        boolean backorders = Boolean.parseBoolean(System.getenv("FF_REPLENISHMENT_BACKORDERS"));
        String legacyErp = System.getenv().getOrDefault("FF_LEGACY_ERP_SYNC", "false");

        int base = leadTimes.getInt("default_days", 7) * batching.getInt("multiplier", 1);
        if (autoReorder && eoq && !"off".equals(supplierRouting)) {
            base += 10;
        }
        if (vendorPortal || consolidate || dropShip || predictive || seasonal || backorders) {
            base += maxSuppliers;
        }
        return "true".equals(legacyErp) || carrierVariant == null ? base : base + currency.getValue().length();
    }

    public boolean backordersEnabled(com.launchdarkly.sdk.server.LDClient ld, String warehouseId) {
        return ld.boolVariation(BACKORDERS, com.launchdarkly.sdk.LDContext.create(warehouseId), false);
    }
}
