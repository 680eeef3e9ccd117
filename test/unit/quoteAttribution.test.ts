// Sentence attribution: who each sentence is attributed to, in an article and for selected sentences
// only. Every fixture here is written for these tests (no corpus text).
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyzeQuotes } from '../../src/core/quotes';
import { paragraphs, sentences } from '../../src/core/text';
import { analyze, sentenceAttribution } from './quotesFixture';

describe('quotes: sentence attribution', () => {
  const article = [
    'LA PAZ (Sputnik) - Bolivia will restore its relations with Russia, new President Luis Arce said in an interview with Sputnik.',
    '"We will restore the relations and continue what was being done," Arce said.',
    'He went on to say that Bolivia wants to supply more food to Russia.',
    'According to Arce, Bolivia is interested in communications technologies.',
    'The construction of the facility was put on hold, Russian Ambassador to Bolivia Vladimir Sprinchan said back in June.',
    'The country also has the right to export meat to Armenia.',
    'President Luis Arce gestures during a celebration in El Alto, October 24, 2020. REUTERS/Ueslei Marcelino',
    'Bolivia plans to buy the vaccine, Arce told Reuters on Monday.',
  ].join('\n\n');

  it('attributes reported speech with its stated source', () => {
    const a = sentenceAttribution(article, 'Bolivia will restore');
    assert.equal(a.speaker?.name, 'Luis Arce');
    assert.equal(a.source, 'interview with Sputnik');
  });

  it('attributes sentences inside a quote to the quote speaker', () => {
    assert.equal(sentenceAttribution(article, 'We will restore the relations').speaker?.name, 'Luis Arce');
  });

  it('resolves "He went on to say that" through the pronoun', () => {
    const a = sentenceAttribution(article, 'He went on to say');
    assert.equal(a.speaker?.mention, 'He');
    assert.equal(a.speaker?.name, 'Luis Arce');
    assert.equal(a.speaker?.method, 'pronoun');
  });

  it('attributes "According to Arce"', () => {
    const a = sentenceAttribution(article, 'According to Arce');
    assert.equal(a.speaker?.name, 'Luis Arce');
    assert.equal(a.speaker?.method, 'according-to');
  });

  it('names the ambassador, not the country, as speaker', () => {
    const a = sentenceAttribution(article, 'put on hold');
    assert.equal(a.speaker?.name, 'Vladimir Sprinchan');
    assert.equal(a.speaker?.mention, 'Vladimir Sprinchan');
  });

  it('leaves plain narration unattributed', () => {
    assert.deepEqual(sentenceAttribution(article, 'right to export meat'), { speaker: null, source: null });
  });

  it('takes a photo credit as the caption’s source', () => {
    assert.equal(sentenceAttribution(article, 'gestures during').source, 'REUTERS/Ueslei Marcelino');
  });

  it('takes "told Reuters" as the source', () => {
    const a = sentenceAttribution(article, 'plans to buy');
    assert.equal(a.source, 'Reuters');
    assert.equal(a.speaker?.name, 'Luis Arce');
  });
});

describe('quotes: a seed-style article', () => {
  // Written for this test in the style of a wire interview: seven statements by one person, six
  // signed with the surname and one with "the minister"; the first and fourth are edited.
  const article = `09:15 GMT12 March 2021
World News

    QUITO (Newswire) - Ecuador will expand its trade with Japan after two slow years, new Trade Minister Elena Vargas said in an interview with Newswire.

    "I believe that our trade with Japan fell in the past year because of the pandemic ... This is why we will reopen the offices and restore the flights. We will sign it all with the government of [Japanese] Prime Minister Kenji Sato," Vargas said.

    She added that she would like to visit Tokyo as soon as possible.

    "I would very much like to meet the prime minister in Tokyo or anywhere else to discuss the issues that both countries care about," Vargas said.

    She went on to say that Ecuador wants to sell more fruit to Japan.

    "We want to export not only bananas but also cocoa, shrimp and flowers, products with which we want to come to Japan," Vargas explained.

    According to Vargas, Ecuador is interested in Japanese rail technology.

    "Rail has always been a sector [of shared interest], and we also want ... to exchange technologies ... for example, signalling and rolling stock," Vargas said.

    The minister also noted that Ecuador would like to cooperate on ports.

    "We are facing serious budget problems, so we will choose projects carefully. Later, of course, we may sign more," the minister said.

    "We have to finish the port study and we want technical support from Japan to expand it," Vargas said.

    "Yes, of course. I understand that the rail loans are not approved yet, but I think it has been discussed already," Vargas said.

    Elena Vargas gestures during a press conference in Quito, Ecuador, March 3, 2021. REUTERS/Ana Ortega
`;

  it('finds exactly seven statements, all by Elena Vargas', () => {
    const { quotes } = analyze(article);
    assert.equal(quotes.length, 7);
    assert.deepEqual(quotes.map((q) => q.speaker?.name), new Array(7).fill('Elena Vargas'));
    assert.deepEqual(quotes.map((q) => q.speaker?.mention), ['Vargas', 'Vargas', 'Vargas', 'Vargas', 'the minister', 'Vargas', 'Vargas']);
  });

  it('marks the first and fourth statements as edited', () => {
    assert.deepEqual(analyze(article).quotes.map((q) => q.edited), [true, false, false, true, false, false, false]);
  });

  it('gives every quote span its own marks', () => {
    analyze(article).quotes.forEach((quote, index) => {
      assert.equal(article[quote.start], '"');
      assert.equal(article[quote.end - 1], '"');
      assert.equal(quote.group, index);
    });
  });
});

