// A manual clock for deterministic timing tests: time moves only when the test says so.
export interface FakeClock {
  now(): number;
  advance(ms: number): void;
}

/** Creates a clock starting at `startMs` that only moves on `advance`. */
export function createFakeClock(startMs = 1000): FakeClock {
  let current = startMs;
  return {
    now: () => current,
    advance(ms: number): void {
      current += ms;
    },
  };
}
