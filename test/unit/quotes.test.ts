// Quoted statements, speakers and sentence attribution. Every fixture here is written for these
// tests (no corpus text).
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyzeQuotes, type QuoteAnalysis } from '../../src/core/quotes';
import { releaseTokens, tokenize } from '../../src/core/quotes/mentions';
import { paragraphs, sentences } from '../../src/core/text';
import type { Quote } from '../../src/core/types';

function analyze(text: string): QuoteAnalysis & { text: string } {
  const paragraphSpans = paragraphs(text);
  return { ...analyzeQuotes(text, paragraphSpans, sentences(text, paragraphSpans)), text };
}

function quoteTexts(text: string): string[] {
  return analyze(text).quotes.map((q) => q.text);
}

function onlyQuote(text: string): Quote {
  const { quotes } = analyze(text);
  assert.equal(quotes.length, 1, `expected one quote in ${JSON.stringify(text)}, got ${JSON.stringify(quotes.map((q) => q.text))}`);
  return quotes[0];
}

/** The attribution of the sentence that contains `needle`. */
function sentenceAttribution(text: string, needle: string) {
  const paragraphSpans = paragraphs(text);
  const sentenceSpans = sentences(text, paragraphSpans);
  const result = analyzeQuotes(text, paragraphSpans, sentenceSpans);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  const index = sentenceSpans.findIndex((s) => s.start <= at && at < s.end);
  assert.ok(index >= 0, `no sentence holds ${needle}`);
  assert.equal(result.sentences.length, sentenceSpans.length);
  return result.sentences[index];
}

