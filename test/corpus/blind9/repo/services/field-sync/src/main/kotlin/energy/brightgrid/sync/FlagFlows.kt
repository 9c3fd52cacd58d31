// Corpus: blind9, brightgrid field sync (Kotlin, coroutines and Flow)
// Source: com.launchdarkly.sdk.server.LDClient (boolVariation, getFlagTracker().addFlagValueChangeListener(key, context, listener)), kotlinx.coroutines.flow (flow, callbackFlow, flowOn), com.configcat ConfigCatClient Kotlin (suspend getValue(key, default))
package energy.brightgrid.sync

import com.configcat.ConfigCatClient
import com.launchdarkly.sdk.LDContext
import com.launchdarkly.sdk.server.LDClient
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.callbackFlow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.flow.flowOn

class FlagFlows(
    private val ld: LDClient,
    private val configCat: ConfigCatClient,
) {
    private val context: LDContext = LDContext.builder("field-sync").kind("service").build()

    fun deltaSync(): Flow<Boolean> = flow {
        emit(ld.boolVariation("sync-delta-upload", context, false))
    }.flowOn(Dispatchers.IO)

    fun photoQuality(): Flow<Int> = flow {
        val quality = ld.intVariation(
            "sync-photo-quality",
            context,
            80,
        )
        emit(quality)
    }

    fun conflictPolicyChanges(): Flow<Boolean> = callbackFlow {
        val listener = ld.flagTracker.addFlagValueChangeListener("sync-conflict-policy", context) { event ->
            trySend(event.newValue.booleanValue())
        }
        awaitClose { ld.flagTracker.removeFlagChangeListener(listener) }
    }

    suspend fun compressionEnabled(): Boolean = configCat.getValue("syncCompression", false)

    suspend fun maxBatch(): Int {
        return configCat.getValue(
            "syncMaxBatch",
            250,
        )
    }
}
