// Who said a quote: the speaker next to it, and in longer sentences. Every fixture here is written
// for these tests (no corpus text).
import * as assert from 'node:assert/strict';
import { analyze, onlyQuote } from './quotesFixture';

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
    ['a source after a dash in a roundup', 'Polls missed the late swing in the west - Ann Rowe: “The samples were too small to see it.”', '“The samples', 'Ann Rowe'],
    ['a commentator quoted from a medium', 'The reviews were mixed.\nChris Lane, The Daily Post: “A bold plan with no money behind it.”', '“A bold', 'Chris Lane'],
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
