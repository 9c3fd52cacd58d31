import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/hash.js';
import { fingerprintFinding, type FlagFinding } from '../../../src/core/flags/finding.js';
import { FLAG_RULE_CODES } from '../../../src/core/flags/rule-codes.js';
import { readFlagRuleBook } from '../../../src/core/flags/rule-book.js';
import { escapeGithubData, escapeGithubProperty, formatFlagGithub } from '../../../src/report/flag-github.js';
import { formatFlagReport, type FlagReport } from '../../../src/report/flag-report.js';
import { SARIF_FINGERPRINT_KEY, toSarifUri } from '../../../src/report/flag-sarif.js';

const make = (overrides: Partial<FlagFinding>): FlagFinding => {
  const base = { rule: 'flag-unknown', severity: 'error', message: "unknown flag 'nwe-checkout': it is not in flags.json", file: 'src/app.ts', line: 12, column: 5, flag: 'nwe-checkout', content: 'x' } as const;
  const merged = { ...base, ...overrides };
  return { ...merged, fingerprint: fingerprintFinding(sha256Hex, merged.file, merged.flag, merged.content) };
};
const unknown = make({ hint: "Did you mean 'new-checkout'?" });
const deprecated = make({ rule: 'flag-deprecated', severity: 'warning', message: "flag 'legacy' is deprecated", file: 'lib/a b/ü.py', line: 3, column: 1, flag: 'legacy' });
const extinct = make({ rule: 'flag-extinct', severity: 'info', message: "flag 'old' has no reference left", file: 'flags.json', line: undefined, column: undefined, flag: 'old' });
const report: FlagReport = {
  findings: [deprecated, unknown, extinct],
  suppressed: [{ finding: make({ flag: 'kept', line: 40 }), reason: 'rollback path' }],
  baselined: [make({ flag: 'old-one', line: 50 })],
};
const ruleBook = readFlagRuleBook();
const options = { version: '1.2.3', ruleBook };

describe('text', () => {
  it('groups findings per file, sorted, with hints and a summary', () => {
    expect(formatFlagReport(report, 'text', options)).toBe(
      [
        'flags.json',
        "          info    flag 'old' has no reference left  flag-extinct",
        '',
        'lib/a b/ü.py',
        "  3:1     warning flag 'legacy' is deprecated  flag-deprecated",
        '',
        'src/app.ts',
        "  12:5    error   unknown flag 'nwe-checkout': it is not in flags.json  flag-unknown",
        "      fix: Did you mean 'new-checkout'?",
        '',
        'flags: 1 error, 1 warning, 1 info (1 suppressed, 1 in baseline)',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    expect(formatFlagReport(report, 'text', options)).not.toContain('\u001b[');
    expect(formatFlagReport(report, 'text', { ...options, color: true })).toContain('\u001b[31merror');
  });

  it('says nothing when there is nothing to say', () => {
    expect(formatFlagReport({ findings: [], suppressed: [], baselined: [] }, 'text', options)).toBe('');
  });
});

describe('json', () => {
  it('carries rule, severity, flag, file, line, message and fingerprint for every finding', () => {
    const document = JSON.parse(formatFlagReport(report, 'json', options));
    expect(document.version).toBe(1);
    expect(document.summary).toEqual({ errors: 1, warnings: 1, infos: 1, suppressed: 1, baselined: 1 });
    for (const finding of document.findings) {
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'flag', 'file', 'line', 'column', 'kind', 'expression', 'message', 'hint', 'fingerprint']);
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(document.findings[0]).toMatchObject({ rule: 'flag-extinct', line: null, column: null });
    expect(document.suppressed[0]).toMatchObject({ flag: 'kept', reason: 'rollback path' });
  });
});

describe('sarif', () => {
  const log = JSON.parse(formatFlagReport(report, 'sarif', options));
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one run and the full rule table', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'prove-hooks', version: '1.2.3' });
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([...FLAG_RULE_CODES]);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
  });

  it('gives each result a rule, a level, a location and a partial fingerprint', () => {
    expect(run.results).toHaveLength(5);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(result.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(result.partialFingerprints[SARIF_FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    }
    const warning = run.results.find((r: { ruleId: string }) => r.ruleId === 'flag-deprecated');
    expect(warning.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'lib/a%20b/%C3%BC.py', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1 },
    });
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'flag-extinct').locations[0].physicalLocation.region).toBeUndefined();
  });

  it('marks suppressed and baselined findings as suppressions, not as open results', () => {
    const suppressions = run.results.filter((r: { suppressions?: unknown }) => r.suppressions).map((r: { suppressions: { kind: string }[] }) => r.suppressions[0]?.kind);
    expect(suppressions).toEqual(['inSource', 'external']);
  });

  it.each([
    ['src/app.ts', 'src/app.ts'],
    ['a b/c#d%e.ts', 'a%20b/c%23d%25e.ts'],
    ['日本/x.ts', '%E6%97%A5%E6%9C%AC/x.ts'],
  ])('encodes the path %s as the URI %s', (path, uri) => {
    expect(toSarifUri(path)).toBe(uri);
  });
});

describe('github', () => {
  it('writes one escaped annotation per finding', () => {
    expect(formatFlagGithub(report, ruleBook).split('\n')).toEqual([
      "::notice file=flags.json,title=flag-extinct old::flag 'old' has no reference left",
      "::warning file=lib/a b/ü.py,line=3,col=1,title=flag-deprecated legacy::flag 'legacy' is deprecated",
      "::error file=src/app.ts,line=12,col=5,title=flag-unknown nwe-checkout::unknown flag 'nwe-checkout'%3A it is not in flags.json%0ADid you mean 'new-checkout'?".replace('%3A', ':'),
      '',
    ]);
  });

  it.each([
    ['100%\r\nnext', '100%25%0D%0Anext', '100%25%0D%0Anext'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['::error::injected', '::error::injected', '%3A%3Aerror%3A%3Ainjected'],
  ])('escapes %j as data %j and as a property %j', (text, data, property) => {
    expect(escapeGithubData(text)).toBe(data);
    expect(escapeGithubProperty(text)).toBe(property);
  });

  it('escapes a file name with a comma, a colon and a newline', () => {
    const out = formatFlagGithub({ findings: [make({ file: 'a,b:c\nd.ts' })], suppressed: [], baselined: [] }, ruleBook);
    expect(out).toMatch(/^::error file=a%2Cb%3Ac%0Ad\.ts,line=12,/);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints nothing when there are no findings', () => {
    expect(formatFlagGithub({ findings: [], suppressed: [], baselined: [] }, ruleBook)).toBe('');
  });
});