describe('quotes: quote marks', () => {
  const styles: [string, string, string][] = [
    ['straight double quotes', '"We will rebuild the bridge," Smith said.', '"We will rebuild the bridge,"'],
    ['curly double quotes', '“We will rebuild the bridge,” Smith said.', '“We will rebuild the bridge,”'],
    ['guillemets', '«We will rebuild the bridge», Smith said.', '«We will rebuild the bridge»'],
    ['German low-high quotes', '„We will rebuild the bridge“, Smith said.', '„We will rebuild the bridge“'],
    ['curly single quotes', '‘We will rebuild the bridge,’ Smith said.', '‘We will rebuild the bridge,’'],
    ['straight single quotes', "'We will rebuild the bridge,' Smith said.", "'We will rebuild the bridge,'"],
    ['curly close used as an opener', '”We will rebuild the bridge before the floods come back next year.” ― Ana Smith', '”We will rebuild the bridge before the floods come back next year.”'],
  ];
  for (const [name, text, expected] of styles) {
    it(`finds ${name}, marks included`, () => {
      const quote = onlyQuote(text);
      assert.equal(quote.text, expected);
      assert.equal(text.slice(quote.start, quote.end), expected);
      assert.ok(quote.speaker, 'speaker expected');
    });
  }

  const apostrophes: [string, string][] = [
    ['contractions', "Smith said he doesn't think the workers won't strike."],
    ['possessives', 'Russia’s partners and Bolivia’s government met with the company’s board.'],
    ['decades', 'Back in the ’90s and the \'80s, Smith said, things were different.'],
    ['plural possessives', "The students' union and the teachers’ council met on Monday."],
    ['leading apostrophes', "They said 'em all were rock 'n' roll fans 'til dawn."],
  ];
  for (const [name, text] of apostrophes) {
    it(`does not mistake ${name} for quotes`, () => {
      assert.deepEqual(quoteTexts(text), []);
    });
  }

  it("reads a doubled apostrophe as a double quote mark (the ''…'' archive style)", () => {
    const text = "''We don't plan to close the line,'' said Marta Quiroga, the operator's director. ''It carries 9,000 people a day.''";
    const { quotes } = analyze(text);
    assert.deepEqual(
      quotes.map((q) => q.text),
      ["''We don't plan to close the line,''", "''It carries 9,000 people a day.''"],
    );
    assert.equal(quotes[0].speaker?.name, 'Marta Quiroga');
    assert.equal(quotes[1].speaker?.name, 'Marta Quiroga');
  });

  it("continues a multi-paragraph ''…'' quote into the next paragraph", () => {
    const text = "''The budget is spent,'' the mayor, Ana Ruiz, said. ''We cannot open the depot this year.\n\n''Nor can we hire drivers before March,'' she added.";
    const { quotes } = analyze(text);
    assert.deepEqual(
      quotes.map((q) => [q.text.slice(0, 14), q.group]),
      [["''The budget i", 0], ["''We cannot op", 1], ["''Nor can we h", 1]],
    );
  });

  it('keeps apostrophes inside a quote', () => {
    assert.equal(onlyQuote('“Russia’s partners don’t agree with the students’ demands,” Smith said.').text, '“Russia’s partners don’t agree with the students’ demands,”');
  });

  it('treats a nested quote as part of the outer statement', () => {
    const quote = onlyQuote('“He told me ‘never again’ and I believed him,” Smith said.');
    assert.equal(quote.text, '“He told me ‘never again’ and I believed him,”');
  });

  it('nests curly quotes inside straight ones', () => {
    const quote = onlyQuote('"She called it “a disaster” on the radio yesterday," Smith said.');
    assert.equal(quote.text, '"She called it “a disaster” on the radio yesterday,"');
  });

  it('drops an unclosed inner quote when the outer one closes', () => {
    assert.equal(onlyQuote('“He said ‘maybe and then he left the room,” Smith said.').text, '“He said ‘maybe and then he left the room,”');
  });

  it('splits a multi-paragraph quote into pieces sharing a group', () => {
    const text = [
      'Mayor Ana Ruiz said: “The first paragraph of the statement explains the plan.',
      '“The second paragraph reopens the quote and keeps going.',
      '“The third paragraph finally closes it.”',
      'The council will vote next week.',
    ].join('\n\n');
    const { quotes } = analyze(text);
    assert.equal(quotes.length, 3);
    assert.deepEqual(quotes.map((q) => q.group), [0, 0, 0]);
    assert.ok(quotes[0].text.startsWith('“The first') && quotes[0].text.endsWith('plan.'));
    assert.ok(quotes[2].text.endsWith('closes it.”'));
    assert.deepEqual(quotes.map((q) => q.speaker?.name), ['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
    assert.deepEqual(quotes.map((q) => q.speaker?.method), ['name', 'continuation', 'continuation']);
  });

  it('numbers groups by quote index when earlier quotes exist', () => {
    const text = '“One short opening statement here,” Smith said.\n\nJones said: “The first paragraph of her statement.\n\n“The second paragraph ends it.”';
    const { quotes } = analyze(text);
    assert.deepEqual(quotes.map((q) => q.group), [0, 1, 1]);
  });

  it('caps an unbalanced quote at its paragraph end', () => {
    const text = 'Smith said: “This quote never closes and just goes on.\n\nThe next paragraph is narration about the bridge and the river.';
    const quote = onlyQuote(text);
    assert.equal(quote.end, text.indexOf('\n\n'));
    assert.ok(!quote.text.includes('narration'));
  });

  it('ignores a stray closing mark', () => {
    assert.deepEqual(quoteTexts('The narration ” has a stray mark, and nothing else.'), []);
  });

  it('does not let a line-per-paragraph layout join quotes across lines', () => {
    const text = '“The first line quote is here and it never closes at all\n“The second line is its own quote,” Smith said.';
    const { quotes } = analyze(text);
    assert.equal(quotes.length, 2);
    assert.ok(quotes[0].end <= text.indexOf('\n'));
  });
});

describe('quotes: statements vs scare quotes and titles', () => {
  const notStatements: [string, string][] = [
    ['a scare quote', 'The so-called “experts” were wrong about the bridge.'],
    ['a show title', 'He watched “Morning Joe” on Friday before work.'],
    ['a film title with a verb nearby', 'Smith told “Morning Joe” on Friday that the vote was close.'],
    ['a book title', 'Her book “The Art of the Bridge” sold well.'],
    ['a single word', 'The “new” plan looks a lot like the old one.'],
  ];
  for (const [name, text] of notStatements) {
    it(`skips ${name}`, () => assert.deepEqual(quoteTexts(text), []));
  }

  it('keeps a short quoted phrase framed by a reporting verb', () => {
    const quote = onlyQuote('Smith called the plan “a disaster” on Monday.');
    assert.equal(quote.text, '“a disaster”');
    assert.equal(quote.speaker?.mention, 'Smith');
  });

  it('keeps a partial quote in reported speech', () => {
    const quote = onlyQuote('Lopez said the bridge was “unsafe for heavy trucks” and had to close.');
    assert.equal(quote.speaker?.name, 'Lopez');
  });

  it('keeps a partial quote of four words or more woven into a sentence, spoken by its subject', () => {
    const quote = onlyQuote('In recent weeks, Alvarez has gone after the mayor as a “builder of bridges to nowhere” and worse.');
    assert.equal(quote.text, '“builder of bridges to nowhere”');
    assert.equal(quote.speaker?.mention, 'Alvarez');
  });

  it('takes a description opening the sentence as the speaker of a partial quote', () => {
    const quote = onlyQuote('The county engineer wants the council to find money for “every bridge older than fifty years.”');
    assert.equal(quote.speaker?.mention, 'The county engineer');
  });

  const shortOrCapitalised: [string, string][] = [
    ['a three-word phrase', 'The mayor has built a “bridge for everyone” since May.'],
    ['a capitalised phrase of four words', 'The council adopted the “Bridges for Every Town” plan in May.'],
    ['a phrase after a colon', 'Headline of the day: “bridges are falling apart again”'],
  ];
  for (const [name, text] of shortOrCapitalised) {
    it(`still skips ${name} with no attribution`, () => assert.deepEqual(quoteTexts(text), []));
  }

  it('keeps a one-word answer introduced by a speech verb and a comma', () => {
    const quote = onlyQuote('Asked whether the bridge would reopen this year, Okafor said, “Probably.”');
    assert.equal(quote.text, '“Probably.”');
    assert.equal(quote.speaker?.mention, 'Okafor');
  });

  it('keeps a short sentence introduced by a participle and a comma', () => {
    const quote = onlyQuote('Marchers filled the square on Sunday, saying, “Fix it now!”');
    assert.equal(quote.text, '“Fix it now!”');
  });

  it('still skips a title after a comma that follows no speech verb', () => {
    assert.deepEqual(quoteTexts('She told the story in her second book, “Bridges Home.”'), []);
  });

  it('reads a progressive framing verb ("is praising X as “…”")', () => {
    const quote = onlyQuote('Okafor is praising the engineer as “a real friend”.');
    assert.equal(quote.speaker?.mention, 'Okafor');
  });

  it('finds the name before a parenthetical and an apposition', () => {
    const quote = onlyQuote('Sen. Maria Okafor (D-Ore.), chair of the transport panel, said the bridge was “unsafe for trucks” again.');
    assert.equal(quote.speaker?.mention, 'Maria Okafor');
  });

  it('keeps a long unattributed quote, with no speaker', () => {
    const quote = onlyQuote('“Nobody expected the river to rise this fast in a single night.”');
    assert.equal(quote.speaker, null);
  });
});

describe('quotes: edited quotes', () => {
  const cases: [string, string, string[]][] = [
    ['brackets', '“We will work with [Russian] partners on the plan,” Smith said.', ['[Russian]']],
    ['three dots', '“We will work with partners ... on the plan,” Smith said.', ['...']],
    ['an ellipsis character', '“We will work with partners … on the plan,” Smith said.', ['…']],
    ['spaced dots', '“We will work with partners . . . on the plan,” Smith said.', ['. . .']],
    ['brackets and dots', '“Gas [trade] is key ... and so is beef,” Smith said.', ['[trade]', '...']],
  ];
  for (const [name, text, edits] of cases) {
    it(`marks ${name} as edited`, () => {
      const quote = onlyQuote(text);
      assert.equal(quote.edited, true);
      assert.deepEqual(quote.edits.map((e) => text.slice(e.start, e.end)), edits);
    });
  }

  it('leaves an untouched quote unedited', () => {
    const quote = onlyQuote('“We will work with partners on the plan.” Smith said.');
    assert.equal(quote.edited, false);
    assert.deepEqual(quote.edits, []);
  });
});

describe('quotes: speakers', () => {
  const cases: [string, string, string, string, string][] = [
    // [name, text, mention, canonical name, method]
    ['name before the verb', '“We are ready for the vote,” Lopez said.', 'Lopez', 'Lopez', 'name'],
    ['inverted verb', '“We are ready for the vote,” said Lopez.', 'Lopez', 'Lopez', 'name'],
    ['title stripped', '“We are ready for the vote,” said Sen. Maria Lopez.', 'Maria Lopez', 'Maria Lopez', 'name'],
    ['Mr. before a name', '“Fine,” Mr. Obama said.', 'Obama', 'Obama', 'name'],
    ['explained', '“The budget is balanced this year,” Lopez explained.', 'Lopez', 'Lopez', 'name'],
    ['added', '“The budget is balanced this year,” Lopez added.', 'Lopez', 'Lopez', 'name'],
    ['told reporters with a colon', 'Lopez told reporters: “We have the votes we need.”', 'Lopez', 'Lopez', 'name'],
    ['wrote', 'Lopez wrote: “We have the votes we need.”', 'Lopez', 'Lopez', 'name'],
    ['tweeted', 'Lopez tweeted: “Big day tomorrow for the whole city.”', 'Lopez', 'Lopez', 'name'],
    ['according to', 'According to Lopez, “the plan is ready for a vote.”', 'Lopez', 'Lopez', 'according-to'],
    ['apposition', '“We are done here,” Paul Rieck, founder of the veterans group, said.', 'Paul Rieck', 'Paul Rieck', 'name'],
    ['party tag in parentheses', '“We are done here,” Rep. Jim Clay (D-Ohio) said.', 'Jim Clay', 'Jim Clay', 'name'],
    ['title and place before the name', '“The centre will open,” Russian Ambassador to Bolivia Vladimir Sprinchan said.', 'Vladimir Sprinchan', 'Vladimir Sprinchan', 'name'],
    ['dash signature', '“We need more buses on the east side of town.” ― Carla Diaz', 'Carla Diaz', 'Carla Diaz', 'name'],
    ['transcript label', '"WALLACE: Will you be at the debate tomorrow night, Governor?"', 'WALLACE', 'WALLACE', 'name'],
    ['description without a named person', '“The talks failed again today,” a senior official said.', 'a senior official', 'a senior official', 'description'],
    ['clause subject of a participle', 'Lopez went on the attack, saying, “The plan is a failure from start to finish.”', 'Lopez', 'Lopez', 'name'],
    ['a participle after an object', 'Lopez issued a statement saying the plan was “a very positive step” for the city.', 'Lopez', 'Lopez', 'name'],
    ['a participle after an introductory phrase', 'Speaking at a rally in Dayton, Ohio, Lopez went after Ruiz, calling him “a total failure.”', 'Lopez', 'Lopez', 'name'],
    ['lower-case modifiers before the name', '“She will be tougher in the next debate,” said former Idaho Gov. Carl Benson.', 'Carl Benson', 'Carl Benson', 'name'],
    ['a role noun before the name', '“The department is committed to transparency,” said spokesman Tom Reyes.', 'Tom Reyes', 'Tom Reyes', 'name'],
    ['a place before a lower-case title', '“There has been a lot of talk about that,” said former Idaho governor Carl Benson.', 'Carl Benson', 'Carl Benson', 'name'],
    ['a name set off by commas', '“We looked at the map in December,” the campaign’s manager, Jeff Ortiz, said in an interview.', 'Jeff Ortiz', 'Jeff Ortiz', 'name'],
    ['any noun phrase after an inverted verb', '“Now he will go to work for you,” said the 46-year-old.', 'the 46-year-old', 'the 46-year-old', 'description'],
  ];
  for (const [name, text, mention, canonical, method] of cases) {
    it(`attributes through ${name}`, () => {
      const quote = onlyQuote(text);
      assert.ok(quote.speaker, 'speaker expected');
      assert.equal(quote.speaker.mention, mention);
      assert.equal(text.slice(quote.speaker.start, quote.speaker.end), mention);
      assert.equal(quote.speaker.name, canonical);
      assert.equal(quote.speaker.method, method);
    });
  }

  it('resolves a surname to the longest mention in the article', () => {
    const text = 'New President Luis Arce met reporters on Monday.\n\n“We will restore relations,” Arce said.';
    const quote = onlyQuote(text);
    assert.equal(quote.speaker?.mention, 'Arce');
    assert.equal(quote.speaker?.name, 'Luis Arce');
  });

  it('resolves a pronoun to the most recent person', () => {
    const text = 'Mayor Ana Ruiz said on Monday that the city is ready.\n\n“We will finish the bridge by spring,” she said.';
    const quote = onlyQuote(text);
    assert.equal(quote.speaker?.mention, 'she');
    assert.equal(quote.speaker?.name, 'Ana Ruiz');
    assert.equal(quote.speaker?.method, 'pronoun');
  });

  it('resolves "he" past a woman quoted last to a man named since, who was not quoted', () => {
    const text =
      'Senator Maria Lopez criticized the bill.\n\n"This is a disaster," Lopez told reporters.\n\n' +
      'Her opponent, Gov. Tom Reed, was unmoved. "The numbers speak for themselves," he said.';
    const { quotes } = analyze(text);
    assert.equal(quotes[0].speaker?.name, 'Maria Lopez');
    assert.equal(quotes[1].speaker?.mention, 'he');
    assert.equal(quotes[1].speaker?.name, 'Tom Reed');
  });

  it('resolves "she" past men quoted since to the woman quoted before them', () => {
    const text =
      '"We are ready," said Maria Lopez.\n\n"We are not," said John Hart.\n\n"Then we will see," she said.';
    assert.equal(analyze(text).quotes[2].speaker?.name, 'Maria Lopez');
  });

  it('leaves "she" unresolved when only men are named nearby', () => {
    const text = '"We are ready," said John Hart, the mayor.\n\n"It will pass," she said.';
    const speaker = analyze(text).quotes[1].speaker;
    assert.equal(speaker?.mention, 'she');
    assert.equal(speaker?.name, 'she');
  });

  it('resolves a description to the person holding that title', () => {
    const text = 'The vote was close, President Luis Arce said.\n\n“Later we may talk again,” the president said.';
    const quote = onlyQuote(text);
    assert.equal(quote.speaker?.mention, 'the president');
    assert.equal(quote.speaker?.name, 'Luis Arce');
    assert.equal(quote.speaker?.method, 'description');
  });

  it('keeps the speaker across consecutive quote paragraphs', () => {
    const text = '“The first part of the answer is about money,” Lopez said.\n\n“The second part, a new paragraph, is about time and people.”';
    const { quotes } = analyze(text);
    assert.equal(quotes.length, 2);
    assert.equal(quotes[1].speaker?.name, 'Lopez');
    assert.equal(quotes[1].speaker?.method, 'continuation');
  });

  it('gives the second piece of a paragraph the same speaker', () => {
    const text = '“The first sentence,” said Lopez. “And then a second one follows right after it.”';
    const { quotes } = analyze(text);
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes.map((q) => q.speaker?.mention), ['Lopez', 'Lopez']);
  });

  it('picks each quote’s own speaker in a conversation', () => {
    const text = '“Are you ready for the vote?” Lopez asked.\n\n“We have been ready for weeks,” Ruiz replied.';
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker?.name), ['Lopez', 'Ruiz']);
  });

  it('does not read "a Donald Trump tweet" as a speech verb', () => {
    const text = 'Clinton is describing as “unhinged” a Donald Trump tweet about the pageant.';
    assert.equal(onlyQuote(text).speaker?.mention, 'Clinton');
  });
});

