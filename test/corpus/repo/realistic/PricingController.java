// Corpus: a pricing controller (Java, Spring) with several SDKs held in fields, a wrapped call with a comment, a static final key and look-alikes on loggers and models.
// Source: com.launchdarkly.sdk.server.LDClient (boolVariation(String key, LDContext context,
// boolean defaultValue), stringVariationDetail); io.getunleash.Unleash (isEnabled(String
// toggleName, UnleashContext context), getVariant(String toggleName, UnleashContext context));
// dev.openfeature.sdk.Client (getBooleanValue(String key, Boolean defaultValue, EvaluationContext
// ctx), getIntegerDetails(String key, Integer defaultValue)); io.split.client.SplitClient
// (getTreatment(String key, String featureFlagName, Map<String, Object> attributes));
// com.flagsmith.FlagsmithClient (getEnvironmentFlags().isFeatureEnabled(String featureName));
// growthbook.sdk.java.GrowthBook (isOn(String featureKey), getFeatureValue(String featureKey,
// ValueType defaultValue)).
package com.example.pricing;

import com.flagsmith.FlagsmithClient;
import com.launchdarkly.sdk.EvaluationDetail;
import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.LDClient;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import growthbook.sdk.java.GrowthBook;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.variant.Variant;
import io.split.client.SplitClient;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class PricingController {
    private static final String DYNAMIC_PRICING = "pricing-dynamic";
    private static final Logger logger = LogManager.getLogger(PricingController.class);

    private final LDClient ldClient;
    private final Unleash toggles;
    private final Client openFeature;
    private final SplitClient splitClient;
    private final FlagsmithClient flagsmith;
    private final GrowthBook growthBook;

    public PricingController(LDClient ldClient, Unleash toggles, Client openFeature, SplitClient splitClient, FlagsmithClient flagsmith, GrowthBook growthBook) {
        this.ldClient = ldClient;
        this.toggles = toggles;
        this.openFeature = openFeature;
        this.splitClient = splitClient;
        this.flagsmith = flagsmith;
        this.growthBook = growthBook;
    }

    public Quote quote(User user, Cart cart) throws Exception {
        LDContext context = LDContext.builder(user.getId()).set("tier", user.getTier()).build();
        boolean dynamic = ldClient.boolVariation(DYNAMIC_PRICING, context, false);
        EvaluationDetail<String> rounding = ldClient.stringVariationDetail(
            "pricing-rounding-mode", // half-up until Q3
            context,
            "half-even");
        var freeShippingKey = "pricing-free-shipping";
        boolean freeShipping = ldClient.boolVariation(freeShippingKey, context, false);
        UnleashContext uctx = UnleashContext.builder().userId(user.getId()).build();
        boolean bulk = freeShipping || toggles.isEnabled("pricing-bulk-discount", uctx);
        Variant banner = toggles.getVariant("pricing-banner-copy", uctx);
        Boolean vat = openFeature.getBooleanValue("pricing-vat-inclusive", false, new ImmutableContext(user.getId()));
        FlagEvaluationDetails<Integer> precision = openFeature.getIntegerDetails(
            "pricing-decimal-places",
            2);
        String currency = splitClient.getTreatment(user.getId(), "pricing_multi_currency", Map.of("plan", user.getPlan()));
        boolean coupons = flagsmith.getEnvironmentFlags().isFeatureEnabled("pricing_coupons");
        boolean annual = growthBook.isOn("pricing-annual-toggle");
        Double ceiling = growthBook.getFeatureValue("pricing-max-discount", 0.3);
        String experimentKey = cart.getExperimentKey();
        boolean perCart = ldClient.boolVariation(experimentKey, context, false);
        boolean perRegion = toggles.isEnabled("pricing-region-" + user.getRegion(), uctx);

        // Look-alikes: log4j2's Logger.isEnabled(Level), a catalog model's variants.
        if (logger.isEnabled(Level.DEBUG)) {
            logger.debug("pricing-dynamic={}", dynamic);
        }
        Variant size = cart.getProduct().getVariant(cart.getSku());
        return new Quote(dynamic, rounding, bulk, banner, vat, precision, currency, coupons, annual, ceiling, perCart && perRegion, size);
    }
}
