// Corpus: blind5 (issue 14), a Mockito test of postings: a stub with the literal key, a verification with matchers.
// Source: Mockito docs (when/thenReturn, verify, eq, any, anyBoolean); launchdarkly java-server-sdk LDClientInterface.
package com.acme.ledger;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import org.junit.jupiter.api.Test;

class PostingServiceTest {
  @Test
  void checksDoubleEntryWhenTheFlagIsOn() {
    LDClientInterface ldClient = mock(LDClientInterface.class);
    when(ldClient.boolVariation("lg-double-entry-check", any(), anyBoolean())).thenReturn(true);
    new PostingService(ldClient).post("t-1", new long[] {100, -100});
    verify(ldClient).boolVariation(eq("lg-double-entry-check"), any(), eq(false));
  }
}
