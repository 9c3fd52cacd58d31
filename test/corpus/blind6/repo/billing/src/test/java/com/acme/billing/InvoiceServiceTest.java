// Corpus: blind6, a JUnit 5 test with Mockito: stubs and verifications, nothing is evaluated.
// Source: Mockito docs (when, anyString, eq, verify); OpenFeature Java SDK Client type.
package com.acme.billing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.launchdarkly.sdk.server.LDClient;
import dev.openfeature.sdk.Client;
import org.junit.jupiter.api.Test;

class InvoiceServiceTest {
    private final Client featureClient = mock(Client.class);
    private final LDClient ldClient = mock(LDClient.class);

    @Test
    void rendersTheV2TemplateWhenTheFlagIsOn() {
        when(featureClient.getBooleanValue(anyString(), anyBoolean(), any())).thenReturn(true);
        InvoiceService service = new InvoiceService(featureClient, ldClient);
        service.render("acc-1", "pro");
        verify(featureClient).getBooleanValue(anyString(), anyBoolean(), any());
    }
}
