// Corpus: blind4 / billing: the dunning scheduler (Unleash, ConfigCat, Statsig Java SDKs).
// Source: unleash-client-java (Unleash.isEnabled(name, context), getVariant), configcat java-sdk (getValue(Class, key, default)), statsig java server (Statsig.checkGateSync(user, gate), getConfigSync).
package com.example.billing.dunning;

import com.configcat.ConfigCatClient;
import com.configcat.User;
import com.example.billing.BillingFlags;
import com.statsig.sdk.DynamicConfig;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.variant.Variant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class DunningScheduler {
  private final Unleash unleash;
  private final ConfigCatClient configCat;

  public DunningScheduler(Unleash unleash, ConfigCatClient configCat) {
    this.unleash = unleash;
    this.configCat = configCat;
  }

  @Scheduled(cron = "0 0 6 * * *")
  public void run() {
    UnleashContext ctx = UnleashContext.builder().appName("billing").build();
    if (!unleash.isEnabled("bill.dunning-automation", ctx)) {
      return;
    }
    Variant tone = unleash.getVariant("bill.dunning-email-tone", ctx);
    int retries = configCat.getValue(Integer.class, BillingFlags.DUNNING_RETRIES, 3);
    boolean smsReminders =
        configCat.getValue(
            Boolean.class, "billSmsReminders", false, User.newBuilder().build("scheduler"));
    StatsigUser system = new StatsigUser("billing-scheduler");
    boolean hardStop = Statsig.checkGateSync(system, "bill_dunning_hard_stop");
    DynamicConfig windows = Statsig.getConfigSync(system, "bill_dunning_windows");
    schedule(tone.getName(), retries, smsReminders, hardStop, windows.getInt("days", 7));
  }

  private void schedule(String tone, int retries, boolean sms, boolean hardStop, int days) {}
}
