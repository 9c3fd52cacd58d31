import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compilePathFilter, requiredLiteral } from '../../../src/hooks/flag-check.js';

describe('compilePathFilter', () => {
  const filter = compilePathFilter({ include: ['**'], exclude: ['**/node_modules/**', '**/*.min.js', 'generated/**'] });
  it.each([
    ['src/a.ts', true],
    ['.github/workflows/ci.yml', true],
    ['line\nbreak.ts', true],
    ['a/node_modules/b/c.js', false],
    ['node_modules/b.js', false],
    ['lib/x.min.js', false],
    ['generated/out.ts', false],
    ['src/generated/out.ts', true],
  ])('%j is scanned: %s', (path, expected) => {
    expect(filter(path)).toBe(expected);
  });

  it('scans only what include names', () => {
    const only = compilePathFilter({ include: ['src/**/*.{ts,tsx}'], exclude: [] });
    expect([only('src/a.ts'), only('src/b/c.tsx'), only('test/a.ts'), only('src/a.js')]).toEqual([true, true, false, false]);
  });

  it.each([
    ['**/node_modules/**', 'node_modules'],
    ['**/*.min.js', '.min.js'],
    ['generated/**', 'generated'],
    ['**/package-lock.json', 'package-lock.json'],
    ['src/**/*.{ts,tsx}', ''],
    ['./src/**', ''],
    ['a//b/**', ''],
    ['!**/x', ''],
    ['**', ''],
  ])('knows the text every match of %j contains: %j', (glob, literal) => {
    expect(requiredLiteral(glob)).toBe(literal);
  });

  it('uses no text that picomatch does not spell out in its regex (found by the property below)', () => {
    const glob = '***.js.';
    expect(requiredLiteral(glob)).toBe('.js.');
    expect(requiredLiteral(glob, picomatch.makeRe(glob, { dot: true }).source)).toBe('');
    expect(compilePathFilter({ include: ['*'], exclude: [glob] })('.jsa')).toBe(picomatch.makeRe('*', { dot: true }).test('.jsa') && !picomatch.makeRe(glob, { dot: true }).test('.jsa'));
    for (const common of ['**/*.min.js', '**/node_modules/**', 'generated/**', 'a-b_c.d/**']) {
      expect(requiredLiteral(common, picomatch.makeRe(common, { dot: true }).source)).toBe(requiredLiteral(common));
    }
  });

  it('answers as the globs\' regexes alone do, for any glob and path', () => {
    const part = fc.constantFrom('*', '**', '/', 'a', 'b', '.', '..', 'min', '.js', 'node_modules', '-', ' ', '\n', '?', '{a,b}', '[ab]', '!');
    const path = fc.array(fc.constantFrom('a', 'b', '/', '.', 'min', '.js', 'node_modules', 'x', '.min.js', ' ', '\n'), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
    // Globs made of parts, and globs made from a path (segments kept, starred or dropped into
    // `**`): the second kind matches often, so both answers are exercised.
    const fromParts = fc.array(part, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
    const segment = (text: string) => fc.constantFrom(text, '*', '**', `*${text.slice(1)}`, `${text.slice(0, -1)}*`);
    const fromPath = path.chain((p) =>
      fc.tuple(fc.boolean(), fc.tuple(...p.split('/').map(segment))).map(([anywhere, segments]) => `${anywhere ? '**/' : ''}${segments.join('/')}`),
    );
    const glob = fc.oneof(fromParts, fromPath);
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(glob, { maxLength: 3 }), fc.array(path, { minLength: 1, maxLength: 20 }), (include, exclude, someIn) => {
        // Also the paths the globs were made from, turned into paths again.
        const paths = [...someIn, ...[...include, ...exclude].map((g) => g.replaceAll('**/', '').replaceAll('*', 'x'))];
        const regexes = (globs: string[]): RegExp[] =>
          globs.map((g) => {
            const made = picomatch.makeRe(g, { dot: true });
            return new RegExp(made.source, `${made.flags.replace('s', '')}s`);
          });
        const [inc, exc] = [regexes(include), regexes(exclude)];
        const filter = compilePathFilter({ include, exclude });
        for (const p of paths) expect(filter(p), `${p} with ${JSON.stringify({ include, exclude })}`).toBe(inc.some((r) => r.test(p)) && !exc.some((r) => r.test(p)));
      }),
      { numRuns: 2000 },
    );
  });
});