describe('quotes: speakers in longer sentences', () => {
  // [name, text, start of the quote, expected speaker mention]
  const cases: [string, string, string, string][] = [
    // A noun phrase right after a quote that hands over, however far its verb.
    ['a speaker with an apposition before a far verb', '“We will appeal the ruling,” a lawyer for the families, who spoke on condition of anonymity, told reporters.', '“We will', 'a lawyer'],
    ['a lower-case plural before the verb', '“The numbers do not add up,” federal auditors wrote.', '“The numbers', 'federal auditors'],
    ['a description with a prepositional phrase', '“Vote early and bring a friend,” a narrator in the new ad says.', '“Vote', 'a narrator'],
    ['a name with a long affiliation', '“We will appeal the ruling,” Maria Lopez of the Center for Civic Studies at Dayton State wrote in March.', '“We will', 'Maria Lopez'],
    // A verb inside a relative or subordinate clause after the quote is not its attribution.
    ['a relative clause after a partial quote', 'Wilcox said he was “a big supporter” of the plan, which he argued would help students.', '“a big', 'Wilcox'],
    // A fronted subordinate clause does not take the quote from the main clause.
    ['a fronted when-clause', 'When Lopez took the stage, Ruiz called her “a friend of the city.”', '“a friend', 'Ruiz'],
    ['a passive agent before an infinitive', 'Asked by Ruiz to respond to the charge, Lopez said, “The numbers speak for themselves.”', '“The numbers', 'Lopez'],
    // A pronoun in a relative clause stands for the subject of the clause around it.
    ['what she calls', 'Lopez has railed against what she calls “the downtown cartel.”', '“the downtown', 'Lopez'],
    // A quote after a colon: the clause ending at the colon introduces it, whatever its verb.
    ['a colon after a clause without a speech verb', 'After Ruiz suggested the deal was off, Lopez fired back forcefully: “If they sue us, we will win.”', '“If they', 'Lopez'],
    ['a colon after a pronoun clause', 'Lopez took questions for an hour. She then went on: “Here is what I regret most.”', '“Here is', 'She'],
    ['a colon, and a speaker named after the quote', 'Ruiz was far less cheerful: “The market will hate this deal,” Lopez recalled.', '“The market', 'Lopez'],
    // Lone participles, adverbs and time nouns opening a sentence are not names.
    ['a participle opening the sentence', 'Filling in for the mayor, Ruiz took aim at “the downtown cartel and its friends.”', '“the downtown', 'Ruiz'],
    ['a time noun opening the sentence', 'Hours later, Ruiz took aim at “the downtown cartel and its friends.”', '“the downtown', 'Ruiz'],
    // A quote that ends its sentence: the next sentence attributes it only if it stops at the verb.
    ['a new sentence with content of its own', '“The vote was fair,” Lopez said.\n\n“We will not back down from this fight, not now and not ever.” Ruiz added that the council would meet again on Monday.', '“We will', 'Lopez'],
    ['a new sentence that only attributes', '“The vote was fair,” Lopez said.\n\n“We will not back down from this fight, not now and not ever.” Ruiz said.', '“We will', 'Ruiz'],
    // Negative cases: the rules above stay within their conditions.
    ['a pronoun after "in which" keeps its own clause', 'Lopez has a plan, in which she calls for “a fresh start for the city.”', '“a fresh', 'she'],
    ['a name ending in -ing before its verb', 'Manning took aim at “the downtown cartel and its friends.”', '“the downtown', 'Manning'],
    ['a name ending in -ly before its verb', 'Kelly took aim at “the downtown cartel and its friends.”', '“the downtown', 'Kelly'],
    ['a subordinate clause without a comma before the later verb', 'Lopez spoke briefly, although she did say that Ruiz agreed to “keep the park open for everyone.”', '“keep', 'she'],
  ];
  for (const [name, text, quoteStart, mention] of cases) {
    it(`attributes through ${name}`, () => {
      const quote = analyze(text).quotes.find((q) => q.text.startsWith(quoteStart));
      assert.ok(quote, `no quote starting ${quoteStart}`);
      assert.equal(quote.speaker?.mention, mention);
      assert.equal(text.slice(quote.speaker!.start, quote.speaker!.end), mention);
    });
  }

  // [name, text, a mention that must not be the speaker]
  const negatives: [string, string, string][] = [
    ['a lone lower-case verb after a quote', '“Call the roll,” came shouts from the floor.', 'came'],
    ['a clause with a verb of its own after an exclamation', 'She held up a sign. “Vote for the future now!” Her father worried that voters had already said no.', 'Her father'],
  ];
  for (const [name, text, wrong] of negatives) {
    it(`does not attribute through ${name}`, () => {
      for (const quote of analyze(text).quotes) assert.notEqual(quote.speaker?.mention, wrong);
    });
  }
});

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

