// Quoted statements: which quote marks open and close a quote, statements vs scare quotes and titles,
// edited quotes. Every fixture here is written for these tests (no corpus text).
import * as assert from 'node:assert/strict';
import { analyze, quoteTexts, onlyQuote } from './quotesFixture';

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
