// Corpus: negatives in Java, logging and properties that look like flag checks.
// Source: SLF4J Logger.isDebugEnabled(), java.util.Properties.getProperty(key),
// System.getenv(name) for a variable without the flag prefix.
package com.shop.audit;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Audit {
  private static final Logger LOG = LoggerFactory.getLogger(Audit.class);

  public String locale(Properties properties) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("invoice-redesign audit for {}", System.getenv("JAVA_HOME"));
    }
    return properties.getProperty("invoice-locale", "en-US");
  }
}
