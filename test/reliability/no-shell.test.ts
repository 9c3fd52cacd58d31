// No shell anywhere: reads every module under src/ with the TypeScript checker and proves that
// each child process is started from an argument array, never through a shell or a command string.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../helpers/hooked-repo.js';

const SRC = join(PACKAGE_ROOT, 'src');
/** child_process functions that take (command, args[], options). */
const ARRAY_SPAWNERS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);
/** child_process functions that run a command line through a shell. */
const SHELL_RUNNERS = new Set(['exec', 'execSync']);

interface SpawnCall {
  readonly where: string;
  readonly name: string;
  readonly command: string;
  readonly argsType: string;
  readonly argsIsArray: boolean;
  readonly commandIsTemplate: boolean;
}

interface Findings {
  readonly calls: SpawnCall[];
  /** `exec`/`execSync` imported or called, `shell:` options, and child_process used as a namespace. */
  readonly forbidden: string[];
  readonly files: number;
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Code that must be caught: proves the scan can fail (checked in the same program as src/). */
const BAD_FIXTURE = `import { exec, spawn, execFileSync as run } from 'node:child_process';
const name = 'x';
exec('git status');
spawn('git', ['add', name], { shell: true });
run(\`git \${name}\`, []);
spawn('git', name as unknown as string);
`;

function scan(files: readonly string[]): Findings {
  const program = ts.createProgram([...files], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const calls: SpawnCall[] = [];
  const forbidden: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const at = (node: ts.Node): string => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      return `${relative(PACKAGE_ROOT, file)}:${line + 1}`;
    };
    /** Local names bound to child_process functions in this file. */
    const imported = new Map<string, string>();
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && /^(node:)?child_process$/.test(node.moduleSpecifier.text)) {
        const bindings = node.importClause?.namedBindings;
        if (node.importClause?.name || (bindings && ts.isNamespaceImport(bindings))) {
          forbidden.push(`${at(node)}: child_process imported as a whole (calls could not be checked)`);
        }
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            const original = (element.propertyName ?? element.name).text;
            imported.set(element.name.text, original);
            if (SHELL_RUNNERS.has(original)) forbidden.push(`${at(element)}: imports ${original} (runs a shell)`);
          }
        }
      }
      if (ts.isCallExpression(node) && /^(require|import)$/.test(node.expression.getText(source)) && /child_process/.test(node.arguments[0]?.getText(source) ?? '')) {
        forbidden.push(`${at(node)}: child_process loaded dynamically (calls could not be checked)`);
      }
      if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        if (node.name.getText(source) === 'shell') forbidden.push(`${at(node)}: a \`shell\` option`);
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && imported.has(node.expression.text)) {
        const name = imported.get(node.expression.text)!;
        if (ARRAY_SPAWNERS.has(name)) {
          const [command, args] = node.arguments;
          const argsType = args === undefined ? 'none' : checker.getTypeAtLocation(args);
          calls.push({
            where: at(node),
            name,
            command: command?.getText(source) ?? '',
            argsType: typeof argsType === 'string' ? argsType : checker.typeToString(argsType),
            argsIsArray: typeof argsType !== 'string' && (checker.isArrayType(argsType) || checker.isTupleType(argsType)),
            commandIsTemplate: command !== undefined && (ts.isTemplateExpression(command) || ts.isNoSubstitutionTemplateLiteral(command)),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { calls, forbidden, files: files.length };
}

let findings: Findings;
let fixture: Findings;
let fixtureDir: string;
beforeAll(() => {
  fixtureDir = mkdtempSync(join(tmpdir(), 'prove-hooks-no-shell-'));
  const bad = join(fixtureDir, 'bad.ts');
  writeFileSync(bad, BAD_FIXTURE);
  const all = scan([...listSourceFiles(SRC), bad]);
  const isFixture = (where: string) => where.includes('prove-hooks-no-shell-');
  findings = { files: all.files - 1, calls: all.calls.filter((c) => !isFixture(c.where)), forbidden: all.forbidden.filter((f) => !isFixture(f)) };
  fixture = { files: 1, calls: all.calls.filter((c) => isFixture(c.where)), forbidden: all.forbidden.filter(isFixture) };
});
afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

describe('no shell anywhere in src/', () => {
  it('catches exec, a shell option, a template command and string arguments in planted code', () => {
    expect(fixture.forbidden.join('\n')).toMatch(/imports exec/);
    expect(fixture.forbidden.join('\n')).toMatch(/a `shell` option/);
    expect(fixture.calls.filter((call) => call.commandIsTemplate)).toHaveLength(1);
    expect(fixture.calls.filter((call) => !call.argsIsArray)).toHaveLength(1);
  });

  it('reads every source module', () => {
    expect(findings.files).toBeGreaterThan(20);
  });

  it('finds the places that start processes (the scan is looking at the right calls)', () => {
    // git is run from src/git; init runs the package manager and husky's installer.
    expect(findings.calls.some((call) => call.where.startsWith('src/git/'))).toBe(true);
    expect(findings.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('never imports exec or execSync, never sets a shell option, never hides child_process', () => {
    expect(findings.forbidden).toEqual([]);
  });

  it('passes every spawned command its arguments as an array', () => {
    const notArrays = findings.calls.filter((call) => !call.argsIsArray).map((call) => `${call.where} ${call.name}(${call.command}, <${call.argsType}>)`);
    expect(notArrays).toEqual([]);
  });

  it('never builds a command line from a template string', () => {
    expect(findings.calls.filter((call) => call.commandIsTemplate).map((call) => call.where)).toEqual([]);
  });
});
