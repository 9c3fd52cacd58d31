import { describe, expect, it } from 'vitest';
import {
  composeHuskyCommand,
  detectIndent,
  findHuskyRange,
  findHuskyTargets,
  isOldHuskyRange,
  planPrepareScript,
  writePrepareScript,
} from '../../../src/install/package-json.js';

describe('composeHuskyCommand', () => {
  it.each([
    ['', '.husky', 'husky || true'],
    ['web', 'web/.husky', 'cd .. && husky web/.husky || true'],
    ['packages/web', 'packages/web/.husky', 'cd ../.. && husky packages/web/.husky || true'],
  ])('for a package in %j installs %s with `%s`', (packageDir, huskyDir, command) => {
    expect(composeHuskyCommand(packageDir, huskyDir)).toBe(command);
  });
});

describe('planPrepareScript', () => {
  it.each([
    ['no script', undefined, '', '.husky', 'added', 'husky || true'],
    ['an empty script', '  ', '', '.husky', 'added', 'husky || true'],
    ['plain husky', 'husky', '', '.husky', 'present', 'husky'],
    ['husky || true', 'husky || true', '', '.husky', 'present', 'husky || true'],
    ['husky 8 style', 'husky install', '', '.husky', 'present', 'husky install'],
    ['a custom installer', 'node .husky/install.mjs', '', '.husky', 'present', 'node .husky/install.mjs'],
    ['a build step', 'npm run build', '', '.husky', 'combined', 'husky || true && npm run build'],
    ['a build step in a subfolder', 'tsc', 'web', 'web/.husky', 'combined', '(cd .. && husky web/.husky || true) && tsc'],
    ['the documented subfolder form', 'cd .. && husky web/.husky', 'web', 'web/.husky', 'present', 'cd .. && husky web/.husky'],
    ['husky for the wrong folder', 'husky', 'web', 'web/.husky', 'mismatch', 'husky'],
  ])('with %s', (_name, current, packageDir, huskyDir, change, script) => {
    expect(planPrepareScript(current, packageDir, huskyDir)).toEqual({ change, script });
  });
});

describe('findHuskyTargets', () => {
  it.each([
    ['husky', ['.husky']],
    ['npx husky install', ['.husky']],
    ['cd .. && husky web/.husky || true', ['web/.husky']],
    ['husky config/hooks/', ['config/hooks']],
    ['node .husky/install.mjs', []],
  ])('finds what %j installs', (script, targets) => {
    expect(findHuskyTargets(script)).toEqual(targets);
  });
});

describe('husky in the manifest', () => {
  it.each([
    [{ devDependencies: { husky: '^9.1.7' } }, '^9.1.7'],
    [{ dependencies: { husky: '9.0.0' } }, '9.0.0'],
    [{ optionalDependencies: { husky: '*' } }, '*'],
    [{ devDependencies: { other: '1' } }, undefined],
    [{}, undefined],
  ])('finds the range in %j', (manifest, range) => {
    expect(findHuskyRange(manifest)).toBe(range);
  });

  it.each([
    ['^8.0.3', true],
    ['~4.3.8', true],
    ['>=7', true],
    ['^9.1.7', false],
    ['9', false],
    ['latest', false],
    ['*', false],
  ])('%s is too old: %s', (range, old) => {
    expect(isOldHuskyRange(range)).toBe(old);
  });
});

describe('writePrepareScript', () => {
  it.each([
    ['two spaces', '{\n  "name": "x"\n}\n'],
    ['four spaces', '{\n    "name": "x",\n    "scripts": {\n        "test": "vitest"\n    }\n}\n'],
    ['tabs', '{\n\t"name": "x"\n}\n'],
    ['CRLF', '{\r\n  "name": "x"\r\n}\r\n'],
  ])('keeps the file\'s style (%s) and its other keys', (_name, text) => {
    const written = writePrepareScript(text, 'husky');
    const indent = detectIndent(text);
    expect(detectIndent(written)).toBe(indent);
    expect(written.includes('\r\n')).toBe(text.includes('\r\n'));
    const parsed = JSON.parse(written) as { name: string; scripts: Record<string, string> };
    expect(parsed.name).toBe('x');
    expect(parsed.scripts.prepare).toBe('husky');
    if (text.includes('vitest')) expect(parsed.scripts.test).toBe('vitest');
  });
});
