// Corpus: blind7, inventory service (Java): Spring configuration with environment flags.
// Source: Spring Framework docs (@Value with ${NAME:default} placeholders), java.lang.System#getenv.
package com.tripwise.inventory;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class InventoryConfig {

    @Value("${FF_INV_CHANNEL_MANAGER_SYNC:false}")
    private boolean channelManagerSync;

    @Value("${inventory.cache.ttl:PT30S}")
    private Duration cacheTtl;

    @Bean
    public RateCache rateCache() {
        boolean compression = "true".equals(System.getenv("FF_INV_CACHE_COMPRESSION"));
        int shards = Integer.parseInt(System.getenv().getOrDefault("FF_INV_CACHE_SHARDS", "4"));
        return new RateCache(cacheTtl, compression, shards, channelManagerSync);
    }

    static boolean envFlag(String name) {
        return Boolean.parseBoolean(System.getenv("FF_INV_" + name));
    }
}
