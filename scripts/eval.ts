// npm run eval [corpusRoot] [--errors] [--quote-errors]: accuracy on the shared evaluation corpora,
// PolNeAR quotes on dev and in 5-fold cross-validation over train (folds split by story),
// one table, with chrono-node (dates) and a naive regex extractor (quotes) side by side. Corpora are
// read at run time only. --errors also prints every temporal-expression error of Claimline, one per
// line (tab-separated: kind, corpus, file, gold type/value, predicted type/value, context), for
// grouping with grep/sort, and the wrong speakers counted by class on dev and the train folds. --quote-errors prints every missed gold quote and every spurious predicted
// quote of Claimline, one per line (tab-separated: kind, split, file, quote, context before, after).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCorpusRoot } from './corpus';
import { crossValidateQuotes, evaluateQuotes, type QuoteErrorSample, type SpeakerErrorCounts } from './eval/quotes';
import { SPEAKER_ERROR_CLASSES } from './eval/speakerErrors';
import { evaluateTimeml, type ErrorSample } from './eval/timeml';

/** evaluateTimeml reports scores as percentages already. */
function percent(value: number): string {
  return value.toFixed(2);
}

function table(header: string[], rows: Array<Array<string | number>>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: Array<string | number>) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
  const argument = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const errors: ErrorSample[] | undefined = flags.includes('--errors') ? [] : undefined;
  const quoteErrors: QuoteErrorSample[] | undefined = flags.includes('--quote-errors') ? [] : undefined;
  const root = argument ? resolve(argument) : defaultCorpusRoot();
  if (!root || !existsSync(root)) {
    console.error(`claimline eval: no corpus directory${argument ? ` at ${argument}` : ' (pass one, or place ../shared/corpora beside the repository)'}`);
    process.exit(2);
  }
  console.log(`Corpora: ${root}\n`);
  console.log('## Temporal expressions (TempEval-3 scoring; chrono-node fed paragraph by paragraph)\n');
  const timeml = await evaluateTimeml(root, errors);
  table(
    ['corpus', 'system', 'docs', 'gold', 'pred', 'strict P', 'strict R', 'strict F1', 'relaxed F1', 'value acc', 'value F1', 'type F1'],
    timeml.map((r) => [
      r.corpus, r.system, r.docs, r.gold, r.predicted,
      percent(r.strictP), percent(r.strictR), percent(r.strictF1), percent(r.relaxedF1),
      percent(r.valueAccuracy), percent(r.valueF1), percent(r.typeF1),
    ]),
  );
  console.log('\nPublished reference (TE3 platinum test): HeidelTime strict F1 81.34, value F1 77.61; SUTime 79.57 / 67.38.');
  console.log('Targets here: tbaq and meantime value F1 ≥ 85, strict F1 ≥ 88.\n');
  if (errors) printErrors(errors);

  console.log('## Quoted statements and speakers (PolNeAR; match at |gold∩pred|/|gold| ≥ 0.8, greedy one-to-one)\n');
  const devClasses: SpeakerErrorCounts = new Map();
  const cvClasses: SpeakerErrorCounts = new Map();
  const quoteRows = [...(await evaluateQuotes(root, 'dev', quoteErrors, devClasses)), ...(await crossValidateQuotes(root, cvClasses))];
  table(
    ['split', 'system', 'docs', 'gold', 'pred', 'matched', 'precision', 'recall', 'F1', 'speaker acc', "''…'' set aside"],
    quoteRows.map((r) => [r.split, r.system, r.docs, r.gold, r.predicted, r.matched, r.precision.toFixed(3), r.recall.toFixed(3), r.f1.toFixed(3), r.speakerAccuracy.toFixed(3), r.setAside]),
  );
  console.log("\nQuotes written ''…'' (the NYT archive style) are found but not scored: the derived gold has none of them.");
  console.log('\nTrain folds are split by story (the ISO week of publication), never by quote: scripts/eval/folds.ts.');
  console.log('\nTargets: speaker accuracy ≥ 0.93 on dev and ≥ 0.92 over the train folds; precision ≥ 0.96 on both. The corpus notes quote ≈ 0.72 speaker accuracy for a naive extractor; the naive row above is this project\'s own.');
  if (quoteErrors) printQuoteErrors(quoteErrors);
  if (errors) {
    console.log('\n## Wrong speakers by class (matched quotes; scripts/eval/speakerErrors.ts)\n');
    table(
      ['class', 'dev', 'train folds'],
      [...SPEAKER_ERROR_CLASSES.map((c) => [c, devClasses.get(c) ?? 0, cvClasses.get(c) ?? 0]), ['total', sum(devClasses), sum(cvClasses)]],
    );
  }
}

function sum(counts: SpeakerErrorCounts): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

/** One line per error; "span" errors may also have a wrong value (both are shown). */
function printErrors(errors: ErrorSample[]): void {
  console.log(`## Temporal expression errors (${errors.length}; kind, corpus, file, gold, predicted, context)\n`);
  for (const e of errors) {
    const [corpus, file] = e.doc.split('/');
    console.log([e.kind, corpus, file, e.gold ?? '-', e.predicted ?? '-', e.text].join('\t'));
  }
  console.log('');
}

/** One line per missed gold quote or spurious predicted quote; tabs inside the texts become spaces. */
function printQuoteErrors(errors: QuoteErrorSample[]): void {
  console.log(`\n## Quote errors (${errors.length}; kind, split, file, quote, context before, context after)\n`);
  for (const e of errors) console.log([e.kind, e.split, e.file, e.quote, e.before, e.after].join('\t'));
  console.log('');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