describe('quotes: attributing selected sentences only', () => {
  // Names, pronouns, descriptions, quotes that borrow a speaker, a stated source and a credit,
  // so that every way a sentence gets its speaker is exercised.
  const article = [
    'SANTIAGO (Newswire) - Chile will open two ports next year, Transport Minister Rosa Ibarra said in an interview with Newswire.',
    '"We will finish the northern terminal first," Ibarra said. "The southern one follows."',
    'She added that the budget was approved in May.',
    'The minister said the works would employ 4,000 people.',
    '"It is a long road,"',
    'According to Ibarra, the ports will cost $2 billion.',
    'Officials said the tender closes in June. A harbour pilot, Tomas Ruiz, said the channel is too shallow.',
    '"Nobody asked us," Ruiz told Reuters. He said the pilots would strike.',
    'The port at dawn, March 3, 2021. REUTERS/Ana Ortega',
    'Deputy Mayor Carla Mendez said the city backs the plan. She added that the first ships arrive in July.',
    'Ibarra declined to comment further.',
  ].join('\n\n');

  function both(text: string, select: (index: number) => boolean) {
    const paragraphSpans = paragraphs(text);
    const sentenceSpans = sentences(text, paragraphSpans);
    return {
      full: analyzeQuotes(text, paragraphSpans, sentenceSpans),
      partial: analyzeQuotes(text, paragraphSpans, sentenceSpans, { attributeSentences: select }),
    };
  }

  function assertSameWhereSelected(text: string, select: (index: number) => boolean) {
    const { full, partial } = both(text, select);
    assert.deepEqual(partial.quotes, full.quotes, 'quotes and their speakers do not depend on the selection');
    assert.equal(partial.sentences.length, full.sentences.length);
    partial.sentences.forEach((attribution, index) => {
      if (select(index)) assert.deepEqual(attribution, full.sentences[index], `sentence ${index}`);
      else assert.deepEqual(attribution, { speaker: null, source: null }, `unselected sentence ${index}`);
    });
  }

  it('gives each selected sentence the attribution of the full computation', () => {
    const count = sentences(article).length;
    for (let only = 0; only < count; only++) assertSameWhereSelected(article, (index) => index === only);
    assertSameWhereSelected(article, (index) => index % 2 === 0);
    assertSameWhereSelected(article, () => false);
    assertSameWhereSelected(article, () => true);
  });

  it('still resolves a selected pronoun and description through unselected sentences', () => {
    const sentenceSpans = sentences(article);
    const find = (needle: string) => sentenceSpans.findIndex((span) => article.slice(span.start, span.end).includes(needle));
    const pronoun = find('She added');
    const description = find('The minister said');
    // Carla Mendez is named only in the unselected sentence before: no quote carries her name.
    const afterNarration = find('first ships');
    const { partial } = both(article, (index) => index === pronoun || index === description || index === afterNarration);
    assert.equal(partial.sentences[pronoun].speaker?.name, 'Rosa Ibarra');
    assert.equal(partial.sentences[description].speaker?.name, 'Rosa Ibarra');
    assert.equal(partial.sentences[afterNarration].speaker?.name, 'Carla Mendez');
    assert.deepEqual(partial.sentences[find('Officials said')], { speaker: null, source: null });
  });

  it('matches the full computation on arbitrary texts and selections', () => {
    const words = ['"', '“', '”', ' ', '\n\n', 'said', 'Smith', 'Ana Ortega', 'he', 'she', ',', '.', ':', 'the minister', 'Minister', 'According to', 'told Reuters', 'in an interview with Newswire', 'REUTERS/Ana Ortega', 'officials', 'added', 'the port will open'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 80 }), fc.array(fc.boolean(), { maxLength: 40 }), (parts, mask) => {
        assertSameWhereSelected(parts.join(' '), (index) => mask[index % Math.max(1, mask.length)] ?? false);
      }),
      { numRuns: 300 },
    );
  });

  it('resolves a pronoun only to a person named within about an article’s length', () => {
    const filler = 'The river rose again overnight. '.repeat(60);
    const text = `Smith said the dam was safe. ${filler}He said the bridge was closed.`;
    const last = sentences(text).length - 1;
    assert.equal(sentenceAttribution(`Smith said the dam was safe. He said the bridge was closed.`, 'He said').speaker?.name, 'Smith');
    const { full } = both(text, () => true);
    assert.equal(full.sentences[last].speaker?.mention, 'He');
    assert.equal(full.sentences[last].speaker?.name, 'He', 'too far back to be the same person');
  });
});
