// Corpus: blind6, a Spring service with OpenFeature (injected Client) and the LaunchDarkly Java SDK.
// Source: OpenFeature Java SDK docs (getBooleanValue, getStringDetails, MutableContext); LaunchDarkly Java server SDK (boolVariation, stringVariation, LDContext.builder).
package com.acme.billing;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.LDClient;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.MutableContext;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class InvoiceService {
    private final Client featureClient;
    private final LDClient ldClient;

    @Value("${FF_JV_ASYNC_BILLING:false}")
    private boolean asyncBilling;

    public InvoiceService(Client featureClient, LDClient ldClient) {
        this.featureClient = featureClient;
        this.ldClient = ldClient;
    }

    public String render(String accountId, String plan) {
        MutableContext ctx = new MutableContext(accountId).add("plan", plan);
        boolean pdfV2 = featureClient.getBooleanValue("jv-invoice-pdf-v2", false, ctx);
        String template = featureClient
                .getStringDetails("jv-invoice-template", "classic", ctx)
                .getValue();
        return pdfV2 ? template + ".v2" : template;
    }

    public boolean taxEngine(String accountId) {
        return featureClient.getBooleanValue(FlagKeys.TAX_ENGINE, false);
    }

    public void remind(String accountId) {
        LDContext context = LDContext.builder(accountId).kind("account").set("plan", "pro").build();
        if (ldClient.boolVariation(FlagKeys.DUNNING, context, false)) {
            send(accountId);
        }
        String format = Optional.ofNullable(ldClient)
                .map(c -> c.stringVariation("jv-currency-format", context, "ISO"))
                .orElse("ISO");
        log(format);
    }

    private void send(String accountId) {}

    private void log(String message) {}
}
