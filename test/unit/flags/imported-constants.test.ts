// imported-constants.ts: which files a file's imports name, what they bind, and that no import
// path leaves the repository (property test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGoImports, goImportFolder, goModuleFiles, readGoModulePath } from '../../../src/core/flags/go-imports.js';
import { bindImportedConstants, findConstantImports, parseNamedKey, readExportedConstants } from '../../../src/core/flags/imported-constants.js';
import { addReExportedConstants, findReExports } from '../../../src/core/flags/re-exports.js';

/** The keys `importer` binds from `files` (path -> text), for the named keys `expressions`. */
function bind(importer: { path: string; text: string }, expressions: string[], files: Record<string, string>, goFiles: string[] = []): Record<string, string> {
  const keys = expressions.map((expression) => parseNamedKey(expression)!);
  const imports = findConstantImports(importer.text, importer.path, keys, goFiles);
  const family = importer.path.endsWith('.py') ? 'python' : importer.path.endsWith('.go') ? 'go' : /\.(?:java|kt)$/.test(importer.path) ? 'java' : 'js';
  return Object.fromEntries(bindImportedConstants(imports, keys, (path) => (files[path] === undefined ? undefined : readExportedConstants(files[path]!, path, family))));
}

describe('parseNamedKey', () => {
  it.each([
    ['FLAG', ['FLAG']],
    ['FLAGS.NEW', ['FLAGS', 'NEW']],
    ['ns . FLAGS . NEW', ['ns', 'FLAGS', 'NEW']],
    ['str(Flags.X)', ['Flags', 'X']],
    ['Flags.X.value', ['Flags', 'X']],
    ['string(KeyOld)', ['KeyOld']],
    ['flags[key]', undefined],
    ['`${a}-b`', undefined],
    ['getKey()', undefined],
  ])('%s', (expression, parts) => {
    expect(parseNamedKey(expression)).toEqual(parts);
  });
});

describe('bindImportedConstants', () => {
  const keys = `export const FLAGS = { NEW: 'new-checkout' } as const;\nexport const DARK = 'dark-mode';\nexport enum Flags { Beta = 'beta-search' }\nfunction f() { const LOCAL = 'x-local'; }\nexport let moving = 'a';\nmoving = 'b';\n`;
  it.each([
    ['a named import', `import { DARK } from './keys';`, ['DARK'], { DARK: 'dark-mode' }],
    ['a renamed import', `import { DARK as D } from './keys';`, ['D'], { D: 'dark-mode' }],
    ['an object member', `import { FLAGS } from './keys';`, ['FLAGS.NEW'], { 'FLAGS.NEW': 'new-checkout' }],
    ['an enum member', `import { Flags } from "./keys.js";`, ['Flags.Beta'], { 'Flags.Beta': 'beta-search' }],
    ['a namespace import', `import * as k from './keys';`, ['k.DARK', 'k.FLAGS.NEW'], { 'k.DARK': 'dark-mode', 'k.FLAGS.NEW': 'new-checkout' }],
    ['a require', `const { DARK: D } = require('./keys');`, ['D'], { D: 'dark-mode' }],
    ['a name not exported', `import { LOCAL } from './keys';`, ['LOCAL'], {}],
    ['a reassigned name', `import { moving } from './keys';`, ['moving'], {}],
    ['a package import', `import { DARK } from 'keys';`, ['DARK'], {}],
    ['an import in a comment', `// import { DARK } from './keys';`, ['DARK'], {}],
  ])('JS: %s', (_title, header, expressions, expected) => {
    expect(bind({ path: 'src/a.ts', text: `${header}\nclient.variation(${expressions[0]}, ctx, false);\n` }, expressions, { 'src/keys.ts': keys })).toEqual(expected);
  });

  it('JS: a folder import reads its index file', () => {
    expect(bind({ path: 'a.ts', text: `import { DARK } from './flags';\n` }, ['DARK'], { 'flags/index.ts': keys })).toEqual({ DARK: 'dark-mode' });
  });

  it.each([
    ['an absolute module under a folder above', 'svc/app/billing.py', `from app.flags import OLD`, ['OLD'], { OLD: 'old-banner' }],
    ['a relative module', 'svc/app/billing.py', `from .flags import OLD as O`, ['O'], { O: 'old-banner' }],
    ['a module imported whole', 'svc/app/billing.py', `from . import flags`, ['flags.OLD'], { 'flags.OLD': 'old-banner' }],
    ['a module aliased', 'svc/app/billing.py', `import app.flags as f`, ['f.OLD'], { 'f.OLD': 'old-banner' }],
    ['a class attribute', 'svc/app/billing.py', `from app.flags import Keys`, ['Keys.GHOST'], { 'Keys.GHOST': 'ghost-flag' }],
    ['a parenthesized list', 'svc/app/billing.py', `from app.flags import (\n    OLD,\n    Keys,\n)`, ['OLD'], { OLD: 'old-banner' }],
  ])('Python: %s', (_title, path, header, expressions, expected) => {
    expect(bind({ path, text: `${header}\n` }, expressions, { 'svc/app/flags.py': `OLD = "old-banner"\n\nclass Keys:\n    GHOST = "ghost-flag"\n` })).toEqual(expected);
  });

  it('Go: a constant of another file of the package, not a function local', () => {
    const files = { 'gw/keys.go': `package gw\n\nconst KeyOld = "old-banner"\n\nfunc f() {\n\tlocal := "x-local"\n}\n` };
    expect(bind({ path: 'gw/use.go', text: 'package gw\n' }, ['KeyOld', 'local'], files, ['gw/keys.go'])).toEqual({ KeyOld: 'old-banner' });
  });

  it('Java: an imported class, a static import and a class of the same package', () => {
    const files = {
      'src/main/java/com/acme/flags/Keys.java': `package com.acme.flags;\npublic final class Keys {\n  public static final String DARK = "dark-mode";\n}\n`,
      'src/main/java/com/acme/web/Local.java': `package com.acme.web;\nclass Local { static final String OLD = "old-banner"; }\n`,
    };
    const text = `package com.acme.web;\nimport com.acme.flags.Keys;\nimport static com.acme.flags.Keys.DARK;\n`;
    expect(bind({ path: 'src/main/java/com/acme/web/C.java', text }, ['Keys.DARK', 'DARK', 'Local.OLD'], files)).toEqual({ 'Keys.DARK': 'dark-mode', DARK: 'dark-mode', 'Local.OLD': 'old-banner' });
  });

  it('leaves out a name two imports bind to different keys', () => {
    const text = `import { K } from './a';\nimport { K } from './b';\n`;
    const files = { 'a.ts': `export const K = 'one';\n`, 'b.ts': `export const K = 'two';\n` };
    expect(bind({ path: 'x.ts', text }, ['K'], files)).toEqual({});
  });
});

