// Corpus: blind5 (issue 14), a Kotlin Spring controller: Unleash, LaunchDarkly, string templates and method references.
// Source: unleash-client-java and launchdarkly java-server-sdk used from Kotlin (Kotlin docs: string templates, callable references).
package com.acme.ledger

import com.launchdarkly.sdk.LDContext
import com.launchdarkly.sdk.server.LDClient
import io.getunleash.Unleash
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RestController

@RestController
class ReconcileController(private val unleash: Unleash, private val ldClient: LDClient) {
    @GetMapping("/reconcile")
    fun reconcile(region: String, tenant: String): Map<String, Any> {
        val context = LDContext.create(tenant)
        val v2 = unleash.isEnabled("lg-reconcile-v2")
        val matcher = ldClient.stringVariation("lg-matcher", context, "exact")
        val regional = unleash.isEnabled("lg-${region}-close")
        val strict = System.getenv("FF_STRICT_RECONCILE") == "true"
        return mapOf("v2" to v2, "matcher" to matcher, "regional" to regional, "strict" to strict)
    }

    fun enabledFeeds(feeds: List<String>): List<String> = feeds.filter(unleash::isEnabled)

    fun `reports unleash isEnabled("lg-not-a-call") in a test name`() = Unit
}
