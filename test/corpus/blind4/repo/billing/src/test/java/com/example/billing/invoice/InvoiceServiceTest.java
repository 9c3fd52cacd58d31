// Corpus: blind4 / billing: InvoiceService tests with Mockito and LaunchDarkly's TestData.
// Source: Mockito (when, any, eq, verify), launchdarkly java-server-sdk integrations.TestData.
package com.example.billing.invoice;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.integrations.TestData;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import org.junit.jupiter.api.Test;

class InvoiceServiceTest {
  @Test
  void usesTheEngineFromTheFlag() {
    LDClientInterface ld = mock(LDClientInterface.class);
    LDContext ctx = LDContext.create("acct-1");
    when(ld.stringVariation("bill-invoice-pdf-engine", ctx, "itext")).thenReturn("pdfbox");
    TestData td = TestData.dataSource();
    td.update(td.flag("bill-e-invoicing").booleanFlag().variationForAll(true));
    new InvoiceService(ld);
    verify(ld).stringVariation(eq("bill-invoice-pdf-engine"), any(LDContext.class), eq("itext"));
  }
}
