// Corpus: blind8, parcelpoint notify service, delivery notifications
// Source: LaunchDarkly Java server SDK docs (LDContext.builder, boolVariation, stringVariation, intVariation); OpenFeature Java SDK docs (getStringValue); Statsig Java server SDK docs (checkGateSync); PostHog Java server docs (isFeatureEnabled(distinctId, key, default))
package com.parcelpoint.notify

import com.launchdarkly.sdk.LDContext
import com.launchdarkly.sdk.server.LDClient
import com.posthog.java.PostHog
import com.statsig.sdk.Statsig
import com.statsig.sdk.StatsigUser
import dev.openfeature.sdk.Client
import org.slf4j.LoggerFactory

class DeliveryNotifier(
    private val ld: LDClient,
    private val featureClient: Client,
    private val postHog: PostHog,
    private val sender: Sender,
) {
    private val log = LoggerFactory.getLogger(DeliveryNotifier::class.java)

    fun notifyOutForDelivery(parcel: Parcel) {
        val context = LDContext.builder(parcel.recipientId).kind("recipient").set("country", parcel.country).build()

        val channels = when (ld.stringVariation("ntf-channel-order", context, "sms,email")) {
            "email-first" -> listOf(Channel.EMAIL, Channel.SMS)
            else -> listOf(Channel.SMS, Channel.EMAIL)
        }
        val fallback = ld.boolVariation(NotifyFlags.SMS_FALLBACK, context, false)
        val whatsapp = ld.flagOn(NotifyFlags.WHATSAPP, context)
        log.info("ntf-channel-order resolved to {} for {}", channels, parcel.id)
        log.debug("retry limit ${ld.intVariation("ntf-retry-limit", context, 3)} for ${parcel.id}")

        val template = featureClient.getStringValue("ntf-template-set", "classic")
        val eta = Statsig.checkGateSync(StatsigUser(parcel.recipientId), "ntf_eta_in_sms")
        val survey = postHog.isFeatureEnabled(parcel.recipientId, "ntf-delivery-survey", false)

        sender.send(parcel, channels, template, eta, fallback, whatsapp, survey)
    }
}
