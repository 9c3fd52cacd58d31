// Corpus: blind / inventory configuration, negatives (Spring properties, logging, Guava caches) that look like flag SDK calls
// Source: Spring Framework @Value / Environment.getProperty (docs.spring.io); SLF4J Logger.isDebugEnabled; Spring Boot @ConditionalOnProperty
package com.acme.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration
@ConditionalOnProperty(name = "features.inventory-multi-bin", havingValue = "true")
public class InventoryProperties {
    private static final Logger log = LoggerFactory.getLogger(InventoryProperties.class);

    @Value("${features.inventory-barcode-v2:false}")
    private boolean barcodeV2;

    private final Environment environment;

    public InventoryProperties(Environment environment) {
        this.environment = environment;
    }

    public boolean isEnabled(String name) {
        return environment.getProperty("features." + name, Boolean.class, false);
    }

    public String allocation() {
        if (log.isDebugEnabled()) {
            log.debug("inventory-allocation-strategy read from properties");
        }
        if (isEnabled("inventory-pick-path")) {
            log.info("pick path configured");
        }
        return environment.getProperty("inventory.allocation", "fifo") + barcodeV2;
    }
}
