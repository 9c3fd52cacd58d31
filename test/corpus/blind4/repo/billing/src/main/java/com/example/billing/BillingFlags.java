// Corpus: blind4 / billing: flag keys shared by the billing services.
// Source: the team's convention (constants next to the code that evaluates them).
package com.example.billing;

public final class BillingFlags {
  public static final String PRORATION_V2 = "bill-proration-v2";
  public static final String INVOICE_PDF_ENGINE = "bill-invoice-pdf-engine";
  public static final String DUNNING_RETRIES = "bill-dunning-retries";

  private BillingFlags() {}
}
