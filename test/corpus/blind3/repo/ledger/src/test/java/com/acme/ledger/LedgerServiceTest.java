// Corpus: blind3 ledger, JUnit 5 + Mockito tests stubbing the SDK clients.
// Source: Mockito when/thenReturn; launchdarkly LDClientInterface.boolVariation; io.getunleash FakeUnleash (enable/disable).
package com.acme.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import dev.openfeature.sdk.Client;
import io.getunleash.FakeUnleash;
import org.junit.jupiter.api.Test;

class LedgerServiceTest {
  private final LDClientInterface ldClient = mock(LDClientInterface.class);
  private final FakeUnleash unleash = new FakeUnleash();

  @Test
  void multiCurrencyFollowsTheFlag() {
    LDContext context =
        LDContext.builder("acct-1").set("plan", "pro").set("beta", true).build();
    when(ldClient.boolVariation("ledger-multi-currency", context, false)).thenReturn(true);
    LedgerService service = new LedgerService(ldClient, unleash, mock(Client.class));
    assertTrue(service.multiCurrency("acct-1", "pro"));
  }

  @Test
  void auditTrailFollowsTheToggle() {
    unleash.enable("ledger-audit-trail");
    unleash.disable("ledger-period-close");
    LedgerService service = new LedgerService(ldClient, unleash, mock(Client.class));
    assertTrue(service.auditTrail("u1"));
  }
}
