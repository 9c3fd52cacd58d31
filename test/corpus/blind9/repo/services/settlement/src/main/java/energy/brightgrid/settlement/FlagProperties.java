// Corpus: blind9, brightgrid settlement, Spring configuration properties (no flag evaluations)
// Source: Spring Boot @ConfigurationProperties on a record, @DefaultValue (look-alike: settings, not flags)
package energy.brightgrid.settlement;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "settlement.flags")
public record FlagProperties(
        @DefaultValue("PT30S") Duration refresh,
        @DefaultValue("settlement") String applicationName,
        @DefaultValue("true") boolean failOpen) {

    public boolean isEnabled(String feature) {
        return failOpen && !feature.isBlank();
    }
}
