// Corpus: blind8, parcelpoint billing service, invoices
// Source: LaunchDarkly Java server SDK docs (LDContext.builder, boolVariation, stringVariation, jsonValueVariation, boolVariationDetail); Unleash Java SDK docs (UnleashContext.builder)
package com.parcelpoint.billing;

import com.launchdarkly.sdk.EvaluationDetail;
import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.LDValue;
import com.launchdarkly.sdk.server.LDClient;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class InvoiceService {
    private final LDClient ldClient;
    private final Unleash unleash;

    public InvoiceService(LDClient ldClient, Unleash unleash) {
        this.ldClient = ldClient;
        this.unleash = unleash;
    }

    private static LDContext accountContext(Account account) {
        return LDContext.builder(account.id())
                .kind("account")
                .set("plan", account.plan())
                .set("country", account.country())
                .build();
    }

    public Invoice draft(Account account, BigDecimal amount) {
        LDContext context = accountContext(account);
        boolean prorate = ldClient.boolVariation(FeatureKeys.PRORATION, context, false);
        String numbering = ldClient.stringVariation(
                "bil-invoice-numbering",
                context,
                "yearly");
        LDValue footer = ldClient.jsonValueVariation("bil-invoice-footer", context, LDValue.ofNull());
        EvaluationDetail<Boolean> einvoice =
                ldClient.boolVariationDetail(FeatureKeys.EINVOICE, context, false);

        boolean reverseCharge = unleash.isEnabled(
                "bil-reverse-charge",
                UnleashContext.builder()
                        .userId(account.id())
                        .addProperty("country", account.country())
                        .build());
        return new Invoice(account, amount, prorate, numbering, footer, einvoice.getValue(), reverseCharge);
    }

    @FeatureGate("bil-credit-notes")
    public CreditNote credit(Invoice invoice, BigDecimal amount) {
        return CreditNote.of(invoice, amount);
    }
}
