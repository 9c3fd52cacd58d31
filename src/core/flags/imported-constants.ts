// Flag-key constants declared in another file of the repository and imported by the file a key is
// read in (one hop): JS/TS relative imports (`import { FLAGS } from './flags'`, `import * as f
// from '../flags'`), Python modules of the repository (`from app.flags import NEW_CHECKOUT`,
// `from . import flags`), Java/Kotlin classes (`import com.acme.Flags;` or the same package), Go
// package-level constants of the same directory and of packages of the same module (`flags.Dark`
// with `import "example.com/app/internal/flags"`, placed by go.mod), and what a JS/TS barrel file
// re-exports (`export * from './keys'`, `export { A as B } from './keys'`). Pure: which paths to
// read, and what the read texts bind; the hooks read the files (staged blob, pushed commit) and
// re-scan with the result.
import { posix } from 'node:path';
import { findStringConstants } from './file-constants.js';
import { lexFamilyOf, lexSource, Region, regionAt, type LexFamily } from './source-lexer.js';

/** Most files read for one run (all changed files together). */
export const MAX_IMPORTED_FILES = 48;
/** An imported file larger than this is not read for constants. */
export const MAX_IMPORTED_FILE_BYTES = 256 * 1024;
/** Most candidate paths one import may name (extensions, index files, source roots). */
const MAX_CANDIDATES = 16;

/**
 * A name the file binds to another file's constants. `exported`: the name it binds in that file
 * (`FLAGS` for `import { FLAGS as F }`), undefined for a module bound whole (`import * as f`,
 * Python `import app.flags as f`), `*` for Go's same-package names (every name, unqualified).
 * `candidates`: repository paths (posix, relative to the root) that may hold it, in order.
 */
export interface ConstantImport {
  readonly local: string;
  readonly exported: string | undefined;
  readonly candidates: readonly string[];
}

/**
 * A name or member with a type assertion after it (TypeScript `FLAG as string`, `F.X satisfies K`,
 * non-null `FLAG!`, Kotlin `FLAG!!`) without it: the assertion does not change the value.
 * Anything else is returned as it is.
 */
