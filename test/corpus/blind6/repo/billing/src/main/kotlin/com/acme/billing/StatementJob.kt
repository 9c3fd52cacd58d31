// Corpus: blind6, a Kotlin scheduled job with Statsig, PostHog and DevCycle server SDKs and the environment.
// Source: Statsig Java server SDK (checkGateSync, getConfigSync); PostHog Java SDK (isFeatureEnabled); DevCycle Java SDK (variableValue).
package com.acme.billing

import com.devcycle.sdk.server.local.api.DevCycleLocalClient
import com.devcycle.sdk.server.common.model.DevCycleUser
import com.posthog.java.PostHog
import com.statsig.sdk.Statsig
import com.statsig.sdk.StatsigUser
import org.springframework.scheduling.annotation.Scheduled
import org.springframework.stereotype.Component

@Component
class StatementJob(private val postHog: PostHog, private val devcycle: DevCycleLocalClient) {
    @Scheduled(cron = "0 0 2 * * *")
    fun run() {
        val user = StatsigUser("statement-job")
        if (!Statsig.checkGateSync(user, "kt_statements_enabled")) return
        val batch = Statsig.getConfigSync(user, "kt_statement_batch").getInt("size", 100)
        val pdfs = postHog.isFeatureEnabled("statement-job", "kt-statement-pdf", false)
        val dcUser = DevCycleUser.builder().userId("statement-job").build()
        val locale = devcycle.variableValue(dcUser, "kt-statement-locale", "en")
        val dryRun = System.getenv("FF_KT_STATEMENT_DRYRUN") == "true"
        println("$batch $pdfs $locale $dryRun")
    }
}
