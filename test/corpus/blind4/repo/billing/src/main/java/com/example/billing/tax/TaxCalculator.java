// Corpus: blind4 / billing: tax (Split, Flagsmith, DevCycle, GrowthBook, PostHog Java SDKs) and an environment flag.
// Source: split java-client (SplitClient.getTreatment(key, feature)), flagsmith-java-client (Flags.isFeatureEnabled, getFeatureValue), devcycle java-server-sdk (variableValue(user, key, default)), growthbook-sdk-java (GrowthBook.isOn, getFeatureValue).
package com.example.billing.tax;

import com.flagsmith.FlagsmithClient;
import com.flagsmith.models.Flags;
import com.devcycle.sdk.server.common.model.DevCycleUser;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;
import growthbook.sdk.java.GrowthBook;
import io.split.client.SplitClient;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class TaxCalculator {
  private final SplitClient split;
  private final FlagsmithClient flagsmith;
  private final DevCycleLocalClient devCycle;
  private final GrowthBook growthBook;

  @Value("${FF_TAX_SANDBOX:false}")
  private boolean taxSandbox;

  private final boolean reverseCharge = Boolean.parseBoolean(System.getenv("FF_REVERSE_CHARGE"));

  public TaxCalculator(SplitClient split, FlagsmithClient flagsmith, DevCycleLocalClient devCycle, GrowthBook growthBook) {
    this.split = split;
    this.flagsmith = flagsmith;
    this.devCycle = devCycle;
    this.growthBook = growthBook;
  }

  public BigDecimal tax(String accountId, String country, BigDecimal net) throws Exception {
    String engine = split.getTreatment(accountId, "bill_tax_engine");
    Flags flags = flagsmith.getEnvironmentFlags();
    boolean ossScheme = flags.isFeatureEnabled("bill_oss_scheme");
    Object rounding = flags.getFeatureValue("bill_tax_rounding");
    DevCycleUser user = DevCycleUser.builder().userId(accountId).build();
    Boolean vatIdCheck = devCycle.variableValue(user, "bill-vat-id-check", true);
    boolean digitalGoods = growthBook.isOn("bill-digital-goods-rules");
    Double floor = growthBook.getFeatureValue("bill-min-taxable", 0.0);
    String region = System.getProperty("bill-tax-region", "EU");
    if (taxSandbox || "off".equals(engine)) {
      return BigDecimal.ZERO;
    }
    return net.multiply(new BigDecimal(ossScheme && !reverseCharge ? "0.19" : "0.2"));
  }
}
