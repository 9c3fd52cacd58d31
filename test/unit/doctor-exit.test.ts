import { describe, expect, it } from 'vitest';
import { decideDoctorExit, okFinding, problemFinding, warningFinding, type DoctorProblemKind } from '../../src/core/doctor/finding.js';

const problem = (kind: DoctorProblemKind) => problemFinding('state', kind, 'x', 'y');

describe('the doctor exit code', () => {
  it.each([
    ['nothing but ok findings', [okFinding('git', 'git 2.39')], 0],
    ['warnings only', [okFinding('git', 'g'), warningFinding('hook-file', 'w', 'f')], 0],
    ['a set-up problem', [problem('setup'), warningFinding('hook-file', 'w', 'f')], 1],
    ['a config problem beside set-up problems', [problem('setup'), problem('config')], 3],
    ['an environment problem beside the others', [problem('config'), problem('environment'), problem('setup')], 4],
  ] as const)('is the most severe kind found: %s', (_, findings, expected) => {
    expect(decideDoctorExit(findings)).toBe(expected);
  });
});
