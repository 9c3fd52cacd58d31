// The perf defaults the hook runner uses without loading zod are the schema's own defaults.
import { describe, expect, it } from 'vitest';
import { PERF_DEFAULTS } from '../../../src/config/perf-defaults.js';
import { perfSchema } from '../../../src/config/schema.js';

describe('PERF_DEFAULTS', () => {
  it('is exactly what the schema gives a config that sets no perf option', () => {
    expect(perfSchema.parse({})).toEqual(PERF_DEFAULTS);
  });
});
