// The one report of `prove-hooks check`: the range, the rejected commit messages and the flag
// findings, in text, JSON, SARIF or GitHub annotations.
import type { CiRange } from '../core/ci/ci-range.js';
import type { FlagRuleBook } from '../core/flags/rule-book.js';
import { escapeGithubData, escapeGithubProperty, formatFlagGithub } from './flag-github.js';
import { formatFlagJson } from './flag-json.js';
import { formatFlagReport, type FlagReport, type FlagReportFormat } from './flag-report.js';
import { formatFlagSarif } from './flag-sarif.js';
import { formatRejectedCommits, type RejectedCommit } from './push-report.js';

export interface CheckReport {
  readonly range: CiRange & { readonly baseId: string; readonly headId: string };
  /** How many commits the range holds. */
  readonly commitCount: number;
  readonly rejected: readonly RejectedCommit[];
  /** Null when flag checks are off (`flags.enabled: false`). */
  readonly flags: FlagReport | null;
  readonly helpUrl: string | null;
}

/** The check report is plain text (it is read in CI logs): no colour option. */
export interface CheckReportOptions {
  readonly version: string;
  /** The order of findings and the flag rule table (core/flags/rule-book.ts), passed in by the caller. */
  readonly ruleBook: FlagRuleBook;
}

/** Formats the whole report; ends with a newline (github: empty when there is nothing to say). */
export function formatCheckReport(report: CheckReport, format: FlagReportFormat, options: CheckReportOptions): string {
  switch (format) {
    case 'text':
      return formatText(report, options);
    case 'json':
      return `${JSON.stringify(toJson(report, options), null, 2)}\n`;
    case 'sarif':
      return formatSarif(report, options);
    case 'github':
      return formatGithub(report, options);
  }
}

function formatText(report: CheckReport, options: CheckReportOptions): string {
  const { range } = report;
  const findings = report.flags?.findings.length ?? 0;
  const lines = [
    `prove-hooks check: ${range.baseId.slice(0, 12)}..${range.headId.slice(0, 12)} (${range.source === 'option' ? `${range.base}..${range.head}` : `from ${range.source}`}): ` +
      `${report.commitCount} commit${report.commitCount === 1 ? '' : 's'}, ${report.rejected.length} message${report.rejected.length === 1 ? '' : 's'} rejected, ` +
      (report.flags === null ? 'flag checks off' : `${findings} flag finding${findings === 1 ? '' : 's'}`),
  ];
  let text = `${lines.join('\n')}\n`;
  text += formatRejectedCommits(report.rejected, [], report.helpUrl).replace(/^ {2}Reword them.*\n/m, `  Reword them (\`git rebase -i ${range.baseId.slice(0, 12)}\`, mark them \`reword\`) and push again.\n`);
  if (report.flags !== null && (report.flags.findings.length > 0 || report.flags.suppressed.length > 0)) text += formatFlagReport(report.flags, 'text', options);
  return text;
}

/** The JSON document; field names are a public contract (documented in the README). */
function toJson(report: CheckReport, options: CheckReportOptions): unknown {
  return {
    version: 1,
    range: { base: report.range.baseId, head: report.range.headId, source: report.range.source, commits: report.commitCount },
    messages: {
      rejected: report.rejected.map((commit) => ({ commit: commit.id, subject: commit.subject, violations: commit.violations, exampleHeader: commit.exampleHeader ?? null })),
      helpUrl: report.rejected.length > 0 ? report.helpUrl : null,
    },
    flags: report.flags === null ? null : JSON.parse(formatFlagJson(report.flags, options.ruleBook)),
  };
}

function formatGithub(report: CheckReport, options: CheckReportOptions): string {
  const messages = report.rejected.flatMap((commit) =>
    commit.violations.map((violation) => {
      const title = escapeGithubProperty(`commit ${commit.id.slice(0, 12)}: ${violation.rule}`);
      const text = [`${violation.message} (${commit.subject})`, violation.hint, commit.exampleHeader && `e.g. ${commit.exampleHeader}`, report.helpUrl]
        .filter(Boolean)
        .join('\n');
      return `::${violation.severity === 'error' ? 'error' : 'warning'} title=${title}::${escapeGithubData(text)}\n`;
    }),
  );
  return messages.join('') + (report.flags === null ? '' : formatFlagGithub(report.flags, options.ruleBook));
}

/** The flag SARIF log with one result per message violation added (no file location: it is about a commit). */
function formatSarif(report: CheckReport, options: CheckReportOptions): string {
  const empty: FlagReport = { findings: [], suppressed: [], baselined: [] };
  const log = JSON.parse(formatFlagSarif(report.flags ?? empty, options)) as { runs: Array<{ results: unknown[] }> };
  const results = report.rejected.flatMap((commit) =>
    commit.violations.map((violation) => ({
      ruleId: `commit-msg/${violation.rule}`,
      level: violation.severity === 'error' ? 'error' : 'warning',
      message: { text: `${violation.message} Commit ${commit.id.slice(0, 12)} (${commit.subject}).${violation.hint ? ` ${violation.hint}` : ''}` },
      properties: { commit: commit.id },
    })),
  );
  log.runs[0]!.results.unshift(...results);
  return `${JSON.stringify(log, null, 2)}\n`;
}
