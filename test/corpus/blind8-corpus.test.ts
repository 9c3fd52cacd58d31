// The eighth blind corpus (test/corpus/blind8): a parcel company's monorepo written from the SDKs'
// documentation without reading the scanner or the other corpora's code (React Server Components,
// Vue <script setup>, Svelte stores, barrel re-exports, Java/Kotlin annotation-driven wrappers,
// Python decorators and functools.partial, Go method values). The first score is in README.md there.
import { describeBlindCorpus } from './blind-corpus-suite.js';

describeBlindCorpus('blind8', 195, ['go', 'java', 'js', 'kt', 'py', 'svelte', 'ts', 'tsx', 'vue']);
