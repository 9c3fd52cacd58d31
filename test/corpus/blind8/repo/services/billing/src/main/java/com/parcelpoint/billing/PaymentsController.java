// Corpus: blind8, parcelpoint billing service, payments API
// Source: OpenFeature Java SDK docs (getBooleanDetails, getStringValue, getIntegerValue, MutableContext); Statsig Java server SDK docs (checkGateSync, getConfigSync); Split Java SDK docs (getTreatmentWithConfig); ConfigCat Java SDK docs (getValue(Class, key, user, default)); GrowthBook Java SDK docs (isOn, getFeatureValue); DevCycle Java SDK docs (variableValue); Spring docs (@Value)
package com.parcelpoint.billing;

import com.configcat.ConfigCatClient;
import com.configcat.User;
import com.devcycle.sdk.server.common.model.DevCycleUser;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.MutableContext;
import growthbook.sdk.java.GrowthBook;
import io.split.client.SplitClient;
import io.split.client.api.SplitResult;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentsController {
    private final Client openFeature;
    private final SplitClient splitClient;
    private final ConfigCatClient configCatClient;
    private final GrowthBook growthBook;
    private final DevCycleLocalClient devCycleClient;

    @Value("${FF_BIL_SEPA_INSTANT:false}")
    private boolean sepaInstant;

    public PaymentsController(Client openFeature, SplitClient splitClient, ConfigCatClient configCatClient,
            GrowthBook growthBook, DevCycleLocalClient devCycleClient) {
        this.openFeature = openFeature;
        this.splitClient = splitClient;
        this.configCatClient = configCatClient;
        this.growthBook = growthBook;
        this.devCycleClient = devCycleClient;
    }

    @GetMapping("/accounts/{id}/payment-methods")
    public Map<String, Object> methods(@PathVariable String id) {
        MutableContext ctx = new MutableContext(id).add("service", "billing");
        FlagEvaluationDetails<Boolean> ideal = openFeature.getBooleanDetails("bil-ideal-in3", false, ctx);
        String psp = openFeature.getStringValue("bil-psp-routing", "adyen", ctx);
        int retries = openFeature.getIntegerValue(
                "bil-card-retries",
                2,
                ctx);

        StatsigUser user = new StatsigUser(id);
        boolean wallet = Statsig.checkGateSync(user, "bil_wallet_topup");
        var limits = Statsig.getConfigSync(user, "bil_credit_limits");

        SplitResult invoiceLayout = splitClient.getTreatmentWithConfig(id, "bil_invoice_layout");
        boolean autopay = configCatClient.getValue(Boolean.class, "bilAutopay", new User.Builder().build(id), false);
        boolean paypal = growthBook.isOn("bil-paypal");
        Integer minTopUp = growthBook.getFeatureValue("bil-min-topup", 10);
        boolean klarna = devCycleClient.variableValue(DevCycleUser.builder().userId(id).build(), "bil-klarna", false);
        boolean giro = "on".equals(System.getenv("FF_BIL_GIROPAY"));

        return Map.of(
                "ideal", ideal.getValue(), "psp", psp, "retries", retries, "wallet", wallet,
                "limits", limits.getValue(), "layout", invoiceLayout.treatment(), "autopay", autopay,
                "paypal", paypal, "minTopUp", minTopUp, "klarna", klarna, "giro", giro, "sepaInstant", sepaInstant);
    }
}