describe('quotes: robustness', () => {
  it('returns one attribution per sentence, even with no quotes', () => {
    const text = 'One sentence. Another sentence here.\n\nA third one.';
    const result = analyze(text);
    assert.equal(result.quotes.length, 0);
    assert.equal(result.sentences.length, sentences(text).length);
  });

  it('handles empty text', () => {
    assert.deepEqual(analyzeQuotes('', [], []), { quotes: [], sentences: [] });
  });

  it('keeps its invariants on arbitrary mixes of quote marks, names and verbs', () => {
    const pieces = ['"', "'", '‘', '’', '“', '”', '„', '«', '»', ' ', '\n', '\n\n', 'said', 'Smith', 'he', ',', '.', ':', '(', ')', '―', 'According to', 'the president', '[x]', '...', '…', 'Mr.', 'told', 'REUTERS/Ana Ortega', 'saying'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const paragraphSpans = paragraphs(text);
        const sentenceSpans = sentences(text, paragraphSpans);
        const result = analyzeQuotes(text, paragraphSpans, sentenceSpans);
        assert.equal(result.sentences.length, sentenceSpans.length);
        result.quotes.forEach((quote, index) => {
          assert.ok(quote.start >= 0 && quote.start < quote.end && quote.end <= text.length);
          assert.equal(text.slice(quote.start, quote.end), quote.text);
          assert.ok(quote.group <= index);
          if (quote.speaker) assert.equal(text.slice(quote.speaker.start, quote.speaker.end), quote.speaker.mention);
          for (const edit of quote.edits) assert.ok(edit.start >= quote.start && edit.end <= quote.end);
          if (index > 0) assert.ok(quote.start >= result.quotes[index - 1].end, 'quotes are ordered and disjoint');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on a huge paragraph full of unbalanced marks and apostrophes', () => {
    const chunk = '“Smith’s plan won’t work said he, and ‘the students’ council agreed ';
    const text = chunk.repeat(20000);
    const started = Date.now();
    const result = analyze(text);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 5000, `took ${elapsed} ms`);
    for (const q of result.quotes) assert.ok(q.end <= text.length);
  });
});

describe('quotes: module state (the token pool)', () => {
  // The tokenizer recycles token objects between calls (mentions.ts); analyzeQuotes releases them
  // when it returns. An analysis must not see what an earlier one, or a stray tokenize call, left.
  const first = '“We will rebuild the bridge by May,” said Mayor Ann Rowe. She added: “It is a promise.”\n\nCritics disagreed. “It will never open,” Tom Hale told reporters.';
  const second = 'Sen. Luis Arce, an economist at the Pacific Institute, said the plan was “a fantasy dressed up as policy.” “Nobody believes it,” he said.';

  it('gives the same analysis after another analysis and after a tokenize call left tokens behind', () => {
    const alone = analyze(first);
    analyze(second);
    const afterOther = analyze(first);
    tokenize(second, 0, second.length);
    const afterStrayTokens = analyze(first);
    assert.deepEqual(afterOther, alone);
    assert.deepEqual(afterStrayTokens, alone);
    assert.equal(alone.quotes[0].speaker?.name, 'Ann Rowe');
    assert.equal(alone.quotes.at(-1)?.speaker?.name, 'Tom Hale');
  });

  it('hands out a token array that the next call overwrites (why callers keep offsets, not tokens)', () => {
    const tokens = tokenize(second, 0, 10);
    const words = tokens.map((t) => t.lower);
    tokenize(first, 0, 30);
    assert.notDeepEqual(tokens.map((t) => t.lower), words);
    releaseTokens();
  });
});
