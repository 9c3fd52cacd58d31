// Corpus: blind9, brightgrid settlement, the market gateway
// Source: com.statsig.sdk.Statsig (checkGateSync(user, gate), getExperimentSync), com.devcycle.sdk.server.local.api.DevCycleLocalClient (variableValue(user, key, default)), com.configcat.ConfigCatClient (getValue(Class, key, user, default)), com.flagsmith.FlagsmithClient (getEnvironmentFlags, isFeatureEnabled), com.posthog.java.PostHog (isFeatureEnabled(distinctId, key)), growthbook.sdk.java.GrowthBook (isOn), System.getenv
package energy.brightgrid.settlement;

import com.configcat.ConfigCatClient;
import com.configcat.User;
import com.devcycle.sdk.server.common.model.DevCycleUser;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;
import com.flagsmith.FlagsmithClient;
import com.flagsmith.models.Flags;
import com.posthog.java.PostHog;
import com.statsig.sdk.DynamicConfig;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;
import growthbook.sdk.java.GrowthBook;
import org.springframework.stereotype.Component;

@Component
public class MarketGateway {

    private final DevCycleLocalClient devCycle;
    private final ConfigCatClient configCat;
    private final FlagsmithClient flagsmith;
    private final PostHog postHog;
    private final GrowthBook growthBook;

    public MarketGateway(DevCycleLocalClient devCycle, ConfigCatClient configCat, FlagsmithClient flagsmith, PostHog postHog, GrowthBook growthBook) {
        this.devCycle = devCycle;
        this.configCat = configCat;
        this.flagsmith = flagsmith;
        this.postHog = postHog;
        this.growthBook = growthBook;
    }

    public String submit(String mpan, String supplierId) throws Exception {
        StatsigUser user = new StatsigUser(mpan);
        if (!Statsig.checkGateSync(user, "stl_market_submission")) {
            return "held";
        }
        DynamicConfig batching = Statsig.getExperimentSync(user, "stl_batch_size_test");
        long batchSize = batching.getLong("batch_size", 200L);

        DevCycleUser dcUser = DevCycleUser.builder().userId(mpan).build();
        boolean dtsV2 = devCycle.variableValue(dcUser, "stl-dts-v2", false);

        User ccUser = User.newBuilder().country("GB").build(mpan);
        boolean mhhs = configCat.getValue(Boolean.class, "stlMhhsReady", ccUser, false);

        Flags flags = flagsmith.getEnvironmentFlags();
        boolean elexonRetry = flags.isFeatureEnabled("stl_elexon_retry");
        Object timeout = flags.getFeatureValue("stl_elexon_timeout_ms");

        boolean auditTrail = postHog.isFeatureEnabled(supplierId, "stl-audit-trail");
        boolean nightlyExport = growthBook.isOn("stl-nightly-export");
        String region = System.getenv("FF_STL_REGION_OVERRIDE");

        return String.join(",", String.valueOf(batchSize), String.valueOf(dtsV2), String.valueOf(mhhs),
                String.valueOf(elexonRetry), String.valueOf(timeout), String.valueOf(auditTrail),
                String.valueOf(nightlyExport), region == null ? "none" : region);
    }

    public boolean gate(StatsigUser user, String gateName) {
        return Statsig.checkGateSync(user, gateName);
    }
}
