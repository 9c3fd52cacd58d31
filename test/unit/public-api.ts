// Type-level test (checked by `npm run typecheck`, part of `npm test`): the hand-written types of
// the published package (types/index.d.ts) equal the types of what src/index.ts exports, name
// by name and in both directions, so neither can change without the other. Never run.
import type * as Published from '../../types/index.js';
import type * as Source from '../../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

/** Every value the library exports at run time, by name; a name missing on either side is an error. */
type Values = { [K in keyof typeof Source]: Equal<(typeof Source)[K], (typeof Published)[K & keyof typeof Published]> };
type PublishedValues = { [K in keyof typeof Published]: K extends keyof typeof Source ? true : false };

export type Checks = [
  Assert<Values[keyof Values]>,
  Assert<PublishedValues[keyof PublishedValues]>,
  Assert<Equal<Source.ExitCode, Published.ExitCode>>,
  Assert<Equal<Source.ErrorKind, Published.ErrorKind>>,
  Assert<Equal<Source.ErrorKindInfo, Published.ErrorKindInfo>>,
  Assert<Equal<Source.ProveErrorOptions, Published.ProveErrorOptions>>,
  Assert<Equal<Source.Severity, Published.Severity>>,
  Assert<Equal<Source.Recovery, Published.Recovery>>,
  Assert<Equal<Parameters<typeof Source.runCli>[1], Published.CommandIo>>,
];
