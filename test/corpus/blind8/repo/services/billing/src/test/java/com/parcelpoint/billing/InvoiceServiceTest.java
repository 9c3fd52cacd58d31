// Corpus: blind8, parcelpoint billing service, invoice tests
// Source: Mockito docs (when, eq, any, anyBoolean, verify); JUnit 5 docs
package com.parcelpoint.billing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.launchdarkly.sdk.server.LDClient;
import io.getunleash.FakeUnleash;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InvoiceServiceTest {
    private final LDClient ldClient = mock(LDClient.class);
    private final FakeUnleash unleash = new FakeUnleash();

    @Test
    void proratesWhenTheFlagIsOn() {
        when(ldClient.boolVariation(eq(FeatureKeys.PRORATION), any(), anyBoolean())).thenReturn(true);
        unleash.enable("bil-reverse-charge");
        Invoice invoice = new InvoiceService(ldClient, unleash).draft(new Account("a-1", "pro", "NL"), BigDecimal.TEN);
        assertTrue(invoice.prorated());
        verify(ldClient).boolVariation(eq("bil-proration"), any(), eq(false));
    }
}
