// From the command line's FILE, DIR and GLOB arguments to the list of articles to check, in a
// stable order (by name, folder by folder, whatever order the file system lists them in).
// Folders are searched for article extensions; `ignore` globs of the configuration and
// .claimlineignore files (gitignore syntax, applying to their folder and below) leave files out.
// A file named explicitly is always checked. Symbolic links are followed, each folder once.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { STDIN_ARGUMENT } from './args';
import { IGNORE_FILE_NAME } from '../core/config';
import type { FoundConfig } from './config';
import { describeFsError } from './input';

/** Extensions a folder walk checks, besides the configuration's `extensions`. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
/** Never articles: version control, dependencies, the editor's notes folder. */
const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules', '.claimline']);

export interface WalkReport {
  /** A folder or argument that could not be read: the run exits 2, the other files are checked. */
  fail(path: string, message: string): void;
  /** Something left out on purpose (a symbolic link loop): said on stderr, not a failure. */
  notice(path: string, message: string): void;
}

export interface ArticleFile {
  path: string;
  /** Found in a folder or by a pattern, rather than named: if it is gone when read, it vanished. */
  walked: boolean;
}

interface Rules {
  /** Matchers of .claimlineignore files and configuration ignore globs, with their folders. */
  ignores: Array<{ root: string; matcher: Ignore }>;
}

export class ArticleWalker {
  private readonly configIgnores = new Map<string, Ignore>();
  private readonly seen = new Set<string>();
  private readonly files: ArticleFile[] = [];

  constructor(
    private readonly configFor: (folder: string) => FoundConfig,
    private readonly report: WalkReport,
  ) {}

  /** The articles named by the arguments, each once, in the order given and by name inside folders. */
  collect(args: string[]): ArticleFile[] {
    for (const arg of args) this.argument(arg);
    return this.files;
  }

  private argument(arg: string): void {
    if (arg === STDIN_ARGUMENT) {
      this.files.push({ path: arg, walked: false });
      return;
    }
    const scan = picomatch.scan(arg);
    // A path that exists is taken as written, even with glob characters in its name.
    if (scan.isGlob && !existsSync(arg)) {
      this.glob(scan.base || '.', scan.glob, arg);
      return;
    }
    let isFolder = false;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      // A missing or unreadable file is reported by the reader, in its place in the output.
    }
    if (isFolder) {
      const before = this.files.length;
      this.folder(arg, { ignores: [] }, new Set(), (path) => this.isArticle(path));
      if (this.files.length === before) this.report.notice(arg, 'no articles found in this folder');
    } else this.add(arg, false);
  }

  private glob(base: string, pattern: string, arg: string): void {
    const matches = picomatch(pattern, { dot: false });
    const before = this.files.length;
    if (existsSync(base)) this.folder(base, { ignores: [] }, new Set(), (path) => matches(relative(base, path).split(sep).join('/')));
    if (this.files.length === before) this.report.fail(arg, 'no files match this pattern');
  }

  /**
   * Adds a file once (by its real path). `real`: its real path when known (a folder walk's entry
   * that is no symbolic link is its real folder's real path and its name, without a look-up per file).
   */
  private add(path: string, walked: boolean, real?: string): void {
    let key = real ?? resolve(path);
    if (real === undefined) {
      try {
        key = realpathSync(path);
      } catch {
        // A missing file keeps its own name, and is reported when read.
      }
    }
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.files.push({ path, walked });
  }

  private isArticle(path: string): boolean {
    const lower = path.toLowerCase();
    const dot = lower.lastIndexOf('.');
    if (dot < 0) return false;
    const extension = lower.slice(dot);
    if (ARTICLE_EXTENSIONS.includes(extension)) return true;
    return this.configFor(resolve(path, '..')).config.extensions?.includes(extension) ?? false;
  }

  /**
   * Walks a folder depth first, entries by name. `ancestors` holds the real paths of the folders
   * being walked, so a link back to one of them (a loop) is noticed and not followed.
   */
  private folder(path: string, rules: Rules, ancestors: Set<string>, wanted: (path: string) => boolean): void {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(path);
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      this.report.fail(path, `folder cannot be read: ${describeFsError(error)}`);
      return;
    }
    if (ancestors.has(real)) {
      this.report.notice(path, 'symbolic link loop, not followed');
      return;
    }
    const inner: Rules = { ignores: [...rules.ignores, ...this.ignoresOf(path, entries)] };
    const folderAncestors = new Set(ancestors).add(real);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = join(path, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        try {
          const target = statSync(child);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ELOOP') this.report.notice(child, 'symbolic link loop, not followed');
          else this.report.notice(child, `broken symbolic link (${describeFsError(error)}), skipped`);
          continue;
        }
      }
      if (isFolder) {
        if (SKIPPED_FOLDERS.has(entry.name) || this.ignored(child, true, inner)) continue;
        this.folder(child, inner, folderAncestors, wanted);
      } else if (isFile && wanted(child) && !this.ignored(child, false, inner)) {
        this.add(child, true, link ? undefined : join(real, entry.name));
      }
    }
  }

  /** The .claimlineignore of this folder and the ignore globs of the configuration that applies here. */
  private ignoresOf(path: string, entries: Dirent[]): Rules['ignores'] {
    const found: Rules['ignores'] = [];
    const { config, root } = this.configFor(resolve(path));
    if (config.ignore && config.ignore.length > 0) {
      let matcher = this.configIgnores.get(root);
      if (!matcher) {
        matcher = ignore().add(config.ignore);
        this.configIgnores.set(root, matcher);
      }
      found.push({ root, matcher });
    }
    if (entries.some((entry) => entry.name === IGNORE_FILE_NAME)) {
      const file = join(path, IGNORE_FILE_NAME);
      try {
        found.push({ root: resolve(path), matcher: ignore().add(readFileSync(file, 'utf8')) });
      } catch (error) {
        this.report.fail(file, `ignore file cannot be read: ${describeFsError(error)}`);
      }
    }
    return found;
  }

  private ignored(path: string, isFolder: boolean, rules: Rules): boolean {
    const absolute = resolve(path);
    for (const { root, matcher } of rules.ignores) {
      const inside = relative(root, absolute);
      if (inside === '' || inside.startsWith('..')) continue;
      const posix = inside.split(sep).join('/');
      if (matcher.ignores(isFolder ? `${posix}/` : posix)) return true;
    }
    return false;
  }
}
