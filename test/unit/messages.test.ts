// The core's message catalog (src/core/messages): every language has exactly the English keys and
// placeholders, the Spanish reads as Spanish in each place the core writes (diagnostics, hovers,
// dates, timeline, exports, the command line), and the language is chosen as documented.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { resolvedLocale } from '../../src/cli/args';
import { summaryLine } from '../../src/cli/text';
import { analyze } from '../../src/core/analyze';
import { explainAt } from '../../src/core/explain';
import { exportTimeline } from '../../src/core/exports';
import { en } from '../../src/core/messages/en';
import { es } from '../../src/core/messages/es';
import { format, localeFromEnvironment, localeOf, messages } from '../../src/core/messages/catalog';
import { spanishReasoning } from '../../src/core/messages/reasoningEs';
import { buildTimeline } from '../../src/core/timeline';

// The catalog offers two spellings of some values (a month's full name or its abbreviation, a
// century as an ordinal or in Roman numerals): a language uses either, and they count as one.
const SAME_VALUE: Record<string, string> = { monthShort: 'month', roman: 'ordinal' };
const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => SAME_VALUE[m[1]] ?? m[1]))].sort();

/** What a catalog lacks or has in excess of the English, and placeholders that differ. */
function catalogProblems(english: Record<string, string>, other: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) if (!(key in other)) problems.push(`missing ${key}`);
  for (const key of Object.keys(other)) if (!(key in english)) problems.push(`extra ${key}`);
  for (const key of Object.keys(english)) {
    if (!(key in other)) continue;
    if (other[key].trim() === '') problems.push(`empty ${key}`);
    if (placeholders(other[key]).join() !== placeholders(english[key]).join()) problems.push(`placeholders of ${key}: ${placeholders(other[key]).join()} instead of ${placeholders(english[key]).join()}`);
  }
  return problems;
}

const ARTICLE = [
  'LA PAZ, 14 March 2021',
  '',
  'The minister said in September 2020 that the bridge would reopen by June 2022.',
  '',
  '"We will finish the works [this year]," the mayor said.',
  '',
  'They met last week.',
].join('\n');

