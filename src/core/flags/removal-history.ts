// When the last reference of a flag was removed: read from a bounded `git log -S` with patches,
// newest commit first. Pure: the log text in, per key the newest commit whose diff removed more
// mentions of the key than it added.

/** The commit that removed a key's last mention. `date` is the committer date, `YYYY-MM-DD`. */
export interface Removal {
  readonly commit: string;
  readonly date: string;
}

/** A POSIX extended regular expression (for `git log --pickaxe-regex -S`) that matches any of the keys. */
export function compilePickaxe(keys: readonly string[]): string {
  return keys.map((key) => key.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|');
}

/**
 * Per key, the newest commit in `log` (git log output, `-p -U0`, newest first, each commit
 * beginning with a NUL, its id, a space and its date `YYYY-MM-DD`) whose diff, outside `skipPaths` (the registries, which name every key), removed
 * more mentions of the key than it added. A mention is the key as a whole word (not inside a
 * longer key). Keys never removed in the log are absent.
 */
export function findLastRemovals(log: string, keys: readonly string[], skipPaths: ReadonlySet<string>): Map<string, Removal> {
  const found = new Map<string, Removal>();
  if (keys.length === 0) return found;
  const wanted = new Set(keys);
  const sorted = [...wanted].sort((a, b) => b.length - a.length);
  const mention = new RegExp(`(?<![\\w.-])(?:${sorted.map((key) => key.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|')})(?![\\w-])`, 'g');
  for (const record of log.split('\0')) {
    if (record === '') continue;
    const header = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d{4}-\d{2}-\d{2})/.exec(record);
    if (header === null) continue;
    const balance = new Map<string, number>();
    let skipping = false;
    for (const line of record.split('\n')) {
      if (line.startsWith('diff --git ')) {
        skipping = false;
        continue;
      }
      if (line.startsWith('--- ') || line.startsWith('+++ ')) {
        const path = line.slice(4).replace(/^[ab]\//, '');
        if (skipPaths.has(path)) skipping = true;
        continue;
      }
      if (skipping) continue;
      const sign = line.charCodeAt(0) === 45 ? -1 : line.charCodeAt(0) === 43 ? 1 : 0;
      if (sign === 0) continue;
      for (const match of line.matchAll(mention)) balance.set(match[0], (balance.get(match[0]) ?? 0) + sign);
    }
    for (const [key, net] of balance) {
      if (net < 0 && !found.has(key)) found.set(key, { commit: header[1]!, date: header[2]! });
    }
    if (found.size === wanted.size) break;
  }
  return found;
}
