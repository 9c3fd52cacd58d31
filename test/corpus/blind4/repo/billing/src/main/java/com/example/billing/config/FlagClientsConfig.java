// Corpus: blind4 / billing: Spring configuration that builds the SDK clients as beans.
// Source: launchdarkly java-server-sdk (new LDClient(sdkKey)), OpenFeature java-sdk (OpenFeatureAPI.getInstance().getClient()), unleash-client-java (DefaultUnleash).
package com.example.billing.config;

import com.launchdarkly.sdk.server.LDClient;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.OpenFeatureAPI;
import io.getunleash.DefaultUnleash;
import io.getunleash.Unleash;
import io.getunleash.util.UnleashConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class FlagClientsConfig {

  @Bean(destroyMethod = "close")
  public LDClient ldClient(@Value("${launchdarkly.sdk-key}") String sdkKey) {
    return new LDClient(sdkKey);
  }

  @Bean
  public Client openFeatureClient() {
    return OpenFeatureAPI.getInstance().getClient("billing");
  }

  @Bean
  public Unleash unleash(@Value("${unleash.url}") String url) {
    return new DefaultUnleash(
        UnleashConfig.builder().appName("billing").unleashAPI(url).build());
  }
}
