// The fifth blind corpus (test/corpus/blind5): five services written from the SDKs' documentation
// without reading the other corpora or the scanner: T3 env objects, bound methods and method
// references, Kotlin, and modified files whose committed pre-images (base/) remove references.
// The engine's first score on it is in README.md there.
import { describeBlindCorpus } from './blind-corpus-suite.js';

describeBlindCorpus('blind5', 185, ['go', 'java', 'js', 'kt', 'py', 'ts', 'tsx']);
