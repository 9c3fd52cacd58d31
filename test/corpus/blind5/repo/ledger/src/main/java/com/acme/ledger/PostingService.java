// Corpus: blind5 (issue 14), postings: LaunchDarkly Java and OpenFeature Java, a text block and backticks in strings.
// Source: launchdarkly java-server-sdk (boolVariation, stringVariationDetail); OpenFeature java-sdk Client (getIntegerValue, getDoubleDetails).
package com.acme.ledger;

import com.launchdarkly.sdk.EvaluationDetail;
import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.OpenFeatureAPI;

public class PostingService {
  private static final String AUDIT_SQL = """
      -- ldClient.boolVariation("lg-text-block-only", ctx, false) is not evaluated here
      SELECT id, amount FROM postings WHERE flag = 'lg-in-sql'
      """;

  private final LDClientInterface ldClient;
  private final Client features = OpenFeatureAPI.getInstance().getClient("ledger");

  public PostingService(LDClientInterface ldClient) {
    this.ldClient = ldClient;
  }

  /** Posts a batch; see `lg-double-entry-check` in the runbook (a stray backtick: `). */
  public void post(String tenantId, long[] amounts) {
    LDContext context = LDContext.builder(tenantId).kind("tenant").build();
    boolean doubleEntry = ldClient.boolVariation("lg-double-entry-check", context, false);
    EvaluationDetail<String> rounding =
        ldClient.stringVariationDetail(
            "lg-rounding-mode", context, "HALF_EVEN");
    boolean async = features.getBooleanValue("lg-async-posting", false);
    int batchSize = features.getIntegerValue("lg-batch-size", 500);
    double tolerance = features.getDoubleDetails("lg-balance-tolerance", 0.01).getValue();
    String hint = "wrap keys in ` when writing markdown";
    write(tenantId, amounts, doubleEntry, rounding.getValue(), async, batchSize, tolerance, hint + AUDIT_SQL);
  }

  private void write(String tenant, long[] amounts, boolean check, String mode, boolean async, int batch, double tol, String note) {}
}
