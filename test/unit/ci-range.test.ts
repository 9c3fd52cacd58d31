import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeHistoryFix, detectCiRange, parseCheckRange } from '../../src/core/ci/ci-range.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('the range of a CI run', () => {
  it.each([
    ['origin/main..HEAD', { base: 'origin/main', head: 'HEAD' }],
    [`${A}..${B}`, { base: A, head: B }],
    ['v1.2.0..v1.3.0', { base: 'v1.2.0', head: 'v1.3.0' }],
  ])('parses %s', (spec, expected) => {
    expect(parseCheckRange(spec)).toEqual({ ok: true, range: { ...expected, source: 'option' } });
  });

  it.each(['', 'HEAD', 'a...b', '..HEAD', 'HEAD..', 'a ..b', 'a..b..c..'])('refuses %j', (spec) => {
    expect(parseCheckRange(spec).ok).toBe(false);
  });

  it('never throws and never accepts whitespace or three dots (any text)', () => {
    fc.assert(fc.property(fc.string(), (spec) => {
      const result = parseCheckRange(spec);
      if (result.ok) expect(/\s|\.\.\./.test(spec)).toBe(false);
    }));
  });

  it('reads GitHub pull_request events, with the commit count', () => {
    const event = { pull_request: { commits: 3, base: { sha: A }, head: { sha: B } } };
    expect(detectCiRange({ GITHUB_ACTIONS: 'true' }, event)).toEqual({ ok: true, range: { base: A, head: B, source: 'github', commitCount: 3 } });
    expect(detectCiRange({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push' }, { before: A })).toMatchObject({ ok: false, problem: expect.stringContaining('(push)') });
    // Something that is not a commit id is not taken.
    expect(detectCiRange({ GITHUB_ACTIONS: 'true' }, { pull_request: { base: { sha: '--all' }, head: { sha: B } } }).ok).toBe(false);
  });

  it('reads GitLab merge request pipelines', () => {
    expect(detectCiRange({ GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: A, CI_COMMIT_SHA: B }, undefined)).toEqual({ ok: true, range: { base: A, head: B, source: 'gitlab' } });
    expect(detectCiRange({ GITLAB_CI: 'true', CI_COMMIT_SHA: B }, undefined).ok).toBe(false);
    expect(detectCiRange({}, undefined).ok).toBe(false);
  });

  it('advises a deepening only when the pull request size is known', () => {
    expect(describeHistoryFix({ base: A, head: B, source: 'github', commitCount: 4 })).toContain('git fetch --deepen=5');
    expect(describeHistoryFix({ base: A, head: B, source: 'github' })).not.toContain('--deepen');
    expect(describeHistoryFix({ base: A, head: B, source: 'gitlab' })).toContain('GIT_DEPTH: 0');
  });
});
