// Corpus: blind7, inventory service (Java): housekeeping features across the other SDKs, Spring beans injected.
// Source: dev.openfeature:sdk (getBooleanDetails, getIntegerValue with ImmutableContext), io.getunleash:unleash-client-java
// (isEnabled(name, context, fallbackAction), getVariant(name, context)), com.statsig:serversdk (checkGateSync, getExperimentSync,
// getLayerSync), io.split.client (getTreatment(key, split, attributes), getTreatmentWithConfig, getTreatments), com.posthog.java
// (getFeatureFlag(distinctId, key), isFeatureEnabled(distinctId, key, default)), com.configcat (getValue(Class, key, user, default)),
// com.devcycle (variableValue(user, key, default)), com.flagsmith (getIdentityFlags), growthbook-sdk-java (isOn, getFeatureValue).
package com.tripwise.inventory;

import com.configcat.ConfigCatClient;
import com.configcat.User;
import com.devcycle.sdk.server.common.model.DevCycleUser;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;
import com.flagsmith.FlagsmithClient;
import com.flagsmith.models.Flags;
import com.posthog.java.PostHog;
import com.statsig.sdk.DynamicConfig;
import com.statsig.sdk.Layer;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.Value;
import growthbook.sdk.java.GBContext;
import growthbook.sdk.java.GrowthBook;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.variant.Variant;
import io.split.client.SplitClient;
import io.split.client.api.SplitResult;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class HousekeepingFeatures {
    private static final Logger log = LoggerFactory.getLogger(HousekeepingFeatures.class);

    private final Client openFeature;
    private final Unleash unleash;
    private final SplitClient splitClient;
    private final PostHog postHog;
    private final ConfigCatClient configCat;
    private final DevCycleLocalClient devCycle;
    private final FlagsmithClient flagsmith;

    public HousekeepingFeatures(
            Client openFeature,
            Unleash unleash,
            SplitClient splitClient,
            PostHog postHog,
            ConfigCatClient configCat,
            DevCycleLocalClient devCycle,
            FlagsmithClient flagsmith) {
        this.openFeature = openFeature;
        this.unleash = unleash;
        this.splitClient = splitClient;
        this.postHog = postHog;
        this.configCat = configCat;
        this.devCycle = devCycle;
        this.flagsmith = flagsmith;
    }

    public Schedule schedule(String hotelId, String staffId) {
        ImmutableContext ctx = new ImmutableContext(staffId, Map.of("hotel", new Value(hotelId)));
        FlagEvaluationDetails<Boolean> smartRoutes = openFeature.getBooleanDetails("hk-smart-routes", false, ctx);
        if (smartRoutes.getErrorCode() != null) {
            log.warn("hk-smart-routes failed: {}", smartRoutes.getErrorMessage());
        }
        int roomsPerShift = openFeature.getIntegerValue("hk-rooms-per-shift", 14, ctx);

        UnleashContext unleashContext = UnleashContext.builder()
                .userId(staffId)
                .addProperty("hotel", hotelId)
                .build();
        boolean photoProof = unleash.isEnabled(
                "hk-photo-proof",
                unleashContext,
                (toggleName, context) -> hotelId.startsWith("DE"));
        Variant checklist = unleash.getVariant("hk-checklist-version", unleashContext);

        return new Schedule(smartRoutes.getValue(), roomsPerShift, photoProof, checklist.getName());
    }

    public Map<String, Object> experiments(String hotelId) {
        StatsigUser user = new StatsigUser(hotelId);
        user.setCustom(Map.of("kind", "hotel"));
        boolean autoAssign = Statsig.checkGateSync(user, "hk_auto_assign");
        DynamicConfig shiftTest = Statsig.getExperimentSync(user, "hk_shift_length_test");
        Layer ui = Statsig.getLayerSync(user, "hk_tablet_ui");
        return Map.of(
                "autoAssign", autoAssign,
                "shiftHours", shiftTest.getInt("hours", 8),
                "theme", ui.getString("theme", "light"));
    }

    public String linenPolicy(String hotelId, Map<String, Object> attributes) {
        SplitResult result = splitClient.getTreatmentWithConfig(hotelId, "hk_linen_policy", attributes);
        Map<String, String> treatments = splitClient.getTreatments(
                hotelId,
                List.of("hk_green_stay", "hk_towel_reuse"),
                attributes);
        String bonus = splitClient.getTreatment(hotelId, "hk_green_bonus", attributes);
        log.info("linen {} green {} towel {} bonus {}", result.treatment(),
                treatments.get("hk_green_stay"), treatments.get("hk_towel_reuse"), bonus);
        return result.config();
    }

    public boolean maintenanceChat(String staffId) {
        Object variant = postHog.getFeatureFlag(staffId, "hk-maintenance-chat");
        boolean voiceNotes = postHog.isFeatureEnabled(staffId, "hk-voice-notes", false);
        return "enabled".equals(variant) || voiceNotes;
    }

    public int inspectionInterval(String hotelId) {
        User user = User.newBuilder().custom(Map.of("hotel", hotelId)).build("inspector");
        Boolean strict = configCat.getValue(Boolean.class, "hkStrictInspections", user, false);
        Integer days = configCat.getValue(Integer.class, "hkInspectionDays", user, 30);
        return strict ? Math.min(days, 7) : days;
    }

    public boolean minibarScanner(String staffId) {
        DevCycleUser user = DevCycleUser.builder().userId(staffId).build();
        return devCycle.variableValue(user, "hk-minibar-scanner", false);
    }

    public boolean laundryPartner(String hotelId) throws Exception {
        Flags flags = flagsmith.getIdentityFlags(hotelId, Map.of("kind", "hotel"));
        return flags.isFeatureEnabled("hk_laundry_partner") && flags.getFeatureValue("hk_laundry_vendor") != null;
    }

    public boolean growthbookToggle(GBContext context) {
        GrowthBook growthBook = new GrowthBook(context);
        Integer maxTasks = growthBook.getFeatureValue("hk-max-open-tasks", 25);
        return growthBook.isOn("hk-task-priorities") && maxTasks > 0;
    }

    public boolean gate(String hotelId, String gateName) {
        return Statsig.checkGateSync(new StatsigUser(hotelId), gateName);
    }
}
