// dist/THIRD-PARTY-NOTICES.txt: the licence of every package the bundles hold. The bundles are
// built with `legalComments: 'none'` (less for every commit to load), so the notices the
// libraries' licences ask to keep with each copy (MIT, ISC, BSD) travel in this one file instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The npm packages (name) whose files are inputs of the given esbuild metafiles. */
export function bundledPackages(metafiles) {
  const names = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const at = input.lastIndexOf('node_modules/');
      if (at === -1) continue;
      const parts = input.slice(at + 'node_modules/'.length).split('/');
      names.add(parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
    }
  }
  return [...names].sort();
}

/** The licence file's text of the package in `dir`, or undefined when it ships none. */
function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i.test(name));
  return file === undefined ? undefined : readFileSync(join(dir, file), 'utf8').trim();
}

/** The notices file's text for `names` (packages under `root`/node_modules). */
export function composeNotices(names, root = '.') {
  const sections = names.map((name) => {
    const dir = join(root, 'node_modules', name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const text = licenceText(dir) ?? `${manifest.license ?? 'UNKNOWN'} licence; the package ships no licence file.`;
    return `${manifest.name}@${manifest.version} (${manifest.license ?? 'UNKNOWN'})\n${'-'.repeat(72)}\n${text}\n`;
  });
  return `prove-hooks bundles the following packages into the files of dist/. Their licences follow.\n\n${sections.join('\n')}`;
}
