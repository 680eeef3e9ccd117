// npm run snapshot -- [--write FILE | --check FILE] [corpusRoot]: the analyzer's full output on every
// corpus text, one line per document (name and a sha256 of the JSON analysis), so a refactoring can
// prove that it changed nothing. The snapshot file holds only hashes, never corpus text, and lives
// outside the repository (e.g. /tmp/claimline-snapshot.tsv). With --check, every document whose output
// differs is listed and the exit status is 1.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyze, formatFor } from '../src/core/analyze';
import type { DocumentFormat } from '../src/core/types';
import { defaultCorpusRoot, filesUnder, readText, timemlPlainText } from './corpus';

interface Document {
  name: string;
  text: string;
  published?: string;
  format: DocumentFormat;
}

/** Every corpus text the analyzer is measured on: TimeML (with its DCT), PolNeAR, the web pages. */
function* documents(root: string): Generator<Document> {
  for (const file of filesUnder(join(root, 'timeml'), '.tml')) {
    const { dct, text } = timemlPlainText(readText(file));
    yield { name: file.slice(root.length + 1), text, published: dct ?? undefined, format: 'plaintext' };
  }
  for (const file of filesUnder(join(root, 'polnear'), '.txt')) {
    yield { name: file.slice(root.length + 1), text: readText(file), format: 'plaintext' };
  }
  for (const file of filesUnder(join(root, 'web'), '.html.gz')) {
    yield { name: file.slice(root.length + 1), text: gunzipSync(readFileSync(file)).toString('utf8'), format: formatFor(basename(file, '.gz')) };
  }
}

function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const doc of documents(root)) {
    // A fixed "today" so the snapshot does not change with the calendar.
    const analysis = analyze(doc.text, { format: doc.format, published: doc.published, today: '2026-12-01' });
    out.set(doc.name, createHash('sha256').update(JSON.stringify(analysis)).digest('hex'));
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const writeTo = flag('--write');
  const checkAgainst = flag('--check');
  const root = args[0] ? resolve(args[0]) : defaultCorpusRoot();
  if (!root || !existsSync(root)) {
    console.error('snapshot: no corpus folder (pass one, or place the corpora at ../shared/corpora)');
    process.exit(2);
  }
  if (!writeTo && !checkAgainst) {
    console.error('usage: npm run snapshot -- --write FILE | --check FILE [corpusRoot]');
    process.exit(2);
  }
  const current = snapshot(root);
  if (writeTo) {
    writeFileSync(writeTo, [...current].map(([name, hash]) => `${name}\t${hash}\n`).join(''));
    console.log(`snapshot: ${current.size} documents written to ${writeTo}`);
    return;
  }
  const expected = new Map(
    readFileSync(checkAgainst!, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string]),
  );
  const changed = [...new Set([...expected.keys(), ...current.keys()])].filter((name) => expected.get(name) !== current.get(name));
  for (const name of changed) console.log(`changed\t${name}`);
  console.log(`snapshot: ${current.size} documents, ${changed.length} changed`);
  process.exit(changed.length ? 1 : 0);
}

main();
