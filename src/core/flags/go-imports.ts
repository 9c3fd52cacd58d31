// Go packages of the same module that a file imports by path (`import "example.com/app/internal/flags"`
// then `flags.Dark`): the names it calls them by, and the repository folder go.mod places each in.
// Pure; the hooks read go.mod and list the folder (hooks/imported-keys.ts).
import { posix } from 'node:path';
import { joinInside } from './imported-constants.js';
import { lexSource, Region, regionAt } from './source-lexer.js';

/** A Go import: the name the file calls the package by, and its import path. */
export interface GoImport {
  readonly local: string;
  readonly path: string;
}

const GO_IMPORT_SPEC = /(?:^|[\n;(])[ \t]*(?:import[ \t]+)?(?:([A-Za-z_]\w*|\.)[ \t]+)?"([^"\n]{1,300})"/g;
const GO_IMPORT_BLOCK = /(?<![\w.])import[ \t]*(\([^)]{0,8000}\)|(?:[A-Za-z_]\w*[ \t]+)?"[^"\n]{1,300}")/g;

/**
 * The packages a Go file imports (`import "a/b/flags"`, `import f "a/b/flags"`, import blocks),
 * named as the file calls them: the alias, else the path's last element (before a `/vN` major
 * version suffix). Blank and dot imports name nothing. Pure.
 */
export function findGoImports(text: string): GoImport[] {
  const regions = lexSource(text, 'go');
  const imports: GoImport[] = [];
  for (const block of text.matchAll(GO_IMPORT_BLOCK)) {
    if (regionAt(regions, block.index) !== Region.CODE) continue;
    const specs = block[1]!.startsWith('(') ? block[1]! : `(${block[1]!}`;
    for (const spec of specs.matchAll(GO_IMPORT_SPEC)) {
      const alias = spec[1];
      const path = spec[2]!;
      if (alias === '.' || alias === '_') continue;
      const elements = path.split('/');
      const last = /^v\d+$/.test(elements.at(-1)!) && elements.length > 1 ? elements.at(-2)! : elements.at(-1)!;
      const local = alias ?? last.replace(/^go-|[.-]go$/g, '').replace(/[^\w]/g, '_');
      if (/^[A-Za-z_]\w*$/.test(local)) imports.push({ local, path });
    }
  }
  return imports;
}

/** The go.mod files that may hold the module of a file in `dir`: the folder's and each one above, nearest first. */
export function goModuleFiles(dir: string): string[] {
  const parts = dir === '' || dir === '.' ? [] : dir.split('/');
  const files: string[] = [];
  for (let depth = parts.length; depth >= 0 && files.length < 8; depth--) {
    const base = parts.slice(0, depth).join('/');
    files.push(base === '' ? 'go.mod' : `${base}/go.mod`);
  }
  return files;
}

/** The module path a go.mod declares (`module example.com/app`), or undefined. */
export function readGoModulePath(text: string): string | undefined {
  const found = /^[ \t]*module[ \t]+("?)([^\s"]{1,300})\1[ \t]*(?:\/\/[^\n]*)?$/m.exec(text);
  return found?.[2];
}

/**
 * The repository folder of a package `importPath` of the module `modulePath` whose go.mod is at
 * `goModPath`, or undefined when the path is not in that module (another module, the standard
 * library) or would leave the repository.
 */
export function goImportFolder(importPath: string, goModPath: string, modulePath: string): string | undefined {
  if (!importPath.startsWith(`${modulePath}/`)) return undefined;
  const root = posix.dirname(goModPath) === '.' ? '' : posix.dirname(goModPath);
  return joinInside(root, importPath.slice(modulePath.length + 1));
}
