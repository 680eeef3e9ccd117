// The temporal tagger's word tables (src/core/temporal/, the words in en/, tense words included): each word
// is listed once per table (a Set's entries, or a …WORDS list that a Set is made of). Read from the source, since a Set silently drops a repeated entry and
// the repeat then only misleads the next reader.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..', 'src', 'core', 'temporal');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A list of words: the entries of a Set, or a constant named …WORDS that a Set is made of. */
function isWordTable(node: ts.ArrayLiteralExpression): boolean {
  const parent = node.parent;
  if (ts.isNewExpression(parent)) return parent.expression.getText() === 'Set';
  return ts.isVariableDeclaration(parent) && parent.name.getText().endsWith('WORDS');
}

/** "file:line: word" for every word written twice in one word table. */
function repeatedWords(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node) && isWordTable(node) && node.elements.length > 1 && node.elements.every(ts.isStringLiteral)) {
      const seen = new Set<string>();
      for (const element of node.elements as ts.NodeArray<ts.StringLiteral>) {
        if (seen.has(element.text)) {
          const line = source.getLineAndCharacterOfPosition(element.getStart()).line + 1;
          found.push(`${file.slice(ROOT.length + 1)}:${line}: ${element.text}`);
        }
        seen.add(element.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('temporal word tables', () => {
  it('list each word once per table', () => {
    const files = sourceFiles(ROOT);
    assert.ok(files.some((file) => file.endsWith(join('en', 'words.ts'))));
    assert.deepEqual(files.flatMap((file) => repeatedWords(file)), []);
  });

  it('finds a word written twice, wherever the table is nested', () => {
    const probe = join(ROOT, 'en', 'probe.ts');
    const text = "const A = new Set(['in', 'of']);\nconst B = words({ x: new Set(['by', 'in',\n'by']) });\nconst C_WORDS = ['a', 'a'];\nconst CODES = ['past', 'past'];";
    assert.deepEqual(repeatedWords(probe, text), [`${join('en', 'probe.ts')}:3: by`, `${join('en', 'probe.ts')}:4: a`]);
  });
});
