// A real full disk for tests: a small tmpfs mounted over a folder (root only), filled up to a
// few KiB, so writes there fail with ENOSPC as on a full disk.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when this process may mount a tmpfs (root with the capability; false elsewhere). */
export function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'prove-mount-probe-'));
  try {
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
    if (mounted) unmountOrThrow(probe);
    return mounted;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/**
 * Mounts a `sizeKiB` tmpfs over `folder` (keeping what the folder held), then fills it until
 * about `freeKiB` are left. Returns the function that unmounts it (the folder's old content,
 * as it is on the small disk then, is put back).
 */
export function mountNearlyFullDisk(folder: string, sizeKiB: number, freeKiB: number): () => void {
  const saved = mkdtempSync(join(tmpdir(), 'prove-full-disk-'));
  cpSync(folder, saved, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k`, 'tmpfs', folder], { encoding: 'utf8' });
  if (mounted.status !== 0) throw new Error(`mount failed: ${mounted.stderr}`);
  try {
    cpSync(saved, folder, { recursive: true });
    const { bavail, bsize } = statfsSync(folder);
    const fillBytes = Math.max(0, bavail * bsize - freeKiB * 1024);
    writeFileSync(join(folder, 'filler'), Buffer.alloc(fillBytes));
  } catch (error) {
    // Never leave a mount behind: a failed set-up unmounts and puts the folder back.
    unmountOrThrow(folder);
    cpSync(saved, folder, { recursive: true });
    rmSync(saved, { recursive: true, force: true });
    throw error;
  }
  return () => {
    rmSync(join(folder, 'filler'), { force: true });
    const kept = mkdtempSync(join(tmpdir(), 'prove-full-disk-kept-'));
    cpSync(folder, kept, { recursive: true });
    unmountOrThrow(folder);
    cpSync(kept, folder, { recursive: true });
    rmSync(kept, { recursive: true, force: true });
    rmSync(saved, { recursive: true, force: true });
  };
}

/**
 * Unmounts `folder`. A file the code under test closes in the background (the spool's last
 * close) can keep the mount busy for a moment: retried for up to 5 s, then detached lazily
 * (so no mount outlives the test) and reported as an error, never ignored.
 */
function unmountOrThrow(folder: string): void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let last = '';
  for (let attempt = 0; attempt < 100; attempt++) {
    const result = spawnSync('umount', [folder], { encoding: 'utf8' });
    if (result.status === 0) return;
    last = result.stderr.trim();
    Atomics.wait(sleeper, 0, 0, 50);
  }
  spawnSync('umount', ['-l', folder]);
  throw new Error(`could not unmount ${folder} within 5 s (${last}); detached it lazily`);
}
