// SARIF 2.1.0 output of the flag check, for code-scanning dashboards: one run, the rule table in
// tool.driver.rules, one result per finding with its location and partial fingerprint.
import type { FlagFinding } from '../core/flags/finding.js';
import type { FlagReport, FlagReportOptions } from './flag-report-input.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The key under partialFingerprints; versioned so a future change of hash is a new key. */
export const SARIF_FINGERPRINT_KEY = 'proveHooksFlag/v1';

/** Percent-encodes each path segment, so spaces, `#`, `%` and non-ASCII survive as a URI reference. */
export function toSarifUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A SARIF 2.1.0 log. Suppressed findings are included with their suppression, as SARIF intends. */
export function formatFlagSarif(report: FlagReport, options: Pick<FlagReportOptions, 'version' | 'ruleBook'>): string {
  const rules = options.ruleBook.rules.map(({ id, description, severity }) => ({
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: description },
    defaultConfiguration: { level: LEVEL[severity] },
  }));
  const ruleIndex = new Map<string, number>(options.ruleBook.rules.map(({ id }, index) => [id, index]));
  const toResult = (finding: FlagFinding, suppression?: { kind: string; justification: string }) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule),
    level: LEVEL[finding.severity],
    message: { text: finding.hint ? `${finding.message}. ${finding.hint}` : finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toSarifUri(finding.file), uriBaseId: '%SRCROOT%' },
          ...(finding.line === undefined ? {} : { region: { startLine: finding.line, ...(finding.column === undefined ? {} : { startColumn: finding.column }) } }),
        },
      },
    ],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.flag === undefined && finding.expression === undefined
      ? {}
      : {
          properties: {
            ...(finding.flag === undefined ? {} : { flag: finding.flag }),
            ...(finding.kind === undefined ? {} : { kind: finding.kind }),
            ...(finding.expression === undefined ? {} : { expression: finding.expression }),
          },
        }),
    ...(suppression === undefined ? {} : { suppressions: [suppression] }),
  });
  const results = [
    ...[...report.findings].sort(options.ruleBook.order).map((finding) => toResult(finding)),
    ...report.suppressed.map(({ finding, reason }) => toResult(finding, { kind: 'inSource', justification: reason })),
    ...report.baselined.map((finding) => toResult(finding, { kind: 'external', justification: 'accepted in the flag baseline file' })),
  ];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'prove-hooks', version: options.version, informationUri: 'https://www.npmjs.com/package/prove-hooks', rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the git repository.' } } },
        results,
        ...(report.references === undefined ? {} : { properties: { references: report.references } }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
