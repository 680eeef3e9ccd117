// Finding an article's configuration on disk: the nearest .claimline.json, or package.json with a
// "claimline" key, from the article's folder upwards (the nearest one wins, whole, as with most
// linters), or the one --config names. Looked up once per folder.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, ConfigError, parseConfigText, type ProjectConfig } from '../core/config';
import { describeFsError } from './input';

export interface FoundConfig {
  config: ProjectConfig;
  /** The file it came from (null: no configuration), and its folder, which `ignore` globs are relative to. */
  path: string | null;
  root: string;
}

/** A configuration that cannot be used, reported with its path: the run stops before checking. */
export class ConfigFileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

const NONE = (root: string): FoundConfig => ({ config: {}, path: null, root });

/** Reads and parses one configuration file; null when a package.json has no "claimline" key. */
export function loadConfigFile(path: string): FoundConfig | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigFileError(path, describeFsError(error));
  }
  const isPackageJson = path.endsWith('package.json');
  try {
    const config = parseConfigText(text, isPackageJson);
    return config ? { config, path, root: dirname(resolve(path)) } : null;
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigFileError(path, error.message);
    throw error;
  }
}

export class ConfigFinder {
  private readonly byFolder = new Map<string, FoundConfig>();
  private readonly fixed: FoundConfig | undefined;

  /** `file`: --config; `disabled`: --no-config. */
  constructor(options: { file?: string; disabled?: boolean }) {
    if (options.disabled) this.fixed = NONE(process.cwd());
    else if (options.file !== undefined) {
      const found = loadConfigFile(options.file);
      if (!found) throw new ConfigFileError(options.file, 'has no "claimline" key');
      this.fixed = found;
    }
  }

  /** The configuration of an article (by path), or of the current folder for standard input. */
  forFile(file: string | null): FoundConfig {
    if (this.fixed) return this.fixed;
    return this.forFolder(file === null ? process.cwd() : dirname(resolve(file)));
  }

  forFolder(folder: string): FoundConfig {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const found = this.lookIn(folder) ?? (dirname(folder) === folder ? NONE(folder) : this.forFolder(dirname(folder)));
    this.byFolder.set(folder, found);
    return found;
  }

  private lookIn(folder: string): FoundConfig | null {
    for (const name of [CONFIG_FILE_NAME, 'package.json']) {
      const path = join(folder, name);
      let found: FoundConfig | null;
      try {
        found = loadConfigFile(path);
      } catch (error) {
        // Absent is the usual case; anything else (broken JSON, unreadable) is reported.
        if (error instanceof ConfigFileError && error.message.endsWith('no such file')) continue;
        if (error instanceof ConfigFileError && error.message.endsWith('is a directory')) continue;
        throw error;
      }
      if (found) return found;
    }
    return null;
  }
}
