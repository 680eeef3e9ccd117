// Locating and reading the shared evaluation corpora at run time. Their texts are never copied
// into the project: scripts read them from a directory given on the command line, or from
// ../shared/corpora beside the repository when it exists.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..');

export function defaultCorpusRoot(): string | null {
  const candidate = resolve(REPO_ROOT, '..', 'shared', 'corpora');
  return existsSync(candidate) ? candidate : null;
}

/** All files under `dir` (recursively) whose name ends with `suffix`, sorted for determinism. */
export function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

/** Plain text of a TimeML document: TEXT with every tag removed, entities left as written. */
export function timemlPlainText(tml: string): { dct: string | null; text: string } {
  const dct = /<DCT>[\s\S]*?value="([^"]+)"/.exec(tml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(tml)?.[1] ?? '';
  return { dct, text: body.replace(/<[^>]+>/g, '') };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
