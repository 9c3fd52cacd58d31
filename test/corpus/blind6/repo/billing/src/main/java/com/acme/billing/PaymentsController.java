// Corpus: blind6, a Spring REST controller with Unleash and the Split Java SDK.
// Source: Unleash Java SDK docs (isEnabled with UnleashContext, getVariant); Split Java SDK docs (getTreatment, getTreatmentWithConfig).
package com.acme.billing;

import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.variant.Variant;
import io.split.client.SplitClient;
import io.split.client.api.SplitResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentsController {
    private final Unleash unleash;
    private final SplitClient splitClient;

    public PaymentsController(Unleash unleash, SplitClient splitClient) {
        this.unleash = unleash;
        this.splitClient = splitClient;
    }

    @GetMapping("/payments/{accountId}/methods")
    public String methods(@PathVariable String accountId) {
        UnleashContext context = UnleashContext.builder().userId(accountId).addProperty("market", "EU").build();
        boolean wallets = unleash.isEnabled("jv-digital-wallets", context);
        Variant provider = unleash.getVariant("jv-psp-routing", context);
        String retry = splitClient.getTreatment(accountId, "jv_retry_policy");
        SplitResult fees = splitClient.getTreatmentWithConfig(
                accountId,
                "jv_fee_display");
        return String.join(",", String.valueOf(wallets), provider.getName(), retry, fees.treatment());
    }

    @GetMapping("/payments/{accountId}/toggle/{name}")
    public boolean toggle(@PathVariable String accountId, @PathVariable String name) {
        return unleash.isEnabled("jv-" + name);
    }
}
