// Which commits a CI run should check, from what the CI system says: GitHub Actions' pull_request
// event file, GitLab's merge-request variables, or a range given by hand. Pure: the environment
// and the parsed event are given.

/** Where a range came from; says which fix to print when history is missing. */
export type RangeSource = 'option' | 'github' | 'gitlab';

export interface CiRange {
  readonly base: string;
  readonly head: string;
  readonly source: RangeSource;
  /** How many commits the pull request holds, when the CI system says (GitHub). */
  readonly commitCount?: number;
}

/** Why no range could be found, in words for the user. */
export type CiRangeResult = { readonly ok: true; readonly range: CiRange } | { readonly ok: false; readonly problem: string; readonly hint: string };

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Splits `A..B` (two dots only: the commits of B that A lacks). */
export function parseCheckRange(spec: string): CiRangeResult {
  const match = /^([^\s.][^\s]*?)\.\.([^\s.][^\s]*)$/.exec(spec);
  // Three dots would mean "from the merge base" elsewhere; base..head already checks exactly the
  // commits head brings, so one spelling is enough.
  if (match === null || spec.includes('...') || match[2]!.includes('..')) {
    return { ok: false, problem: `--range '${spec}' is not <base>..<head>`, hint: 'Give two commits with two dots: --range origin/main..HEAD (the commits of HEAD that origin/main lacks).' };
  }
  return { ok: true, range: { base: match[1]!, head: match[2]!, source: 'option' } };
}

/**
 * The range from the CI environment: GitHub Actions (GITHUB_EVENT_PATH's `pull_request.base.sha`
 * and `head.sha`, on pull_request and pull_request_target events), GitLab merge-request pipelines
 * (CI_MERGE_REQUEST_DIFF_BASE_SHA..CI_COMMIT_SHA). `event` is the parsed event file, when there is one.
 */
export function detectCiRange(env: Readonly<Record<string, string | undefined>>, event: unknown): CiRangeResult {
  if (env.GITHUB_ACTIONS === 'true') {
    const pr = (event as { pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown }; commits?: unknown } } | undefined)?.pull_request;
    const base = pr?.base?.sha;
    const head = pr?.head?.sha;
    if (typeof base === 'string' && typeof head === 'string' && SHA.test(base) && SHA.test(head)) {
      const commits = pr?.commits;
      return { ok: true, range: { base, head, source: 'github', ...(typeof commits === 'number' && Number.isInteger(commits) && commits > 0 ? { commitCount: commits } : {}) } };
    }
    return {
      ok: false,
      problem: `no pull request in this GitHub Actions event (${env.GITHUB_EVENT_NAME ?? 'unknown event'})`,
      hint: 'Run the check on `pull_request` events, or give the range: --range <base>..<head> (on push events: ${{ github.event.before }}..${{ github.sha }}).',
    };
  }
  if (env.GITLAB_CI === 'true') {
    const base = env.CI_MERGE_REQUEST_DIFF_BASE_SHA;
    const head = env.CI_COMMIT_SHA;
    if (base && head && SHA.test(base) && SHA.test(head)) return { ok: true, range: { base, head, source: 'gitlab' } };
    return {
      ok: false,
      problem: 'no merge request in this GitLab pipeline (CI_MERGE_REQUEST_DIFF_BASE_SHA is not set)',
      hint: 'Run the job in merge-request pipelines (rules: - if: $CI_PIPELINE_SOURCE == "merge_request_event"), or give --range <base>..<head>.',
    };
  }
  return { ok: false, problem: 'no range given and no CI system recognised', hint: 'Give the range: prove-hooks check --range origin/main..HEAD.' };
}

/**
 * What to do when the history a range needs is not in the clone (a shallow checkout). Only
 * advice that is sure to work: all history, or (when the pull request's size is known) a
 * deepening by its commit count plus one, enough from any shallow boundary at or above the tip.
 */
export function describeHistoryFix(range: CiRange): string {
  const deepen = range.commitCount === undefined ? '' : ` or run \`git fetch --deepen=${range.commitCount + 1}\` before the check`;
  switch (range.source) {
    case 'github':
      return `Check out the whole history: in actions/checkout set \`fetch-depth: 0\`,${deepen || ' or run `git fetch --unshallow` before the check'}.`;
    case 'gitlab':
      return 'Check out the whole history: set the variable `GIT_DEPTH: 0` for the job, or run `git fetch --unshallow` before the check.';
    case 'option':
      return 'Fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout), and the base if it is another branch (`git fetch origin <base>`).';
  }
}