describe('readExportedConstants', () => {
  it('reads nothing of a binary or a too large file', () => {
    expect(readExportedConstants(`export const K = 'a';\0`, 'k.ts', 'js').size).toBe(0);
    expect(readExportedConstants(`export const K = 'a';\n${' '.repeat(300 * 1024)}`, 'k.ts', 'js').size).toBe(0);
    expect(readExportedConstants(`K = 'a'\n`, 'k.py', 'js').size).toBe(0);
  });
});

describe('import paths stay inside the repository', () => {
  it('never names a path outside it, however the specifier is written (property)', () => {
    const segment = fc.constantFrom('..', '.', 'a', 'b', '', '...', '/', 'c.ts', '\\', 'x\n');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 10 }), fc.constantFrom('src/a.ts', 'a.ts', 'x/y/z/a.ts'), (parts, path) => {
        const specifier = `./${parts.join('/')}`;
        const relativeUp = `../${parts.join('/')}`;
        for (const written of [specifier, relativeUp]) {
          const imports = findConstantImports(`import { K } from '${written.replace(/'/g, '')}';\n`, path, [['K']]);
          for (const entry of imports) {
            for (const candidate of entry.candidates) {
              expect(candidate.startsWith('/') || candidate.startsWith('../') || candidate === '..' || candidate.includes('\n')).toBe(false);
            }
          }
        }
      }),
    );
  });

  it('never names a path outside it for Python relative modules (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.constantFrom('svc/app/b.py', 'b.py'), (dots, path) => {
        const imports = findConstantImports(`from ${'.'.repeat(dots)}flags import K\n`, path, [['K']]);
        for (const entry of imports) for (const candidate of entry.candidates) expect(candidate.startsWith('..') || candidate.startsWith('/')).toBe(false);
      }),
    );
  });
});

