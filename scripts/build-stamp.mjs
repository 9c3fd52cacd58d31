// The build stamp of a bundle loaded through V8's code cache (src/cli/code-cache.ts): its last
// line names the package version and a hash of its content, fixed when it is built, so the cache
// key changes with every build that changes the code, even when the file keeps its size and mtime
// (a CI cache restore, an installer that keeps the tarball's mtime, `touch -r`). V8 itself only
// checks the source's length. Reading the stamp costs the loader a slice of text it reads anyway.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** The stamp line's prefix; code-cache.ts reads what follows it. */
export const BUILD_STAMP_PREFIX = '\n//# prove-hooks-build=';

/** `text` with its stamp: `<version>-<first 16 hex digits of the SHA-256 of text>`. */
export function stampBundleText(text, version) {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `${text}${BUILD_STAMP_PREFIX}${version}-${hash}\n`;
}

/** Stamps the bundle `file` in place. */
export function stampBundle(file, version) {
  writeFileSync(file, stampBundleText(readFileSync(file, 'utf8'), version));
}
