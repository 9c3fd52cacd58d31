// The corpus score as text for people: headline figures, breakdowns, misses, false positives and
// the lifecycle sets. Pure.
import type { CorpusReport } from './run-corpus.js';
import type { CorpusScore, ExpectedReference, ObservedReference, Tally } from './score-references.js';

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

function formatTallies(title: string, tallies: Readonly<Record<string, Tally>>): string[] {
  const rows = Object.entries(tallies)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, { expected, matched }]) => `    ${name.padEnd(16)} ${String(matched).padStart(3)}/${String(expected).padEnd(3)} ${percent(expected === 0 ? 1 : matched / expected)}`);
  return [`  ${title}:`, ...rows];
}

const describeExpected = (entry: ExpectedReference): string =>
  `    ${entry.file}:${entry.line}  ${entry.flag ?? '(dynamic)'}  [${entry.kind}/${entry.shape}]  ${entry.text.trim()}`;
const describeObserved = (entry: ObservedReference): string =>
  `    ${entry.file}:${entry.line}  ${entry.flag ?? '(dynamic)'}${entry.kind === undefined ? '' : `  [${entry.kind}]`}${entry.rule === undefined ? '' : `  (${entry.rule})`}`;

function formatScore(title: string, score: CorpusScore): string[] {
  return [
    `${title}: recall ${percent(score.recall)} (${score.matched}/${score.expected}), precision ${percent(score.precision)} (${score.matched}/${score.observed})`,
    ...formatTallies('by kind', score.byKind),
    ...formatTallies('by preset', score.byPreset),
    ...formatTallies('by shape', score.byShape),
    `  misses (${score.misses.length}):`,
    ...score.misses.map(describeExpected),
    `  false positives (${score.falsePositives.length}):`,
    ...score.falsePositives.map(describeObserved),
    ...(score.kindMismatches.length === 0
      ? []
      : [`  kind mismatches (${score.kindMismatches.length}):`, ...score.kindMismatches.map(({ expected, observedKind }) => `${describeExpected(expected)}  reported as ${observedKind}`)]),
    ...(score.extraComments.length === 0 ? [] : [`  comment references not in the manifest (not scored): ${score.extraComments.length}`]),
  ];
}

/** The whole report, one line per fact, ending with a newline. */
export function formatCorpusReport(report: CorpusReport): string {
  const lifecycle = (['unknown', 'archived', 'deprecated', 'expired'] as const).map((name) => {
    const { missing, extra } = report.lifecycle.sets[name];
    const verdict = missing.length === 0 && extra.length === 0 ? 'exact' : `missing [${missing.join(', ')}], extra [${extra.join(', ')}]`;
    return `  ${name.padEnd(10)} ${report.lifecycle.actual[name].length}/${report.lifecycle.expected[name].length} ${verdict}`;
  });
  return `${[
    `corpus scored through ${report.source === 'references' ? 'scan --references' : 'findings (every active flag made deprecated)'}`,
    ...formatScore('new files', report.newFiles),
    '',
    ...formatScore('modified files (context in unchanged lines)', report.modified),
    '',
    `lifecycle sets (${report.lifecycle.exact ? 'exact' : 'NOT exact'}):`,
    ...lifecycle,
    ...(report.removed === undefined
      ? []
      : [
          '',
          `flag-removed in the modified mode (${report.removed.exact ? 'exact' : 'NOT exact'}):`,
          `  expected ${report.removed.expected.map((entry) => `${entry.file}:${entry.flag}`).join(', ')}`,
          `  reported ${report.removed.actual.map((entry) => `${entry.file}:${entry.flag}`).join(', ')}`,
        ]),
  ].join('\n')}\n`;
}
