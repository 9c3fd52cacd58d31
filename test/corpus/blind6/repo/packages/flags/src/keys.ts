// Corpus: blind6, the monorepo's shared flag-key package (@acme/flags).
// Source: TypeScript handbook (const assertions); the team's own convention.
export const FLAGS = {
  NEW_PLAYER: 'web-new-player',
  WATCH_PARTY: 'web-watch-party',
} as const;

export type FlagKey = (typeof FLAGS)[keyof typeof FLAGS];
