// Corpus: negatives in Java, logging, properties and map reads named like flags.
// Source: java.util.logging.Logger (isLoggable(Level)), java.util.Properties (getProperty(key)),
// java.util.Map (get(key)); none of them evaluates a feature flag.
package com.shop.inventory;

import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

class Lookalikes {
  private static final Logger LOG = Logger.getLogger("inventory");

  String mode(Properties props, Map<String, Boolean> cache) {
    if (LOG.isLoggable(Level.FINE)) {
      LOG.fine("inventory-new-allocator cache " + cache.get("inventory-new-allocator"));
    }
    String home = System.getenv("HOME");
    return props.getProperty("inventory.mode", "batch") + home;
  }
}
