// Corpus: blind8, parcelpoint notify service, flag keys and an extension helper
// Source: Kotlin docs (object declarations, const val, extension functions); LaunchDarkly Java server SDK docs (boolVariation)
package com.parcelpoint.notify

import com.launchdarkly.sdk.LDContext
import com.launchdarkly.sdk.server.LDClient

object NotifyFlags {
    const val SMS_FALLBACK = "ntf-sms-fallback"
    const val WHATSAPP = "ntf-whatsapp-channel"
}

/** The team's shorthand: a boolean flag that is off when LaunchDarkly is unreachable. */
fun LDClient.flagOn(key: String, context: LDContext): Boolean = boolVariation(key, context, false)
