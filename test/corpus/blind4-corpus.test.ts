// The fourth blind corpus (test/corpus/blind4): five services written from the SDKs' documentation
// without reading the other corpora or the scanner, in the ways teams wire SDKs (injected clients,
// class and struct fields, async Python, wrapper hooks). The engine's first score on it (main at
// f2d7689): recall/precision 97.3%/98.9% new, 97.2%/100% modified, lifecycle sets exact (README.md there).
import { describeBlindCorpus } from './blind-corpus-suite.js';

describeBlindCorpus('blind4', 180);
