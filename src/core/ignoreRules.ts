// Whether gitignore-style patterns (a configuration's `ignore` globs, a .claimlineignore file)
// leave a file out, judged as a folder walk does: a folder the patterns leave out is never entered,
// so everything below it is out too, whatever a later `!pattern` says about the file.
import ignore, { type Ignore } from 'ignore';

const matchers = new WeakMap<readonly string[], Ignore>();

/** `relative`: the file's path below the patterns' folder, with `/` separators and no leading `./`. */
export function ignoredBy(patterns: readonly string[], relative: string): boolean {
  if (relative === '' || relative.startsWith('../') || relative.startsWith('/')) return false;
  let matcher = matchers.get(patterns);
  if (!matcher) matchers.set(patterns, (matcher = ignore().add([...patterns])));
  const parts = relative.split('/');
  for (let depth = 1; depth < parts.length; depth++) {
    if (matcher.ignores(`${parts.slice(0, depth).join('/')}/`)) return true;
  }
  return matcher.ignores(relative);
}
