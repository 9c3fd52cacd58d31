// The blind corpus (test/corpus/blind): realistic multi-service code written from the SDKs'
// documentation without reading the first corpus or the scanner. The engine's first score on it
// (main at 31d0232): recall/precision 95.5%/95.5% new, 95.2%/96.5% modified, five lifecycle
// mismatches (README.md there).
import { describeBlindCorpus } from './blind-corpus-suite.js';

describeBlindCorpus('blind', 200);
