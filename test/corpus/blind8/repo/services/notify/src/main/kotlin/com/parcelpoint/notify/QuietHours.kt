// Corpus: blind8, parcelpoint notify service, quiet hours
// Source: Unleash Java SDK docs (isEnabled with UnleashContext, getVariant); Kotlin docs (method references, lambdas)
package com.parcelpoint.notify

import io.getunleash.Unleash
import io.getunleash.UnleashContext
import java.time.LocalTime

class QuietHours(private val unleash: Unleash) {
    private val regional = listOf("ntf-quiet-nl", "ntf-quiet-be", "ntf-quiet-de")

    fun isQuiet(recipientId: String, now: LocalTime): Boolean {
        val context = UnleashContext.builder().userId(recipientId).build()
        if (!unleash.isEnabled("ntf-quiet-hours", context)) return false
        val anyRegion = regional.any(unleash::isEnabled)
        val variant = unleash.getVariant("ntf-quiet-window", context)
        val start = if (variant.isEnabled) LocalTime.parse(variant.payload.map { it.value }.orElse("21:00")) else LocalTime.of(21, 0)
        return anyRegion && (now.isAfter(start) || now.isBefore(LocalTime.of(7, 0)))
    }

    fun countryQuiet(country: String): Boolean =
        unleash.isEnabled("ntf-quiet-${country.lowercase()}")
}