describe('barrels and Go packages of the module (found by the blind corpus)', () => {
  // TypeScript handbook, Modules: re-exports (`export * from`, `export * as ns from`, `export { A as B } from`).
  it('JS: a barrel re-exports every name, a namespace, and renamed names of another file', () => {
    const keysFile = `export const FLAGS = { NEW: 'new-checkout' } as const;\nexport const DARK = 'dark-mode';\nexport enum Flags { Beta = 'beta-search' }\n`;
    const barrel = `export * from './keys';\nexport * as k from './keys';\nexport { DARK as DARK_MODE, FLAGS as F } from './keys';\nexport const OWN = 'own-flag';\n`;
    const reExports = findReExports(barrel, 'src/flags/index.ts');
    expect(reExports.map((entry) => entry.kind)).toEqual(['all', 'namespace', 'named']);
    expect(reExports[0]!.candidates).toContain('src/flags/keys.ts');
    const keysConstants = readExportedConstants(keysFile, 'src/flags/keys.ts', 'js');
    const merged = addReExportedConstants(readExportedConstants(barrel, 'src/flags/index.ts', 'js'), reExports, (path) => (path === 'src/flags/keys.ts' ? keysConstants : undefined));
    expect(Object.fromEntries(merged)).toMatchObject({
      OWN: 'own-flag',
      DARK: 'dark-mode',
      'FLAGS.NEW': 'new-checkout',
      'Flags.Beta': 'beta-search',
      'k.DARK': 'dark-mode',
      DARK_MODE: 'dark-mode',
      'F.NEW': 'new-checkout',
    });
  });

  it('JS: a re-export in a comment, or of a package, is none', () => {
    expect(findReExports(`// export * from './keys';\nexport * from 'some-package';\n`, 'a.ts')).toEqual([]);
    expect(findReExports(`export * from './keys';\n`, 'a.py')).toEqual([]);
  });

  // The Go spec, Import declarations; Go Modules Reference, go.mod `module` directive.
  it('Go: the packages a file imports, named by alias or last path element', () => {
    const text = `package handlers\n\nimport (\n\t"fmt"\n\tld "github.com/launchdarkly/go-server-sdk/v7"\n\t_ "embed"\n\t"github.com/acme/gateway/internal/flags"\n)\n\nimport keys "github.com/acme/gateway/internal/keys/v2"\n`;
    expect(findGoImports(text)).toEqual([
      { local: 'fmt', path: 'fmt' },
      { local: 'ld', path: 'github.com/launchdarkly/go-server-sdk/v7' },
      { local: 'flags', path: 'github.com/acme/gateway/internal/flags' },
      { local: 'keys', path: 'github.com/acme/gateway/internal/keys/v2' },
    ]);
  });

  it("Go: a package of the module is the folder below its go.mod; another module's is none", () => {
    expect(goModuleFiles('gateway/internal/handlers')).toEqual(['gateway/internal/handlers/go.mod', 'gateway/internal/go.mod', 'gateway/go.mod', 'go.mod']);
    expect(readGoModulePath(`// the gateway\nmodule github.com/acme/gateway\n\ngo 1.22\n`)).toBe('github.com/acme/gateway');
    expect(goImportFolder('github.com/acme/gateway/internal/flags', 'gateway/go.mod', 'github.com/acme/gateway')).toBe('gateway/internal/flags');
    expect(goImportFolder('github.com/acme/gatewayx/flags', 'gateway/go.mod', 'github.com/acme/gateway')).toBeUndefined();
    expect(goImportFolder('github.com/acme/gateway/../../etc', 'go.mod', 'github.com/acme/gateway')).toBeUndefined();
  });

  it("Go: a qualified key binds a constant of the imported package's files", () => {
    const files = { 'gw/flags/flags.go': `package flags\n\ntype Key string\n\nconst (\n\tRateLimit Key = "rate-limit-v2"\n\tHedging       = "request-hedging"\n)\n` };
    const keys = ['flags.RateLimit', 'flags.Hedging'].map((expression) => parseNamedKey(expression)!);
    const imports = findConstantImports('package handlers\n', 'gw/handlers/h.go', keys, [], new Map([['flags', ['gw/flags/flags.go']]]));
    const bound = bindImportedConstants(imports, keys, (path) => (files[path as keyof typeof files] === undefined ? undefined : readExportedConstants(files[path as keyof typeof files], path, 'go')));
    expect(Object.fromEntries(bound)).toEqual({ 'flags.RateLimit': 'rate-limit-v2', 'flags.Hedging': 'request-hedging' });
  });
});
