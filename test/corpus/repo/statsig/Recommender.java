// Corpus: Statsig Java server SDK.
// Source: com.statsig.sdk.Statsig: checkGateSync(StatsigUser user, String gateName),
// getExperimentSync(StatsigUser user, String experimentName); docs.statsig.com/server/javaSdk.
package com.shop.recs;

import com.statsig.sdk.DynamicConfig;
import com.statsig.sdk.Statsig;
import com.statsig.sdk.StatsigUser;

public class Recommender {
  public int slots(String userId) {
    StatsigUser user = new StatsigUser(userId);
    if (!Statsig.checkGateSync(user, "recs_enabled")) {
      return 0;
    }
    DynamicConfig experiment = Statsig.getExperimentSync(user, "recs_slots");
    return experiment.getInt("slots", 3);
  }
}
