// Corpus: blind4 / billing: invoices, with the LaunchDarkly client injected by constructor.
// Source: launchdarkly java-server-sdk (LDClient.boolVariation, stringVariation, intVariation, jsonValueVariation, boolVariationDetail; LDContext.builder).
package com.example.billing.invoice;

import static com.example.billing.BillingFlags.INVOICE_PDF_ENGINE;

import com.example.billing.BillingFlags;
import com.launchdarkly.sdk.EvaluationDetail;
import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.LDValue;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class InvoiceService {
  private final LDClientInterface ldClient;

  public InvoiceService(LDClientInterface ldClient) {
    this.ldClient = ldClient;
  }

  public Invoice draft(Account account, BigDecimal amount) {
    LDContext context = LDContext.builder(account.id()).set("plan", account.plan()).build();
    boolean prorate = ldClient.boolVariation(BillingFlags.PRORATION_V2, context, false);
    // boolean legacy = ldClient.boolVariation("bill-legacy-invoice-layout", context, false);
    String engine = ldClient.stringVariation(INVOICE_PDF_ENGINE, context, "itext");
    int netDays =
        ldClient.intVariation(
            "bill-net-terms-days", context, account.isEnterprise() ? 45 : 30);
    LDValue footer =
        ldClient.jsonValueVariation(
            "bill-invoice-footer",
            context,
            LDValue.buildObject().put("text", "Thank you").build());
    EvaluationDetail<Boolean> einvoice =
        ldClient.boolVariationDetail("bill-e-invoicing", context, false);
    String currency =
        account.isMultiCurrency()
            ? ldClient.stringVariation("bill-display-currency", context, "EUR")
            : account.currency();
    return new Invoice(account, amount, prorate, engine, netDays, footer, einvoice.getValue(), currency);
  }

  boolean isEnabled(String flagKey, LDContext context) {
    return ldClient.boolVariation(flagKey, context, false);
  }
}
