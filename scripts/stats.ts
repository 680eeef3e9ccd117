// Small helpers the benchmark scripts share.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';

/** The middle value (the mean of the two middle ones for an even count): robust to a noisy machine. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The src/ tree of `rev`, extracted under out/bench/`folder` (git archive: no checkout, no worktree). */
export function sourcesAt(rev: string, folder: string): string {
  const root = join(REPO_ROOT, 'out', 'bench', folder);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', rev, 'src'], { cwd: REPO_ROOT, maxBuffer: 256 << 20 });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  return root;
}
