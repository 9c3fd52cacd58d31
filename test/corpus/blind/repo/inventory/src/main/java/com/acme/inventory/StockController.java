// Corpus: blind / inventory stock controller (LaunchDarkly Java server SDK, Unleash Java SDK; Spring MVC)
// Source: com.launchdarkly.sdk.server.LDClient boolVariation / stringVariation / intVariation / jsonValueVariation / boolVariationDetail / getFlagTracker (docs.launchdarkly.com/sdk/server-side/java); io.getunleash.Unleash isEnabled / getVariant (docs.getunleash.io/reference/sdks/java)
package com.acme.inventory;

import com.launchdarkly.sdk.EvaluationDetail;
import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.LDValue;
import com.launchdarkly.sdk.server.LDClient;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.variant.Variant;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StockController {
    private static final String RESERVATIONS_FLAG = "inventory-soft-reservations";

    private final LDClient ldClient;
    private final Unleash unleash;

    public StockController(LDClient ldClient, Unleash unleash) {
        this.ldClient = ldClient;
        this.unleash = unleash;
        ldClient.getFlagTracker().addFlagValueChangeListener("inventory-sync-interval", LDContext.create("inventory-service"), event -> {
            System.out.println("sync interval changed to " + event.getNewValue());
        });
    }

    @GetMapping("/stock/{warehouseId}/{sku}")
    public Map<String, Object> stock(@PathVariable String warehouseId, @PathVariable String sku) {
        LDContext context = LDContext.builder(warehouseId).kind("warehouse").set("region", "eu-west").build();

        boolean reservations = ldClient.boolVariation(RESERVATIONS_FLAG, context, false);
        boolean multiBin = ldClient.boolVariation("inventory-multi-bin", context, false);
        String allocation = ldClient.stringVariation(
                "inventory-allocation-strategy",
                context,
                "fifo");
        int safetyStock = ldClient.intVariation("inventory-safety-stock-days", context, 3);
        LDValue thresholds = ldClient.jsonValueVariation("inventory-reorder-thresholds", context, LDValue.ofNull());
        EvaluationDetail<Boolean> forecast =
                ldClient.boolVariationDetail("inventory-demand-forecast", context, false);
        boolean cycleCounts = ldClient.boolVariation(FeatureKeys.CYCLE_COUNTS, context, false);

        UnleashContext unleashContext = UnleashContext.builder().userId(warehouseId).addProperty("sku", sku).build();
        boolean barcodeV2 = unleash.isEnabled("inventory-barcode-v2", unleashContext);
        Variant pickPath = unleash.getVariant("inventory-pick-path", unleashContext);
        boolean transfers = unleash.isEnabled(
                "inventory-inter-warehouse-transfers",
                unleashContext,
                false);

        return Map.of(
                "reservations", reservations,
                "multiBin", multiBin,
                "allocation", allocation,
                "safetyStock", safetyStock,
                "thresholds", thresholds.toJsonString(),
                "forecast", forecast.getValue(),
                "cycleCounts", cycleCounts,
                "barcodeV2", barcodeV2,
                "pickPath", pickPath.getName(),
                "transfers", transfers);
    }
}