export function stripTypeAssertion(expression: string): string {
  const match = /^([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*(?:!+|\s(?:as|satisfies)\s+[\w$.<>[\]|,'" ]{1,100})$/.exec(expression);
  return match === null ? expression : match[1]!;
}

/** A dynamic key written as a name or a member (`FLAG`, `FLAGS.X`, `flags.FLAGS.X`, `str(F.X)`, `F.X.value`, `FLAG as K`): its parts. */
export function parseNamedKey(expression: string): string[] | undefined {
  const inner = /^(?:string|str|String)\(\s*([^()]*?)\s*\)$/.exec(expression)?.[1] ?? stripTypeAssertion(expression);
  const compact = inner.replace(/\s+/g, '');
  if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){0,3}$/.test(compact)) return undefined;
  const parts = compact.split('.');
  // A Python `str` enum's member is read as `Flags.X.value`.
  if (parts.length > 1 && parts.at(-1) === 'value') parts.pop();
  return parts;
}

/** A repository path for `relative` resolved from `dir`, or undefined when it leaves the repository or is not a plain path. */
export function joinInside(dir: string, relative: string): string | undefined {
  if (/[\0\n\r\\]/.test(relative) || relative.startsWith('/')) return undefined;
  const joined = posix.normalize(posix.join(dir, relative));
  if (joined === '.' || joined.startsWith('../') || joined === '..' || joined.startsWith('/')) return undefined;
  return joined;
}

const JS_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

/**
 * The paths a JS/TS import may name: a relative specifier as TypeScript resolves it (the file, its
 * extensions, its folder's `index`), or a path alias of the common conventions, `@/x` and `~/x`
 * (Next.js's `"@/*": ["./*"]` or `["./src/*"]`, Nuxt, Vite): `x` under each folder from the
 * importing file's up to the root, and under its `src/` (tsconfig `paths` itself is not read).
 */
export function jsCandidates(dir: string, specifier: string): string[] {
  if (/^[@~]\//.test(specifier)) return aliasCandidates(dir, specifier.slice(2));
  const base = joinInside(dir, specifier);
  if (base === undefined) return [];
  const withoutJs = base.replace(/\.(?:m|c)?js$/, '');
  const out: string[] = [];
  if (/\.(?:m|c)?[jt]sx?$/.test(base)) out.push(base);
  for (const extension of JS_EXTENSIONS) out.push(`${withoutJs}${extension}`);
  for (const extension of ['.ts', '.js', '.tsx']) out.push(`${withoutJs}/index${extension}`);
  return [...new Set(out)].slice(0, MAX_CANDIDATES);
}

/** Folders above the importing file looked in for a path alias's target (the file's own first). */
const MAX_ALIAS_DEPTH = 4;

function aliasCandidates(dir: string, rest: string): string[] {
  if (rest === '' || /(?:^|\/)\.\.?(?:\/|$)/.test(rest)) return [];
  const parts = dir === '' ? [] : dir.split('/');
  const out: string[] = [];
  for (let depth = parts.length; depth >= 0 && parts.length - depth < MAX_ALIAS_DEPTH; depth--) {
    const folder = parts.slice(0, depth).join('/');
    for (const root of [folder, folder === '' ? 'src' : `${folder}/src`]) {
      const base = joinInside(root, rest);
      if (base === undefined) continue;
      if (/\.(?:m|c)?[jt]sx?$/.test(base)) out.push(base.replace(/\.(?:m|c)?js$/, '.ts'), base);
      else out.push(`${base}.ts`, `${base}.tsx`, `${base}.js`, `${base}/index.ts`);
    }
  }
  return [...new Set(out)];
}

const JS_NAMED = /(?<![\w$.])import\s+(?:type\s+)?(?:([A-Za-z_$][\w$]*)\s*,\s*)?\{([^}]{0,2000})\}\s*from\s*(['"])((?:\.{1,2}|[@~])\/[^'"\n]{0,500})\3/g;
const JS_NAMESPACE = /(?<![\w$.])import\s+(?:[A-Za-z_$][\w$]*\s*,\s*)?\*\s*as\s+([A-Za-z_$][\w$]*)\s*from\s*(['"])((?:\.{1,2}|[@~])\/[^'"\n]{0,500})\2/g;
const JS_REQUIRE = /(?<![\w$.])(?:const|let|var)\s+(?:\{([^}]{0,2000})\}|([A-Za-z_$][\w$]*))\s*=\s*require\(\s*(['"])((?:\.{1,2}|[@~])\/[^'"\n]{0,500})\3\s*\)/g;

function findJsImports(text: string, dir: string, isCode: (offset: number) => boolean): ConstantImport[] {
  const imports: ConstantImport[] = [];
  const named = (list: string, specifier: string, separator: RegExp): void => {
    const candidates = jsCandidates(dir, specifier);
    if (candidates.length === 0) return;
    for (const part of list.split(',')) {
      const names = part.trim().replace(/^type\s+/, '').split(separator);
      const exported = names[0]?.trim();
      const local = (names[1] ?? names[0])?.trim();
      if (exported === undefined || local === undefined || !/^[A-Za-z_$][\w$]*$/.test(exported) || !/^[A-Za-z_$][\w$]*$/.test(local)) continue;
      imports.push({ local, exported, candidates });
    }
  };
  for (const match of text.matchAll(JS_NAMED)) if (isCode(match.index)) named(match[2]!, match[4]!, /\s+as\s+/);
  for (const match of text.matchAll(JS_NAMESPACE)) {
    if (!isCode(match.index)) continue;
    const candidates = jsCandidates(dir, match[3]!);
    if (candidates.length > 0) imports.push({ local: match[1]!, exported: undefined, candidates });
  }
  for (const match of text.matchAll(JS_REQUIRE)) {
    if (!isCode(match.index)) continue;
    if (match[1] !== undefined) named(match[1], match[4]!, /\s*:\s*/);
    else {
      const candidates = jsCandidates(dir, match[4]!);
      if (candidates.length > 0) imports.push({ local: match[2]!, exported: undefined, candidates });
    }
  }
  return imports;
}

/** Where a Python module may be: relative to the importing file's package (leading dots), or to the root or a folder above the file (`src/` layouts). */
function pythonModulePaths(dir: string, module: string): string[] {
  const dots = /^\.*/.exec(module)![0].length;
  const rest = module.slice(dots).split('.').filter((part) => part !== '');
  if (!rest.every((part) => /^[A-Za-z_]\w*$/.test(part))) return [];
  const bases: string[] = [];
  if (dots > 0) {
    const base = joinInside(dir, dots === 1 ? '.' : Array.from({ length: dots - 1 }, () => '..').join('/'));
    if (base !== undefined || dots === 1) bases.push(base ?? '');
  } else {
    // From the file's folder up to the root: a module `app.flags` under `src/app/flags.py`.
    const parts = dir === '' || dir === '.' ? [] : dir.split('/');
    for (let depth = parts.length; depth >= 0 && bases.length < 6; depth--) bases.push(parts.slice(0, depth).join('/'));
  }
  return bases.map((base) => posix.join(base === '' ? '.' : base, ...rest)).filter((path) => path !== '.' && path !== '' && !path.startsWith('..'));
}

const PY_FROM = /^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n#;]{1,2000})/gm;
const PY_IMPORT = /^[ \t]*import[ \t]+([\w.]+)[ \t]+as[ \t]+([A-Za-z_]\w*)/gm;

function findPythonImports(text: string, dir: string, isCode: (offset: number) => boolean): ConstantImport[] {
  const imports: ConstantImport[] = [];
  for (const match of text.matchAll(PY_FROM)) {
    if (!isCode(match.index + match[0].indexOf('from'))) continue;
    const modules = pythonModulePaths(dir, match[1]!);
    if (modules.length === 0) continue;
    for (const part of match[2]!.replace(/[()\\]/g, ' ').split(',')) {
      const names = part.trim().split(/\s+as\s+/);
      const exported = names[0]?.trim();
      const local = (names[1] ?? names[0])?.trim();
      if (exported === undefined || local === undefined || !/^[A-Za-z_]\w*$/.test(exported) || !/^[A-Za-z_]\w*$/.test(local)) continue;
      // `from app import flags` may bind a module (app/flags.py) or a name of app/__init__.py.
      imports.push({ local, exported: undefined, candidates: modules.flatMap((path) => [`${path}/${exported}.py`, `${path}/${exported}/__init__.py`]).slice(0, MAX_CANDIDATES) });
      imports.push({ local, exported, candidates: modules.flatMap((path) => [`${path}.py`, `${path}/__init__.py`]).slice(0, MAX_CANDIDATES) });
    }
  }
  for (const match of text.matchAll(PY_IMPORT)) {
    if (!isCode(match.index + match[0].indexOf('import'))) continue;
    const modules = pythonModulePaths(dir, match[1]!);
    if (modules.length > 0) imports.push({ local: match[2]!, exported: undefined, candidates: modules.flatMap((path) => [`${path}.py`, `${path}/__init__.py`]).slice(0, MAX_CANDIDATES) });
  }
  return imports;
}

const JAVA_PACKAGE = /^[ \t]*package[ \t]+([\w.]+)/m;
const JAVA_IMPORT = /^[ \t]*import[ \t]+(static[ \t]+)?([\w.]+)(?:\.\*)?[ \t]*;?[ \t]*$/gm;

/** Java and Kotlin: classes named by `import a.b.C;` (below the source root the file's package gives), static imports, and same-package classes. */
function findJavaImports(text: string, path: string, dir: string, owners: ReadonlySet<string>, isCode: (offset: number) => boolean): ConstantImport[] {
  const extension = path.endsWith('.kt') || path.endsWith('.kts') ? ['.kt', '.java'] : ['.java', '.kt'];
  const packageName = JAVA_PACKAGE.exec(text)?.[1];
  const packageDir = packageName?.replace(/\./g, '/');
  // The source root: the file's folder without its package's folders (`src/main/java/`).
  const root = packageDir !== undefined && (dir === packageDir || dir.endsWith(`/${packageDir}`)) ? dir.slice(0, dir.length - packageDir.length).replace(/\/$/, '') : undefined;
  const classPaths = (qualified: string): string[] => {
    if (root === undefined) return [];
    const relative = qualified.replace(/\./g, '/');
    const joined = root === '' ? relative : `${root}/${relative}`;
    return extension.map((ext) => `${joined}${ext}`).filter((candidate) => joinInside('', candidate) !== undefined);
  };
  const imports: ConstantImport[] = [];
  const imported = new Set<string>();
  for (const match of text.matchAll(JAVA_IMPORT)) {
    if (!isCode(match.index + match[0].indexOf('import'))) continue;
    const qualified = match[2]!;
    const parts = qualified.split('.');
    if (match[1] !== undefined) {
      // `import static com.acme.Flags.NEW_CHECKOUT;` binds NEW_CHECKOUT to Flags.NEW_CHECKOUT.
      if (parts.length < 2 || match[0].includes('*')) continue;
      const member = parts.pop()!;
      const owner = parts.at(-1)!;
      imports.push({ local: member, exported: `${owner}.${member}`, candidates: classPaths(parts.join('.')) });
      continue;
    }
    const owner = parts.at(-1)!;
    if (!owners.has(owner)) continue;
    imported.add(owner);
    imports.push({ local: owner, exported: owner, candidates: classPaths(qualified) });
  }
  // A class of the same package needs no import: the same folder.
  for (const owner of owners) {
    if (imported.has(owner) || !/^[A-Z]/.test(owner)) continue;
    imports.push({ local: owner, exported: owner, candidates: extension.map((ext) => (dir === '' ? `${owner}${ext}` : `${dir}/${owner}${ext}`)) });
  }
  return imports.filter((entry) => entry.candidates.length > 0);
}

/**
 * The imports of `text` (at repository path `path`) that may bind the first part of one of
 * `keys` (parsed named keys, parseNamedKey), with the paths that may hold them. Go's same-package
 * constants need the folder's file names: `goPackageFiles` (other `.go` files of the folder, no
 * tests), read only when a key is a bare or qualified name; `goImportedPackages`: the files of
 * each imported package of the module, by the name the file calls it (goImportFolder). Pure.
 */
export function findConstantImports(
  text: string,
  path: string,
  keys: readonly (readonly string[])[],
  goPackageFiles: readonly string[] = [],
  goImportedPackages: ReadonlyMap<string, readonly string[]> = new Map(),
): ConstantImport[] {
  const family = lexFamilyOf(path);
  if (family === 'plain' || keys.length === 0) return [];
  const firsts = new Set(keys.map((parts) => parts[0]!));
  const regions = lexSource(text, family);
  const isCode = (offset: number): boolean => regionAt(regions, offset) === Region.CODE;
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  let imports: ConstantImport[];
  if (family === 'js') imports = findJsImports(text, dir, isCode);
  else if (family === 'python') imports = findPythonImports(text, dir, isCode);
  else if (family === 'java') imports = findJavaImports(text, path, dir, firsts, isCode);
  else {
    imports = goPackageFiles.length === 0 ? [] : [{ local: '*', exported: '*', candidates: goPackageFiles.filter((file) => file !== path).slice(0, MAX_CANDIDATES) }];
    // Another package of the module, `flags.Dark`: every file of its folder may declare `Dark`.
    for (const [local, files] of goImportedPackages) imports.push({ local, exported: undefined, candidates: files.filter((file) => file !== path).slice(0, MAX_CANDIDATES) });
  }
  return imports.filter((entry) => entry.local === '*' || firsts.has(entry.local));
}

/** Whether `name` is a Go file of folder `dir` (not a test) other than `self`: a same-package file. */
export function isGoPackageFile(name: string, dir: string, self: string): boolean {
  return posix.dirname(name) === (dir === '' ? '.' : dir) && name.endsWith('.go') && !name.endsWith('_test.go') && name !== self;
}

/**
 * The top-level string constants of an imported file's text (`NAME` and `Owner.NAME`), or an
 * empty map for a file that is too large, binary, or of another language family.
 */
export function readExportedConstants(text: string, path: string, family: LexFamily): ReadonlyMap<string, string> {
  const constants = new Map<string, string>();
  if (text.length > MAX_IMPORTED_FILE_BYTES || text.includes('\0') || lexFamilyOf(path) !== family || family === 'plain') return constants;
  const regions = lexSource(text, family);
  for (const [name, constant] of findStringConstants(text, family, (offset) => regionAt(regions, offset) === Region.CODE)) {
    // Only names of the whole module: a function's local is not importable.
    if (constant.from === 0 && constant.to === text.length) constants.set(name, constant.value);
  }
  return constants;
}

/**
 * The keys that names of the importing file stand for: `FLAG`, `FLAGS.X`, `ns.X`, `ns.FLAGS.X`
 * (as written in the importing file, parts joined with `.`) mapped to the key. `constantsOf(path)`
 * gives an imported file's constants (readExportedConstants), undefined when it was not read;
 * the first candidate read wins. A name bound by two imports to different keys is left out.
 */
export function bindImportedConstants(
  imports: readonly ConstantImport[],
  keys: readonly (readonly string[])[],
  constantsOf: (path: string) => ReadonlyMap<string, string> | undefined,
): ReadonlyMap<string, string> {
  const bound = new Map<string, string | null>();
  for (const parts of keys) {
    const written = parts.join('.');
    if (bound.has(written)) continue;
    for (const entry of imports) {
      let target: string | undefined;
      if (entry.local === '*') target = written;
      else if (parts[0] !== entry.local) continue;
      else if (entry.exported === undefined) target = parts.length > 1 ? parts.slice(1).join('.') : undefined;
      else target = [entry.exported, ...parts.slice(1)].join('.');
      if (target === undefined) continue;
      for (const candidate of entry.candidates) {
        const value = constantsOf(candidate)?.get(target);
        if (value === undefined) continue;
        const before = bound.get(written);
        bound.set(written, before === undefined || before === value ? value : null);
        break;
      }
    }
  }
  const resolved = new Map<string, string>();
  for (const [written, value] of bound) if (value !== null) resolved.set(written, value);
  return resolved;
}
