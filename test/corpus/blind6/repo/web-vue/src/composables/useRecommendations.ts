// Corpus: blind6, a Vue composable with an injected GrowthBook instance and optional chaining.
// Source: GrowthBook JS SDK docs (isOn, getFeatureValue, evalFeature); Vue docs (inject, computed).
import { computed, inject, type InjectionKey } from 'vue'
import type { GrowthBook } from '@growthbook/growthbook'

export const gbKey: InjectionKey<GrowthBook> = Symbol('growthbook')

export function useRecommendations() {
  const gb = inject(gbKey)
  const carousel = computed(() => gb?.isOn('vue-recs-carousel') ?? false)
  const count = computed(() => gb?.getFeatureValue('vue-recs-count', 12) ?? 12)
  const explain = computed(() => gb?.evalFeature<boolean>('vue-recs-explain').on === true)
  return { carousel, count, explain }
}
