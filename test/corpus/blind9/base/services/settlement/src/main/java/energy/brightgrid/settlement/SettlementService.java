// Corpus: blind9, brightgrid settlement, the settlement run (records, constructor injection)
// Source: com.launchdarkly.sdk.server.LDClient (boolVariation, stringVariation, doubleVariation), LDContext.builder; dev.openfeature.sdk.Client (getBooleanValue, getIntegerValue, getStringDetails), ImmutableContext; io.split.client.SplitClient (getTreatment); io.getunleash.Unleash (isEnabled), UnleashContext.builder
package energy.brightgrid.settlement;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.LDClient;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.Value;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.split.client.SplitClient;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class SettlementService {

    public record SettlementRun(String accountId, String region, BigDecimal kwh) {}

    public record Outcome(BigDecimal amount, String method, boolean nightTariff) {}

    private final LDClient ldClient;
    private final Client openFeature;
    private final SplitClient split;
    private final Unleash unleash;
    private final FlagProperties properties;

    public SettlementService(LDClient ldClient, Client openFeature, SplitClient split, Unleash unleash, FlagProperties properties) {
        this.ldClient = ldClient;
        this.openFeature = openFeature;
        this.split = split;
        this.unleash = unleash;
        this.properties = properties;
    }

    public Outcome settle(SettlementRun run) {
        LDContext context = LDContext.builder(run.accountId()).kind("account").set("region", run.region()).build();
        boolean night = ldClient.boolVariation(SettlementKeys.NIGHT_TARIFF, context, false);
        String method = ldClient.stringVariation("stl-settlement-method", context, "pro-rata");
        double rate = ldClient.doubleVariation("stl-unit-rate", context, 0.245);
        boolean netting = ldClient.boolVariation("stl-legacy-netting", context, false);

        ImmutableContext ofContext = new ImmutableContext(run.accountId(), Map.of("region", new Value(run.region())));
        boolean imbalanceV2 = openFeature.getBooleanValue(SettlementKeys.IMBALANCE_V2, false, ofContext);
        int roundingDp = openFeature.getIntegerValue("stl-rounding-dp", 2, ofContext);
        FlagEvaluationDetails<String> curve = openFeature.getStringDetails(
                "stl-profile-curve",
                "standard",
                ofContext);

        String reconciliation = split.getTreatment(run.accountId(), "stl_reconciliation_engine", Map.of("region", run.region()));
        boolean weekly = unleash.isEnabled(
                "stl_weekly_settlement",
                UnleashContext.builder().userId(run.accountId()).addProperty("region", run.region()).build());

        BigDecimal amount = run.kwh().multiply(BigDecimal.valueOf(rate));
        if (netting || imbalanceV2 && "on".equals(reconciliation)) {
            amount = amount.multiply(BigDecimal.valueOf(1.01));
        }
        amount = amount.setScale(roundingDp, java.math.RoundingMode.HALF_EVEN);
        return new Outcome(amount, weekly ? method + "-weekly:" + curve.getValue() : method, night && properties.failOpen());
    }
}
