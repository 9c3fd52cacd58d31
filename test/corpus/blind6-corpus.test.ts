// The sixth blind corpus (test/corpus/blind6): services written from the SDKs' documentation
// without reading the other corpora or the scanner: NestJS, Angular, Vue, Svelte, React Native,
// serverless handlers, GraphQL resolvers, a monorepo wrapper package, FastAPI/Celery/Django,
// Go generics and closures, Spring with OpenFeature. The engine's first score is in README.md there.
import { describeBlindCorpus } from './blind-corpus-suite.js';

describeBlindCorpus('blind6', 160, ['go', 'java', 'js', 'kt', 'py', 'svelte', 'ts', 'tsx', 'vue']);
