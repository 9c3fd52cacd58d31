// The seventh blind corpus (test/corpus/blind7): services written from the SDKs' documentation
// without reading the other corpora or the scanner, after the SDKs' less common documented methods
// (detail and payload variants, state snapshots and values maps, migration flags, key-second server
// calls, builder-made contexts, keyword arguments). The engine's first score is in README.md there.
import { describeBlindCorpus } from './blind-corpus-suite.js';

describeBlindCorpus('blind7', 330);
