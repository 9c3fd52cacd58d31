// Vue and Svelte single-file components (markup-lexer.ts): script blocks are code, HTML comments
// comments, prose and plain attributes strings, and what the framework evaluates (Vue directives
// and `{{ }}`, Svelte `{ }`) code. A property: any text lexes to sorted, disjoint regions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexMarkup } from '../../../src/core/flags/markup-lexer.js';
import { scanSourceText } from '../../../src/core/scan/source-scan.js';
import { expectSortedDisjointRegions } from '../../helpers/lexed-regions.js';
import { allPresetsMatcher, seenIn } from '../../helpers/source-seen.js';

const VUE = `<template>
  <!-- <div v-if="posthog.isFeatureEnabled('vue-html-comment')"> -->
  <div v-if="posthog.isFeatureEnabled('vue-directive')" class="banner">
    <p>Docs: ldClient.variation('vue-prose') is the API</p>
    <span :title="unleash.isEnabled('vue-bound-attribute') ? 'on' : 'off'">{{ client.getBooleanValue('vue-interpolation', false) }}</span>
  </div>
</template>

<script setup lang="ts">
import { useFlag } from '@unleash/proxy-client-vue';
const toggle = useFlag('vue-script-setup');
// const old = useFlag('vue-script-comment');
</script>

<style scoped>
.banner::after { content: "ldClient.variation('vue-style')"; }
</style>
`;

const SVELTE = `<script>
  import { ldClient } from './flags';
  const promo = ldClient.variation('svelte-script', false);
</script>

<!-- {#if ldClient.variation('svelte-html-comment', false)} -->
{#if posthog.isFeatureEnabled('svelte-block')}
  <Banner title="Try ldClient.variation('svelte-attribute-prose')" on:click={() => ldClient.variation('svelte-handler', false)} />
  <p>Call ldClient.variation('svelte-prose') only on the server</p>
{/if}
`;

describe('single-file components', () => {
  // Vue SFC spec (vuejs.org/api/sfc-spec), @unleash/proxy-client-vue useFlag, posthog-js isFeatureEnabled.
  it('reads a Vue component: script setup, directives and interpolations, a commented-out element, never prose or style', () => {
    expect(seenIn('src/Banner.vue', VUE).sort()).toEqual(['2:vue-html-comment', '3:vue-directive', '5:vue-bound-attribute', '5:vue-interpolation', '11:vue-script-setup', '12:vue-script-comment'].sort());
  });

  it('gives a commented-out element and a commented script line the comment kind, the rest the call kind', () => {
    const kinds = scanSourceText(VUE, 'src/Banner.vue', allPresetsMatcher).references.map((placed) => `${placed.reference.flag}:${placed.reference.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['vue-html-comment:comment', 'vue-script-comment:comment', 'vue-directive:call', 'vue-script-setup:call']));
  });

  // Svelte docs: {#if ...} blocks, attribute expressions, <script> (svelte.dev/docs/svelte/basic-markup).
  it('reads a Svelte component: its script, blocks and handlers, a commented-out block, never attribute prose', () => {
    expect(seenIn('src/Promo.svelte', SVELTE).sort()).toEqual(['3:svelte-script', '6:svelte-html-comment', '7:svelte-block', '8:svelte-handler'].sort());
    const comment = scanSourceText(SVELTE, 'src/Promo.svelte', allPresetsMatcher).references.find((placed) => placed.reference.flag === 'svelte-html-comment');
    expect(comment?.reference.kind).toBe('comment');
  });

  it.each(["<v<:'", '<a<:"', "<a :x='b"])('returns disjoint regions for a directive whose quote never closes: %j', (text) => {
    expectSortedDisjointRegions(text, lexMarkup(text));
  });

  it('never throws and returns sorted, disjoint regions inside the text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '-', '{', '}', '"', "'", '`', '=', ':', 'v', 's', 'script', 'style', '\n', 'a', ' ') }), (text) => {
        expectSortedDisjointRegions(text, lexMarkup(text));
      }),
      { numRuns: 500 },
    );
  });
});
