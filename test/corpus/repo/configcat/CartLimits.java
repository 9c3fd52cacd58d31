// Corpus: ConfigCat Java SDK.
// Source: com.configcat.ConfigCatClient: getValue(Class<T> classOfT, String key, T defaultValue)
// and getValue(Class<T> classOfT, String key, User user, T defaultValue).
package com.shop.cart;

import com.configcat.ConfigCatClient;
import com.configcat.User;

public class CartLimits {
  private final ConfigCatClient client;

  public CartLimits(ConfigCatClient client) {
    this.client = client;
  }

  public int maxItems(String userId) {
    User user = User.newBuilder().build(userId);
    boolean bigCarts = client.getValue(Boolean.class, "bigCarts", user, false);
    return bigCarts ? client.getValue(Integer.class, "cartMaxItems", 100) : 20;
  }
}
