// Corpus: blind7, inventory service (Java): room availability, LaunchDarkly Java server SDK with LDContext builders.
// Source: com.launchdarkly:launchdarkly-java-server-sdk docs (boolVariation, stringVariationDetail, jsonValueVariation,
// allFlagsState(context, FlagsStateOption.CLIENT_SIDE_ONLY).getFlagValue, LDContext.builder(key).kind(...).set(...).build()).
package com.tripwise.inventory;

import com.launchdarkly.sdk.EvaluationDetail;
import com.launchdarkly.sdk.LDContext;
import com.launchdarkly.sdk.LDValue;
import com.launchdarkly.sdk.server.FeatureFlagsState;
import com.launchdarkly.sdk.server.FlagsStateOption;
import com.launchdarkly.sdk.server.interfaces.LDClientInterface;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class AvailabilityService {
    private static final Logger log = LoggerFactory.getLogger(AvailabilityService.class);
    private static final String OVERBOOKING_FLAG = "inv-overbooking-buffer";

    private final LDClientInterface ldClient;
    private final RoomRepository rooms;
    private final RateCache rateCache;

    public AvailabilityService(LDClientInterface ldClient, RoomRepository rooms, RateCache rateCache) {
        this.ldClient = ldClient;
        this.rooms = rooms;
        this.rateCache = rateCache;
    }

    private LDContext contextFor(String hotelId, String market, boolean partner) {
        return LDContext.builder(hotelId)
                .kind("hotel")
                .set("market", market)
                .set("partner", partner)
                .build();
    }

    public List<RoomAvailability> availability(String hotelId, String market, LocalDate from, LocalDate to) {
        LDContext context = contextFor(hotelId, market, rooms.isPartner(hotelId));
        boolean liveInventory = ldClient.boolVariation("inv-live-inventory", context, false);
        int buffer = ldClient.intVariation(OVERBOOKING_FLAG, context, 0);

        EvaluationDetail<String> strategy = ldClient.stringVariationDetail(
                "inv-rate-strategy",
                context,
                "cached");
        if (strategy.isDefaultValue()) {
            log.warn("inv-rate-strategy defaulted: {}", strategy.getReason());
        }

        List<RoomAvailability> result = liveInventory
                ? rooms.liveAvailability(hotelId, from, to)
                : rateCache.availability(hotelId, from, to, strategy.getValue());
        return result.stream().map(room -> room.withBuffer(buffer)).toList();
    }

    public Map<String, Object> restrictions(String hotelId, String market) {
        LDContext context = contextFor(hotelId, market, false);
        LDValue rules = ldClient.jsonValueVariation("inv-stay-restrictions", context, LDValue.buildObject()
                .put("minNights", 1)
                .put("maxNights", 30)
                .build());
        return Map.of(
                "minNights", rules.get("minNights").intValue(),
                "maxNights", rules.get("maxNights").intValue());
    }

    public Map<String, LDValue> clientFlags(String hotelId, String market) {
        FeatureFlagsState state = ldClient.allFlagsState(
                contextFor(hotelId, market, false), FlagsStateOption.CLIENT_SIDE_ONLY);
        if (!state.isValid()) {
            return Map.of();
        }
        return Map.of(
                "calendarView", state.getFlagValue("inv-calendar-view"),
                "bulkEdit", Optional.ofNullable(state.getFlagValue("inv-bulk-edit")).orElse(LDValue.of(false)));
    }

    public boolean marketFlag(String hotelId, String market, String flagKey) {
        return ldClient.boolVariation(flagKey, contextFor(hotelId, market, false), false);
    }
}