describe('message catalog', () => {
  it('has the English keys and placeholders in Spanish, and the check finds a missing, extra or changed one', () => {
    assert.deepEqual(catalogProblems(en, es), []);
    const { 'finding.quote': _dropped, ...missing } = es;
    assert.deepEqual(catalogProblems(en, missing), ['missing finding.quote']);
    assert.deepEqual(catalogProblems(en, { ...es, 'finding.extra': 'x' }), ['extra finding.extra']);
    assert.deepEqual(catalogProblems(en, { ...es, 'finding.quote': 'Cita textual de {quien}.' }), ['placeholders of finding.quote: quien instead of who']);
    assert.deepEqual(catalogProblems(en, { ...es, 'finding.stale': '{clause}. Predicción vencida (hoy es {today}).' }), ['placeholders of finding.stale: clause,today instead of clause,today,who']);
  });

  it('fills named placeholders once, leaving text that looks like one inside a value alone', () => {
    assert.equal(format('{a} and {b}', { a: '{b}', b: '$&' }), '{b} and $&');
    assert.equal(format('{a} {missing}', { a: 1 }), '1 {missing}');
  });

  it('picks the language from a tag, the environment or --locale; English otherwise', () => {
    assert.equal(localeOf('es-419'), 'es');
    assert.equal(localeOf('es_MX.UTF-8'), 'es');
    assert.equal(localeOf('pt-BR'), 'en');
    assert.equal(localeOf(undefined), 'en');
    assert.equal(localeFromEnvironment({ LANG: 'es_BO.UTF-8' }), 'es');
    assert.equal(localeFromEnvironment({ LC_ALL: 'C', LANG: 'es_BO.UTF-8' }), 'en', 'LC_ALL wins over LANG');
    assert.equal(localeFromEnvironment({ LC_MESSAGES: 'es_AR', LANG: 'en_US' }), 'es');
    assert.equal(resolvedLocale({ locale: 'en' }, { LANG: 'es_MX' }), 'en');
    assert.equal(resolvedLocale({}, { LANG: 'es_MX' }), 'es');
  });

  it('words dates in Spanish as a newsroom writes them', () => {
    const spanish = messages('es');
    assert.equal(spanish.describeValue('2020-09'), 'septiembre de 2020');
    assert.equal(spanish.describeValue('2020-12-05'), '5 de diciembre de 2020');
    assert.equal(spanish.describeValue('2021-Q1'), 'primer trimestre de 2021');
    assert.equal(spanish.describeValue('199X'), 'la década de 1990');
    assert.equal(spanish.describeValue('199'), 'la década de 1990');
    assert.equal(spanish.describeValue('20XX'), 'el siglo XXI');
    assert.equal(spanish.describeValue('P18M'), '18 meses');
    assert.equal(spanish.describeValue('PXW'), 'algunas semanas');
    assert.equal(spanish.describeValue('2020-12-05TMO'), '5 de diciembre de 2020 (en la mañana)');
    assert.equal(messages('en').describeValue('2020-09'), 'September 2020');
    assert.equal(messages('en').describeValue('20XX'), 'the 21st century');
    // A weekday with no publication date to place it: named, never shown as its TimeML value.
    assert.equal(messages('en').describeValue('XXXX-WXX-7'), 'Sunday (date unknown)');
    assert.equal(messages('en').describeValue('XXXX-WXX-1TMO'), 'Monday morning (date unknown)');
    assert.equal(spanish.describeValue('XXXX-WXX-3'), 'miércoles (fecha desconocida)');
    assert.equal(spanish.describeValue('XXXX-WXX-7TNI'), 'domingo en la noche (fecha desconocida)');
    assert.equal(messages('en').describeValue('XXXX-XX-XXT10:30'), '10:30 (date unknown)');
    assert.equal(messages('en').describeValue('XXXX-Q3'), 'the third quarter (year unknown)');
    assert.equal(spanish.describeValue('XXXX-H1'), 'el primer semestre (año desconocido)');
    assert.equal(messages('en').describeValue('P1Y6M'), '1 year and 6 months');
    assert.equal(spanish.describeValue('P2Y1M'), '2 años y 1 mes');
    // Relative dates with no publication date ("last year", "yesterday", "last spring").
    assert.equal(messages('en').describeValue('XXXX'), 'year unknown');
    assert.equal(messages('en').describeValue('XXXX-XX-XX'), 'day unknown');
    assert.equal(spanish.describeValue('XXXX-WXX'), 'semana desconocida');
    assert.equal(messages('en').describeValue('XXXX-SP'), 'spring (year unknown)');
    assert.equal(messages('en').describeValue('XXXX-XX-XXTAF'), 'afternoon (date unknown)');
    assert.equal(messages('en').describeValue('XXXX-03-05T10:30'), '5 March (year unknown), 10:30');
    assert.equal(messages('en').describeValue('PT2H30M'), '2 hours and 30 minutes');
  });

  it('rewords the analyzer\'s reasoning in Spanish clause by clause, or leaves it whole in English', () => {
    assert.equal(
      spanishReasoning('the Friday before the publication date, 5 Dec 2020; past tense'),
      'el viernes anterior a la fecha de publicación, 5 de diciembre de 2020; verbo en pasado',
    );
    assert.equal(spanishReasoning('24 August on or before the publication date, 6 Oct 2011; past tense'), 'el último 24 de agosto hasta la fecha de publicación, 6 de octubre de 2011; verbo en pasado');
    assert.equal(spanishReasoning('the previous week, but there is no publication date'), 'la semana anterior, pero no hay fecha de publicación');
    assert.equal(spanishReasoning('duration of 1.5 years'), 'duración de 1,5 años');
    assert.equal(spanishReasoning('explicit month'), 'mes explícito');
    // A part of the period, story time (what the narrative last dated), an unknown publication date.
    assert.equal(spanishReasoning('explicit year (early)'), 'año explícito (a principios)');
    assert.equal(spanishReasoning('the one after the day the story last named'), 'el siguiente al último día nombrado en el relato');
    assert.equal(spanishReasoning('the one before the week the story last named'), 'la anterior a la última semana nombrada en el relato');
    assert.equal(spanishReasoning('the same month the story last named'), 'el mismo mes que el último nombrado en el relato');
    assert.equal(spanishReasoning('3 days after the time the story last named'), '3 días después del último momento nombrado en el relato');
    assert.equal(spanishReasoning('a year before an unknown publication date'), 'un año antes de una fecha de publicación desconocida');
    assert.equal(spanishReasoning('the month and year of the date next to it: explicit date'), 'el mes y el año de la fecha contigua: fecha explícita');
    assert.equal(spanishReasoning('quarter of an unknown year (no publication date)'), 'trimestre de un año desconocido (no hay fecha de publicación)');
    // Holidays keep the name the article gives them.
    assert.equal(spanishReasoning('Christmas of 1935, the year the passage is set in; past tense'), 'Christmas de 1935, el año en que transcurre el pasaje; verbo en pasado');
    assert.equal(spanishReasoning("New Year's Day of an unknown year"), "New Year's Day de un año desconocido");
    assert.equal(spanishReasoning('Election Day: the Tuesday after the publication date, 5 Dec 2020'), 'Election Day: el martes posterior a la fecha de publicación, 5 de diciembre de 2020');
    assert.equal(spanishReasoning('the week of an unknown year'), undefined, 'a lower-case English clause is not a holiday');
    // One clause it does not know: nothing is translated, so a message is never half English.
    assert.equal(spanishReasoning('explicit year; a reading nobody wrote a form for'), undefined);
    assert.equal(messages('es').reasoning('a reading nobody wrote a form for'), 'a reading nobody wrote a form for');
    assert.equal(messages('en').reasoning('explicit month'), 'explicit month');
  });

  it('gives Spanish diagnostics, English ones by default', () => {
    const english = analyze(ARTICLE, { today: '2026-12-01' }).findings.map((f) => f.message);
    const spanish = analyze(ARTICLE, { today: '2026-12-01', locale: 'es-419' }).findings.map((f) => f.message);
    assert.equal(spanish.length, english.length);
    assert.ok(english.includes('in September 2020 → September 2020 (explicit month); according to the minister.'), english.join('\n'));
    assert.ok(spanish.includes('in September 2020 → septiembre de 2020 (mes explícito); según the minister.'), spanish.join('\n'));
    const stale = spanish.find((message) => message.startsWith('by June 2022'));
    assert.match(stale ?? '', /^by June 2022 → junio de 2022 \(mes explícito\); según the minister\. Predicción vencida \(hoy es 1 de diciembre de 2026\): verifique si se cumplió\.$/);
    assert.ok(spanish.some((message) => /^Cita editada \(\[this year\]\): compárela con la declaración original/.test(message)), spanish.join('\n'));
    assert.ok(spanish.some((message) => message.startsWith('Cita textual de ')), spanish.join('\n'));
    assert.ok(!spanish.some((message) => /Quoted statement|Prediction whose|according to/.test(message)), spanish.join('\n'));
  });

  it('gives a Spanish hover for a date and its claim', () => {
    const analysis = analyze(ARTICLE, { today: '2026-12-01' });
    const offset = ARTICLE.indexOf('June 2022');
    const hover = (locale?: string) => explainAt({ analysis, text: ARTICLE, offset, uri: 'file:///a.txt', noteFor: () => undefined, locale })?.markdown ?? '';
    assert.match(hover('es'), /\*\*June 2022\*\* → junio de 2022 \(`2022-06`\)/);
    assert.match(hover('es'), /\*\*Predicción vencida\*\*: esta afirmación a futuro esperaba algo para una fecha ya pasada: junio de 2022 \(hoy es 1 de diciembre de 2026\)/);
    assert.match(hover('es'), /Publicado el 14 de marzo de 2021/);
    assert.match(hover(), /\*\*Stale prediction\*\*: this future claim expected something by June 2022, which is before today \(1 Dec 2026\)/);
  });

  it('gives the timeline and its Markdown export in Spanish', () => {
    const analysis = analyze(ARTICLE, { today: '2026-12-01' });
    const model = buildTimeline(analysis, { noteFor: () => undefined }, { locale: 'es' });
    const months = model.years.flatMap((year) => year.months.map((month) => month.label));
    assert.ok(months.includes('Septiembre de 2020'), months.join(' | '));
    const september = model.years.flatMap((year) => year.months).find((month) => month.label === 'Septiembre de 2020');
    const entry = september?.items.find((item) => item.type === 'entry');
    assert.equal(entry?.type === 'entry' ? entry.expression?.reasoning : undefined, 'mes explícito');
    const markdown = exportTimeline(model, 'markdown', { articleName: 'puente.txt', locale: 'es' }).text;
    assert.match(markdown, /^# Línea de tiempo de afirmaciones: puente\.txt\n\nPublicado el 14 de marzo de 2021 \(.*\) · hoy: 1 de diciembre de 2026 · \d+ entradas con fecha/);
    assert.match(markdown, /\*\*junio de 2022\*\*: .*\(\*\*predicción vencida\*\*, afirmación a futuro, declarante: the minister, sin verificar\)/);
    const english = exportTimeline(buildTimeline(analysis, { noteFor: () => undefined }), 'markdown', { articleName: 'bridge.txt' }).text;
    assert.match(english, /^# Claim timeline: bridge\.txt\n\nPublished 14 Mar 2021/);
  });

  it('words every publication-date source publication.ts writes', () => {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'core', 'publication.ts'), 'utf8');
    // Every quoted English description ("the dateline", "the page's <meta> …"), and the front matter's.
    const written = [...source.matchAll(/'(the (?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"));
    if (source.includes('`front matter \\`${field[1]}:\\``')) written.push('front matter `date:`');
    assert.equal(written.length, 9, written.join(' | '));
    const spanish = messages('es');
    for (const description of written) {
      assert.notEqual(spanish.publicationSource(description), description, description);
      assert.equal(messages('en').publicationSource(description), description);
    }
    assert.equal(spanish.publicationSource('front matter `date:`'), 'los metadatos iniciales, `date:`');
  });

  it('writes the command line summary in Spanish, with Spanish plurals', () => {
    const spanish = messages('es');
    assert.equal(summaryLine(1, [0, 2, 1, 0], 1, false, spanish), '1 archivo revisado: 3 hallazgos (2 advertencias, 1 informativo); 1 archivo no se pudo leer');
    assert.equal(summaryLine(2, [0, 1, 0, 0], 0, false), '2 files checked: 1 finding (1 warning)');
  });

  it('claimline check --locale es prints Spanish messages; a wrong locale is a usage error', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runCli(['check', '--locale', 'es', '--today', '2026-12-01', '--stdin-name', 'nota.txt', '-'], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), readStdin: () => Buffer.from(ARTICLE) }, '1.2.3');
    assert.equal(code, 1, stderr.join('\n'));
    const out = stdout.join('\n');
    assert.match(out, /nota\.txt:3:\d+: information dated-claim: in September 2020 → septiembre de 2020 \(mes explícito\); según the minister\./);
    assert.match(out, /archivos? revisados?: \d+ hallazgos \(/);
    const wrong: string[] = [];
    assert.equal(await runCli(['check', '--locale', 'fr', '-'], { stdout: () => undefined, stderr: (l) => wrong.push(l) }), 2);
    assert.match(wrong.join('\n'), /--locale must be one of en, es, not "fr"/);
  });
});
