// Corpus: blind5 (issue 14), the nightly reporting job: Statsig, Split, ConfigCat, Flagsmith, GrowthBook, DevCycle, PostHog and env in Java.
// Source: each Java SDK's README (checkGateSync, getExperimentSync, getTreatment, getValue(Class, key, user, default), getEnvironmentFlags, isOn, variableValue, isFeatureEnabled).
package com.acme.ledger;

import com.configcat.ConfigCatClient;
import com.configcat.User;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;
import com.flagsmith.FlagsmithClient;
import com.flagsmith.models.Flags;
import com.posthog.java.PostHog;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;
import growthbook.sdk.java.GrowthBook;
import io.split.client.SplitClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class ReportingJob {
  private final SplitClient splitClient;
  private final ConfigCatClient configCatClient;
  private final FlagsmithClient flagsmith;
  private final GrowthBook growthBook;
  private final DevCycleLocalClient devCycleClient;
  private final PostHog postHog;

  public ReportingJob(SplitClient s, ConfigCatClient c, FlagsmithClient f, GrowthBook g, DevCycleLocalClient d, PostHog p) {
    this.splitClient = s;
    this.configCatClient = c;
    this.flagsmith = f;
    this.growthBook = g;
    this.devCycleClient = d;
    this.postHog = p;
  }

  public void run(String accountId) throws Exception {
    StatsigUser user = new StatsigUser(accountId);
    boolean eod = Statsig.checkGateSync(user, "lg_eod_report");
    String format = Statsig.getExperimentSync(user, "lg_report_format").getString("format", "pdf");
    String audit = splitClient.getTreatment(accountId, "lg_audit_export");
    Map<String, String> exports = splitClient.getTreatments(accountId, List.of("lg_xlsx_export", "lg_sftp_push"));
    boolean autoClose = configCatClient.getValue(Boolean.class, "lgAutoClose", User.newBuilder().build(accountId), false);
    Flags flags = flagsmith.getEnvironmentFlags();
    boolean periodLock = flags.isFeatureEnabled("lg_period_lock");
    boolean fiscal = growthBook.isOn("lg-fiscal-calendar");
    boolean ledgerExport = devCycleClient.variableValue(new com.devcycle.sdk.server.common.model.DevCycleUser(accountId), "lg-ledger-export", false);
    boolean aiReconcile = postHog.isFeatureEnabled(accountId, "lg-ai-reconcile", false);
    boolean readOnly = Boolean.parseBoolean(System.getenv("FF_LEDGER_READONLY"));
    boolean archive = Optional.ofNullable(System.getenv("FF_ARCHIVE_REPORTS")).map(Boolean::parseBoolean).orElse(false);
    String region = System.getenv("LEDGER_REGION");
    report(eod, format, audit, exports.size(), autoClose, periodLock, fiscal, ledgerExport, aiReconcile, readOnly, archive, region);
  }

  private void report(Object... values) {}
}
