// Corpus: blind9, brightgrid field sync (Kotlin), the sync worker
// Source: io.getunleash.Unleash (isEnabled, getVariant), dev.openfeature.sdk.Client (getBooleanValue, getStringValue), com.statsig.sdk.Statsig (suspend checkGate(user, gate), getConfig), kotlinx.coroutines (coroutineScope, async, withContext), System.getenv
package energy.brightgrid.sync

import com.statsig.sdk.Statsig
import com.statsig.sdk.StatsigUser
import dev.openfeature.sdk.Client
import io.getunleash.Unleash
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.withContext

class SyncWorker(
    private val unleash: Unleash,
    private val openFeature: Client,
) {
    suspend fun run(engineerId: String): String = coroutineScope {
        val offlineMaps = async { unleash.isEnabled("sync_offline_maps") }
        val signature = async(Dispatchers.IO) { openFeature.getBooleanValue("sync-customer-signature", false) }
        val user = StatsigUser(engineerId)
        val newForms = Statsig.checkGate(user, "sync_dynamic_forms")
        val retry = Statsig.getConfig(user, "sync_retry_policy")

        val channel = withContext(Dispatchers.IO) {
            openFeature.getStringValue(
                "sync-upload-channel",
                "https",
            )
        }
        val mode = when (unleash.getVariant("sync_merge_strategy").name) {
            "server-wins" -> "server"
            "client-wins" -> "client"
            else -> "manual"
        }
        val verbose = System.getenv("FF_SYNC_VERBOSE_LOG") != null
        // unleash.isEnabled("sync_legacy_queue") is read by the old worker only

        listOf(offlineMaps.await(), signature.await(), newForms, verbose).joinToString() + channel + mode + retry.getInt("max", 3)
    }

    fun enabled(toggle: String): Boolean = unleash.isEnabled(toggle)
}
