// Corpus: DevCycle Java server SDK.
// Source: DevCycleHQ/java-server-sdk docs/DevCycleLocalClient.md: variable(user, key, defaultValue)
// returning Variable<T> with getValue(); variableValue(user, key, defaultValue).
package com.shop.flags;

import com.devcycle.sdk.server.common.model.DevCycleUser;
import com.devcycle.sdk.server.common.model.Variable;
import com.devcycle.sdk.server.local.api.DevCycleLocalClient;

public class Flags {
  private final DevCycleLocalClient client;

  public Flags(DevCycleLocalClient client) {
    this.client = client;
  }

  public boolean newCheckoutCopy(String userId) {
    DevCycleUser user = DevCycleUser.builder().userId(userId).build();
    Variable<Boolean> variable = client.variable(user, "checkout-copy-v2", false);
    return variable.getValue();
  }
}
