// Wording a fact-checker reads in the findings and hovers, found by reading the messages on the
// corpora: what to follow up for a duration, the article a Spanish day takes, midnight rather than
// TimeML's 24:00, noon and midnight, quarters and the story's time reasoned in Spanish.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { explainAt } from '../../src/core/explain';
import { followUpKey, messages } from '../../src/core/messages/catalog';
import { spanishReasoning } from '../../src/core/messages/reasoningEs';

const DATELINE = 'LONDON, March 3, 2021 -\n\n';

function futureMessages(sentence: string, locale: 'en' | 'es'): string[] {
  return analyze(DATELINE + sentence, { today: '2021-03-04', locale })
    .findings.filter((finding) => finding.rule === 'future-claim')
    .map((finding) => finding.message);
}

describe('message wording', () => {
  it('follows up a duration counted from publication, not "after 8 weeks"', () => {
    const [english] = futureMessages('The bridge will reopen in the next eight weeks, the mayor said.', 'en');
    assert.match(english, /Future claim: follow up 8 weeks after publication\.$/);
    const [spanish] = futureMessages('The bridge will reopen in the next eight weeks, the mayor said.', 'es');
    assert.match(spanish, /Afirmación a futuro: haga el seguimiento 8 semanas después de la publicación\.$/);
    assert.equal(followUpKey('P8W'), 'finding.futureDuration');
    assert.equal(followUpKey('PXY'), 'finding.futureDuration');
  });

  it('gives a day its article in Spanish ("después del 5 de abril"), and a month or a year none', () => {
    const spanish = futureMessages('The bridge will open on 5 April, in June and in 2023.', 'es');
    assert.ok(spanish.some((m) => m.endsWith('haga el seguimiento después del 5 de abril de 2021.')), spanish.join('\n'));
    assert.ok(spanish.some((m) => m.endsWith('haga el seguimiento después de junio de 2021.')), spanish.join('\n'));
    assert.ok(spanish.some((m) => m.endsWith('haga el seguimiento después de 2023.')), spanish.join('\n'));
    const english = futureMessages('The bridge will open on 5 April.', 'en');
    assert.match(english[0], /Future claim: follow up after 5 Apr 2021\.$/);
  });

  it('says midnight, not TimeML\'s 24:00', () => {
    assert.equal(messages('en').describeValue('2021-03-05T24:00'), '5 Mar 2021, midnight');
    assert.equal(messages('es').describeValue('XXXX-XX-XXT24:00'), 'medianoche (fecha desconocida)');
    assert.equal(messages('en').describeValue('2021-03-05T12:00'), '5 Mar 2021, 12:00');
    const [message] = futureMessages('The polls will close at midnight Friday.', 'en');
    assert.match(message, /^at midnight Friday → 5 Mar 2021, midnight \(midnight, the Friday after the publication date/);
    assert.doesNotMatch(message, /24:00/);
  });

  it('reasons about noon and midnight in Spanish', () => {
    assert.equal(
      spanishReasoning('midnight, the Friday after the publication date, 3 Mar 2021; future tense'),
      'medianoche, el viernes posterior a la fecha de publicación, 3 de marzo de 2021; verbo en futuro',
    );
    assert.equal(spanishReasoning('noon, the publication date, 3 Mar 2021'), 'mediodía, la fecha de publicación, 3 de marzo de 2021');
    assert.equal(spanishReasoning('midnight of an unknown day'), 'medianoche de un día desconocido');
    assert.equal(spanishReasoning('noon on the day just named, 5 Mar 2021'), 'mediodía del día recién nombrado, 5 de marzo de 2021');
    assert.equal(spanishReasoning('midnight, a clause nobody wrote a form for'), undefined);
  });

  it("reasons about the quarters of earnings reports and the story's time in Spanish", () => {
    assert.equal(
      spanishReasoning('the latest such quarter by the publication date, 5 Oct 1989; past tense'),
      'el trimestre más reciente con ese nombre hasta la fecha de publicación, 5 de octubre de 1989; verbo en pasado',
    );
    assert.equal(spanishReasoning('the same quarter a year before the quarter just mentioned'), 'el mismo trimestre un año antes del trimestre recién mencionado');
    assert.equal(spanishReasoning('the same quarter 2 years before the quarter just mentioned'), 'el mismo trimestre 2 años antes del trimestre recién mencionado');
    assert.equal(spanishReasoning('the last full quarter before the publication date, 5 Oct 1989, a year before'), 'el último trimestre completo antes de la fecha de publicación, 5 de octubre de 1989, un año antes');
    assert.equal(spanishReasoning('the quarter under discussion, in 1988'), 'el trimestre del que se habla, en 1988');
    assert.equal(spanishReasoning("a week after the story's time, approximated by the publication date, 5 Oct 1989"), 'una semana después del momento del relato, aproximado por la fecha de publicación, 5 de octubre de 1989');
    assert.equal(spanishReasoning('several years before the time of the story (vague amount)'), 'varios años antes del momento del relato (cantidad imprecisa)');
    assert.equal(spanishReasoning('the spring before the publication date, 5 Dec 1989; past tense'), 'la primavera anterior a la fecha de publicación, 5 de diciembre de 1989; verbo en pasado');
    assert.equal(spanishReasoning('the quarter just mentioned, a year after'), 'el trimestre recién mencionado, un año después');
    // Still all or nothing.
    assert.equal(spanishReasoning('the latest such quarter by a day nobody wrote a form for'), undefined);
  });

  it('words a Spanish stale-prediction hover for a day without a missing article', () => {
    const text = `${DATELINE}The bridge will open on 5 April, the mayor said.`;
    const analysis = analyze(text, { today: '2026-12-01' });
    const hover = explainAt({ analysis, text, offset: text.indexOf('5 April'), uri: 'u', noteFor: () => undefined, locale: 'es' })!.markdown;
    assert.match(hover, /esperaba algo para una fecha ya pasada: 5 de abril de 2021 \(hoy es 1 de diciembre de 2026\)/);
  });
});
