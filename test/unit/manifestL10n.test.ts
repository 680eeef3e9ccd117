// Every user-visible string of the manifest goes through package.nls.json (English) and
// package.nls.es.json (Spanish): a `%key%` with no entry, or a key only one language has, fails here.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, name), 'utf8'));

/** Every `%key%` placeholder in the manifest, wherever it sits. */
function placeholders(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%([^%\s]+)%$/.exec(value);
    if (match) found.add(match[1]);
  } else if (Array.isArray(value)) {
    for (const item of value) placeholders(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) placeholders(item, found);
  }
  return found;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map(obj) : []);

/** The manifest's user-visible fields that still hold literal text instead of a `%key%`. */
function literalTexts(manifest: Json): string[] {
  const literal = (where: string, text: unknown): string[] => (typeof text === 'string' && !/^%[^%\s]+%$/.test(text) ? [`${where}: ${text}`] : []);
  const out: string[] = [...literal('displayName', manifest.displayName), ...literal('description', manifest.description)];
  const contributes = obj(manifest.contributes);
  for (const command of list(contributes.commands)) out.push(...literal(`${command.command} title`, command.title), ...literal(`${command.command} category`, command.category));
  const configuration = obj(contributes.configuration);
  out.push(...literal('configuration title', configuration.title));
  const visit = (name: string, property: Json): void => {
    for (const field of ['description', 'markdownDescription', 'patternErrorMessage', 'deprecationMessage', 'markdownDeprecationMessage']) out.push(...literal(`${name} ${field}`, property[field]));
    for (const field of ['enumDescriptions', 'markdownEnumDescriptions']) {
      for (const [i, text] of (Array.isArray(property[field]) ? (property[field] as unknown[]) : []).entries()) out.push(...literal(`${name} ${field}[${i}]`, text));
    }
    for (const [child, value] of Object.entries(obj(property.properties))) visit(`${name}.${child}`, obj(value));
  };
  for (const [name, property] of Object.entries(obj(configuration.properties))) visit(name, obj(property));
  for (const walkthrough of list(contributes.walkthroughs)) {
    out.push(...literal(`walkthrough ${walkthrough.id} title`, walkthrough.title), ...literal(`walkthrough ${walkthrough.id} description`, walkthrough.description));
    for (const step of list(walkthrough.steps)) out.push(...literal(`step ${step.id} title`, step.title), ...literal(`step ${step.id} description`, step.description));
  }
  for (const views of Object.values(obj(contributes.views))) for (const view of list(views)) out.push(...literal(`view ${view.id}`, view.name));
  for (const containers of Object.values(obj(contributes.viewsContainers))) for (const container of list(containers)) out.push(...literal(`view container ${container.id}`, container.title));
  return out;
}

describe('manifest localisation (package.nls*.json)', () => {
  const manifest = obj(readJson('package.json'));
  const english = readJson('package.nls.json') as Record<string, string>;
  const spanish = readJson('package.nls.es.json') as Record<string, string>;

  it('has no user-visible literal text left in the manifest', () => {
    assert.deepEqual(literalTexts(manifest), []);
  });

  it('has an English and a Spanish entry for every %key% of the manifest', () => {
    for (const key of placeholders(manifest)) {
      assert.equal(typeof english[key], 'string', `package.nls.json lacks ${key}`);
      assert.equal(typeof spanish[key], 'string', `package.nls.es.json lacks ${key}`);
    }
  });

  it('has the same keys in both languages, none unused, none empty', () => {
    assert.deepEqual(Object.keys(spanish).sort(), Object.keys(english).sort());
    assert.deepEqual(Object.keys(english).sort(), [...placeholders(manifest)].sort());
    for (const [key, text] of [...Object.entries(english), ...Object.entries(spanish)]) assert.ok(text.trim() !== '', `${key} is empty`);
  });

  it('keeps the same `code` spans and {placeholders} in the Spanish text as in the English', () => {
    // Setting values, file patterns and examples in backticks are literal and must survive translation.
    const spans = (text: string): string[] => [...text.matchAll(/`[^`]*`|\{\w+\}/g)].map((m) => m[0]).filter((s) => !/<[^>]+>/.test(s)).sort();
    for (const key of Object.keys(english)) assert.deepEqual(spans(spanish[key]), spans(english[key]), key);
  });

  it('has each walkthrough page in Spanish too (VS Code opens <page>.nls.es.md for Spanish), titled as its step', () => {
    const steps = list(obj(list(obj(manifest.contributes).walkthroughs)[0]).steps);
    assert.ok(steps.length > 0);
    for (const step of steps) {
      const page = String(obj(step.media).markdown);
      const key = /^%([^%]+)%$/.exec(String(step.title))![1];
      const englishText = readFileSync(join(ROOT, page), 'utf8');
      const spanishText = readFileSync(join(ROOT, page.replace(/\.md$/, '.nls.es.md')), 'utf8');
      assert.equal(/^## (.*)$/m.exec(englishText)?.[1], english[key], page);
      assert.equal(/^## (.*)$/m.exec(spanishText)?.[1], spanish[key], page);
      // Commands, paths and examples in backticks are literal; the list has as many items.
      const code = (text: string) => [...text.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();
      const items = (text: string) => text.split('\n').filter((line) => /^- /.test(line)).length;
      assert.deepEqual(code(spanishText), code(englishText), page);
      assert.equal(items(spanishText), items(englishText), page);
    }
  });
});
