// Corpus: blind6, a Kotlin Spring service with OpenFeature, Unleash and ConfigCat.
// Source: OpenFeature Java SDK (getBooleanValue, getIntegerValue); Unleash Java SDK (isEnabled with fallback); ConfigCat Java SDK (getValue with class).
package com.acme.billing

import com.configcat.ConfigCatClient
import com.configcat.User
import dev.openfeature.sdk.Client
import io.getunleash.Unleash
import org.springframework.stereotype.Service

@Service
class ProrationService(
    private val featureClient: Client,
    private val unleash: Unleash,
    private val configCatClient: ConfigCatClient,
) {
    companion object {
        const val GRACE_DAYS_FLAG = "kt-grace-days"
    }

    fun daily(): Boolean = featureClient.getBooleanValue("kt-proration-daily", false)

    fun graceDays(): Int = featureClient.getIntegerValue(GRACE_DAYS_FLAG, 3)

    fun creditNotes(accountId: String): Boolean =
        unleash.isEnabled("kt-credit-notes") { _, _ -> false }

    fun roundUp(accountId: String): Boolean =
        configCatClient.getValue(Boolean::class.java, "ktRoundUpCents", User.newBuilder().build(accountId), false)

    fun regional(region: String): Boolean = unleash.isEnabled("kt-${region}-tax")
}
