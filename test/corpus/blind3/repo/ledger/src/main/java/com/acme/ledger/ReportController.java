// Corpus: blind3 ledger, a Spring controller: Split, PostHog server, ConfigCat, GrowthBook, Flagsmith, DevCycle Java SDKs and env.
// Source: io.split.client SplitClient (getTreatment(key, split), getTreatmentWithConfig); com.posthog.java PostHog.isFeatureEnabled(distinctId, key); com.configcat ConfigCatClient.getValue(Class, key, user, default); growthbook GrowthBook.isOn; flagsmith FlagsmithClient/Flags.isFeatureEnabled; devcycle DevCycleLocalClient.variableValue(user, key, default).
package com.acme.ledger;

import com.configcat.ConfigCatClient;
import com.configcat.User;
import com.devcycle.sdk.server.common.model.DevCycleUser;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;
import com.flagsmith.FlagsmithClient;
import com.flagsmith.models.Flags;
import com.posthog.java.PostHog;
import growthbook.sdk.java.GrowthBook;
import io.split.client.SplitClient;
import io.split.client.api.SplitResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportController {
  private static final Logger log = LoggerFactory.getLogger(ReportController.class);
  private static final boolean CSV_V2 = "1".equals(System.getenv("FF_LEDGER_CSV_V2"));

  private final SplitClient splitClient;
  private final PostHog postHog;
  private final ConfigCatClient configCat;
  private final GrowthBook growthBook;
  private final FlagsmithClient flagsmith;
  private final DevCycleLocalClient devCycle;

  public ReportController(
      SplitClient splitClient,
      PostHog postHog,
      ConfigCatClient configCat,
      GrowthBook growthBook,
      FlagsmithClient flagsmith,
      DevCycleLocalClient devCycle) {
    this.splitClient = splitClient;
    this.postHog = postHog;
    this.configCat = configCat;
    this.growthBook = growthBook;
    this.flagsmith = flagsmith;
    this.devCycle = devCycle;
  }

  @GetMapping("/reports/{accountId}")
  public String report(@PathVariable String accountId) throws Exception {
    String layout = splitClient.getTreatment(accountId, "ledger_report_layout");
    SplitResult export =
        splitClient.getTreatmentWithConfig(accountId, "ledger_report_export");
    boolean charts = postHog.isFeatureEnabled(accountId, "ledger-report-charts");
    boolean pdf =
        configCat.getValue(
            Boolean.class, "ledgerPdfExport", User.newBuilder().build(accountId), false);
    boolean darkTheme = growthBook.isOn("ledger-dark-reports");
    Flags flags = flagsmith.getIdentityFlags(accountId);
    boolean footnotes = flags.isFeatureEnabled("ledger_report_footnotes");
    DevCycleUser user = DevCycleUser.builder().userId(accountId).build();
    Boolean sampling = devCycle.variableValue(user, "ledger-report-sampling", false);
    if (log.isDebugEnabled()) {
      log.debug("report {} layout={} charts={}", accountId, layout, charts);
    }
    String sql = """
        -- ledger-report-charts is read by postHog.isFeatureEnabled(id, "ledger-report-charts")
        SELECT * FROM reports WHERE account_id = ?
        """;
    return String.join(",", layout, export.treatment(), String.valueOf(pdf), String.valueOf(darkTheme),
        String.valueOf(footnotes), String.valueOf(sampling), String.valueOf(CSV_V2), sql);
  }
}
