import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createFlagRepo, ld } from '../helpers/flag-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';
import { PACKAGE_ROOT, linkPackageInto } from '../helpers/hooked-repo.js';

// The shipped CI recipes, run as far as this machine allows: the action's steps with the
// environment GitHub sets and a synthetic pull_request event; the README's GitLab job's script
// with GitLab's merge-request variables. The project has prove-hooks installed (node_modules).
let repo: TempRepo;
afterEach(() => repo?.cleanup());

interface ActionStep { run: string; shell: string; env?: Record<string, string>; 'working-directory'?: string }
const action = parse(readFileSync(join(PACKAGE_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
};

/** Replaces `${{ inputs.x }}` as the runner does (the given inputs over the defaults). */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_all, name: string) => inputs[name] ?? action.inputs[name]?.default ?? '');
}

/** Runs every step of the composite action as the runner does: bash --noprofile --norc -eo pipefail. */
function runAction(inputs: Record<string, string>, githubEnv: NodeJS.ProcessEnv) {
  const outputs: Array<{ status: number | null; stdout: string; stderr: string }> = [];
  for (const step of action.runs.steps) {
    expect(step.shell).toBe('bash');
    const env = { ...repo.env, ...githubEnv, GITHUB_ACTION_PATH: PACKAGE_ROOT, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs)])) };
    const script = join(repo.home, 'step.sh');
    writeFileSync(script, step.run);
    const cwd = join(repo.dir, expand(step['working-directory'] ?? '.', inputs));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8' });
    outputs.push({ status: result.status, stdout: result.stdout, stderr: result.stderr });
    if (result.status !== 0) break;
  }
  return outputs;
}

function pullRequest(): { base: string; head: string; env: NodeJS.ProcessEnv } {
  repo = createFlagRepo();
  linkPackageInto(repo.dir);
  const base = repo.gitOk(['rev-parse', 'HEAD']).trim();
  repo.write('a.ts', `${ld('range-unknown')}\n`);
  repo.gitOk(['add', 'a.ts']);
  repo.gitOk(['commit', '-q', '--no-verify', '-m', 'did stuff']);
  const head = repo.gitOk(['rev-parse', 'HEAD']).trim();
  const event = join(repo.home, 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'opened', number: 1, pull_request: { commits: 1, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feat/x' } } }));
  const env = {
    CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: repo.dir, GITHUB_SHA: head, GITHUB_REF: 'refs/pull/1/merge', GITLAB_CI: '',
  };
  return { base, head, env };
}

describe('the GitHub Action (action.yml)', () => {
  it('is a composite action whose step finds the pull request and annotates it, failing the job', () => {
    expect(action.runs.using).toBe('composite');
    const { head, env } = pullRequest();
    const [step] = runAction({}, env);
    expect(step!.status).toBe(1);
    expect(step!.stdout).toContain(`::error title=commit ${head.slice(0, 12)}%3A type-missing::`);
    expect(step!.stdout).toMatch(/::error file=a\.ts,line=1,.*title=flag-unknown range-unknown::/);
  });

  it('passes a clean pull request, and takes a range and a format as inputs', () => {
    const { base, env } = pullRequest();
    repo.gitOk(['commit', '-q', '--amend', '--no-verify', '-m', 'feat: fine [T-2026-11-22-001] [MODE:F]']);
    repo.write('a.ts', `${ld('new-checkout')}\n`);
    repo.gitOk(['commit', '-q', '-a', '--amend', '--no-edit', '--no-verify']);
    const [step] = runAction({ range: `${base}..HEAD`, format: 'text' }, env);
    expect(step!.stderr).toBe('');
    expect(step!.status).toBe(0);
    expect(step!.stdout).toContain('1 commit, 0 messages rejected, 0 flag findings');
  });
});

describe("the README's GitLab CI job", () => {
  it('runs its script in a merge request pipeline and fails on a bad message', () => {
    const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    const block = /<!-- gitlab-ci:start -->\n```yaml\n([\s\S]*?)```\n<!-- gitlab-ci:end -->/.exec(readme);
    expect(block).not.toBeNull();
    const job = (parse(block![1]!) as Record<string, { script: string[]; rules: Array<{ if: string }>; variables: Record<string, unknown> }>)['prove-hooks']!;
    expect(job.variables.GIT_DEPTH).toBe(0);
    expect(job.rules[0]!.if).toContain('merge_request_event');
    const { base, head } = pullRequest();
    const env = { ...repo.env, GITHUB_ACTIONS: '', GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head };
    // `npm ci` is what installs prove-hooks; here it is linked into node_modules already.
    const commands = job.script.filter((line) => line !== 'npm ci');
    expect(commands.length).toBeGreaterThan(0);
    const result = spawnSync('bash', ['-eo', 'pipefail', '-c', commands.join('\n')], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('1 message rejected');
  });
});
