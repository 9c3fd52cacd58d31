import { describe, expect, it } from 'vitest';
import { ERROR_KINDS, ExitCode, ProveError, toProveError, type ErrorKind } from '../../src/errors.js';

describe('exit codes', () => {
  it('are the documented, distinct values', () => {
    expect(ExitCode).toEqual({ OK: 0, VIOLATION: 1, USAGE: 2, CONFIG: 3, ENVIRONMENT: 4, INCONCLUSIVE: 5, INTERNAL: 70 });
    expect(new Set(Object.values(ExitCode)).size).toBe(Object.keys(ExitCode).length);
  });
});

describe('error taxonomy', () => {
  it('has nine kinds, each with a severity, a recovery and an exit code', () => {
    expect(Object.keys(ERROR_KINDS)).toHaveLength(9);
    for (const info of Object.values(ERROR_KINDS)) {
      expect(['low', 'medium', 'high', 'critical']).toContain(info.severity);
      expect(['rebuild', 'skip-and-report', 'fail']).toContain(info.recovery);
    }
  });

  it.each(Object.keys(ERROR_KINDS) as ErrorKind[])('a %s error carries its kind\'s exit code', (kind) => {
    expect(new ProveError(kind, 'x').exitCode).toBe(ERROR_KINDS[kind].exitCode);
  });

  it('wraps unknown throwables as internal errors with a hint', () => {
    const wrapped = toProveError(new TypeError('boom'));
    expect(wrapped.kind).toBe('internal');
    expect(wrapped.exitCode).toBe(ExitCode.INTERNAL);
    expect(wrapped.cause).toBeInstanceOf(TypeError);
  });
});
