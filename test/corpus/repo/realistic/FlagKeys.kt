// Corpus: a Kotlin service holding its keys in an object, the LaunchDarkly server SDK and Unleash.
// Source: com.launchdarkly.sdk.server.LDClient (boolVariation(key: String, context: LDContext,
// defaultValue: Boolean), stringVariation); io.getunleash.Unleash (isEnabled(toggleName: String,
// context: UnleashContext)); Kotlin `object` declarations with `const val`.
package com.example.search

import com.launchdarkly.sdk.LDContext
import com.launchdarkly.sdk.server.LDClient
import io.getunleash.Unleash
import io.getunleash.UnleashContext

object FlagKeys {
    const val FUZZY_SEARCH = "search-fuzzy-matching"
    const val SYNONYMS = "search-synonyms"
}

class SearchService(private val ldClient: LDClient, private val unleash: Unleash) {
    fun search(userId: String, query: String): Results {
        val context = LDContext.builder(userId).build()
        val fuzzy = ldClient.boolVariation(FlagKeys.FUZZY_SEARCH, context, false)
        val synonyms = unleash.isEnabled(
            FlagKeys.SYNONYMS,
            UnleashContext.builder().userId(userId).build(),
        )
        val ranking = ldClient.stringVariation("search-ranking-model", context, "bm25")
        return Results(query, fuzzy, synonyms, ranking)
    }
}
