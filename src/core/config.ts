// The project configuration shared by the editor and the command line: a `.claimline.json` (or the
// `claimline` key of a package.json) with the same keys as the editor's settings. Pure: reading the
// file and finding it are the callers' business (src/cli/config.ts, src/extension/projectConfig.ts).
import { RULE_IDS } from './findings';
import { RULE_LEVELS, type RuleLevel } from './report';
import type { RuleId } from './types';

export const CONFIG_FILE_NAME = '.claimline.json';
/** Files of gitignore-style patterns that leave articles out, for their folder and below. */
export const IGNORE_FILE_NAME = '.claimlineignore';
/** The key of package.json that holds the same object. */
export const PACKAGE_JSON_KEY = 'claimline';

export interface ProjectConfig {
  rules?: Partial<Record<RuleId, RuleLevel>>;
  /** YYYY-MM-DD: the day predictions are compared with. */
  today?: string;
  /** Megabytes; larger articles are skipped. */
  maxFileSize?: number;
  /** Editor language ids analyzed besides plaintext, markdown and html. */
  languages?: string[];
  /** File extensions a folder walk picks up besides .txt .md .markdown .html .htm (".adoc"). */
  extensions?: string[];
  /** gitignore-style patterns, relative to the configuration's folder, of files never checked. */
  ignore?: string[];
  notesLocation?: 'beside' | 'workspaceFolder';
  /** Most findings shown per file in the editor. */
  maxDiagnostics?: number;
}

export const CONFIG_KEYS = ['rules', 'today', 'maxFileSize', 'languages', 'extensions', 'ignore', 'notesLocation', 'maxDiagnostics'] as const;

/** A configuration that cannot be used, with where: "line 3, column 14" of the file, or the key. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line === undefined ? message : `line ${line}, column ${column}: ${message}`);
  }
}

/**
 * Parses a configuration file's text. `packageJson` reads the `claimline` key of a package.json
 * (null when it has none). Throws ConfigError for broken JSON (with its line and column) and for
 * unknown keys or wrong values, so a typo in CI fails loudly instead of checking with defaults.
 */
export function parseConfigText(text: string, packageJson = false): ProjectConfig | null {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const { line, column } = jsonErrorPosition(text, (error as Error).message);
    throw new ConfigError(`invalid JSON (${cleanJsonMessage((error as Error).message)})`, line, column);
  }
  if (packageJson) {
    if (!isObject(value) || !(PACKAGE_JSON_KEY in value)) return null;
    return validateConfig(value[PACKAGE_JSON_KEY], `"${PACKAGE_JSON_KEY}"`);
  }
  return validateConfig(value, 'the configuration');
}

/** The 1-based line and column of a JSON.parse error, from the offset V8 puts in its message. */
export function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const match = /position (\d+)/.exec(message);
  // "Unexpected end of JSON input" has no position: the error is at the end.
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function cleanJsonMessage(message: string): string {
  // The position is given as line and column instead; newer engines also quote the text around it.
  return message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '') || 'syntax error';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value);

function stringList(value: unknown, key: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new ConfigError(`"${key}" must be a list of strings`);
  return value;
}

function nonNegative(value: unknown, key: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ConfigError(`"${key}" must be a number ≥ 0`);
  return value;
}

/** Checks a parsed configuration object; throws ConfigError naming the key that is wrong. */
export function validateConfig(value: unknown, what: string): ProjectConfig {
  if (!isObject(value)) throw new ConfigError(`${what} must be a JSON object`);
  const config: ProjectConfig = {};
  for (const [key, item] of Object.entries(value)) {
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        config.rules = parseRules(item, 'rules');
        break;
      case 'today':
        if (!isDay(item)) throw new ConfigError('"today" must be a date YYYY-MM-DD');
        config.today = item;
        break;
      case 'maxFileSize':
        config.maxFileSize = nonNegative(item, key);
        break;
      case 'maxDiagnostics':
        config.maxDiagnostics = Math.floor(nonNegative(item, key));
        break;
      case 'languages':
        config.languages = stringList(item, key);
        break;
      case 'extensions':
        config.extensions = stringList(item, key).map(normalizeExtension);
        break;
      case 'ignore':
        config.ignore = stringList(item, key);
        break;
      case 'notesLocation':
        if (item !== 'beside' && item !== 'workspaceFolder') throw new ConfigError('"notesLocation" must be "beside" or "workspaceFolder"');
        config.notesLocation = item;
        break;
      default:
        throw new ConfigError(`unknown key "${key}" (known: ${CONFIG_KEYS.join(', ')})`);
    }
  }
  return config;
}

/** `{ "quote": "off" }` checked against the rules and levels; also used for --rule. */
export function parseRules(value: unknown, key: string): Partial<Record<RuleId, RuleLevel>> {
  if (!isObject(value)) throw new ConfigError(`"${key}" must be an object of rule names and severities`);
  const rules: Partial<Record<RuleId, RuleLevel>> = {};
  for (const [rule, level] of Object.entries(value)) {
    if (!(RULE_IDS as string[]).includes(rule)) throw new ConfigError(`unknown rule "${rule}" in "${key}" (rules: ${RULE_IDS.join(', ')})`);
    if (typeof level !== 'string' || !(RULE_LEVELS as string[]).includes(level)) throw new ConfigError(`rule "${rule}" must be one of ${RULE_LEVELS.join(', ')}, not ${JSON.stringify(level)}`);
    rules[rule as RuleId] = level as RuleLevel;
  }
  return rules;
}

function normalizeExtension(extension: string): string {
  const lower = extension.toLowerCase();
  return lower.startsWith('.') ? lower : `.${lower}`;
}

/**
 * Layers configurations, later ones winning key by key; `rules` are merged rule by rule (a
 * workspace setting for one rule keeps the file's other rules).
 */
export function mergeConfigs(...layers: Array<ProjectConfig | null | undefined>): ProjectConfig {
  const merged: ProjectConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of CONFIG_KEYS) {
      if (layer[key] === undefined) continue;
      if (key === 'rules') merged.rules = { ...merged.rules, ...layer.rules };
      else (merged as Record<string, unknown>)[key] = layer[key];
    }
  }
  return merged;
}
