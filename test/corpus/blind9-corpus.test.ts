// The ninth blind corpus (test/corpus/blind9): an energy retailer's monorepo written from the SDKs'
// documentation without reading the scanner or the other corpora's code (Next.js app-router
// middleware, Angular signals, DI containers and Effect, aiohttp and Pydantic settings, Django
// class-based views, Go functional options, Java records, Kotlin coroutines). The first score is in README.md there.
import { describeBlindCorpus } from './blind-corpus-suite.js';

describeBlindCorpus('blind9', 200, ['go', 'java', 'js', 'jsx', 'kt', 'py', 'ts', 'tsx']);
