// Corpus: blind8, parcelpoint billing service, trial settings (Kotlin in the Java service)
// Source: Spring Boot Kotlin docs (@Value with an escaped dollar sign); Kotlin docs (System.getenv()[...])
package com.parcelpoint.billing

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component

@Component
class TrialSettings(
    @Value("\${FF_BIL_TRIAL_DAYS:14}") val trialDays: Int,
    @Value("\${billing.currency:EUR}") val currency: String,
) {
    val extendedTrials: Boolean = System.getenv()["FF_BIL_EXTENDED_TRIALS"] == "true"
}
