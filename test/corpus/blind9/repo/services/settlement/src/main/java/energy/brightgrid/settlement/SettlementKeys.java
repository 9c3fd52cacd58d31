// Corpus: blind9, brightgrid settlement (Java 21, Spring Boot 3), flag keys
// Source: Java static final String constants; evaluated by SettlementService and MarketGateway
package energy.brightgrid.settlement;

public final class SettlementKeys {
    public static final String NIGHT_TARIFF = "stl-night-tariff";
    public static final String IMBALANCE_V2 = "stl-imbalance-pricing-v2";

    private SettlementKeys() {}
}
