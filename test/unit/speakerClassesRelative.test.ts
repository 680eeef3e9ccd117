// Speakers by error class (issue 16), continued: a quote inside a clause of its own whose verb
// reports speech (", who added that …", "as the heckler yelled: …"). Sentences written for these
// tests (no corpus text).
import * as assert from 'node:assert/strict';
import { analyzeQuotes } from '../../src/core/quotes';
import { paragraphs, sentences } from '../../src/core/text';
import { checkSpeakers as check } from './speakerCases';

describe('speaker classes: a quote inside ", who said/added that …" is said by the "who"', () => {
  check([
    // [case, text, words of the quote, expected speaker mention]
    ['a description after an inverted "said"', 'Lee spoke first.\n\n“It was not a convincing case,” said one aide familiar with the talks, who added that the mayor seemed “rattled” by the vote.', 'rattled', 'who'],
    ['an apposition before the "who"', 'Lee spoke first.\n\n“We are ready,” said Tom Reyes, the union’s chief organizer, who added that the members would focus on “the issues at home.”', 'issues at home', 'who'],
    ['someone the main clause is about', 'Lee spoke first.\n\nIn Lima, Ortega sat through a lecture from the Chilean minister, who said that the deal had been “good for both countries.”', 'good for both', 'who'],
    ['modifiers before the verb', 'Lee spoke first.\n\nOrtega praised Bishop Hale, who has publicly vowed to fight the plan because of its “cruelty to families.”', 'cruelty', 'who'],
    // Not the "who": a restrictive clause, a comma that closes the clause, a verb of thought, a
    // speech verb of its own inside the clause.
    ['a restrictive clause after an indefinite noun', 'Lee spoke first.\n\nOrtega is disavowing remarks by a supporter who said voters should not “trust the mayor.”', 'trust the mayor', 'Ortega'],
    ['a comma closes the clause', 'Lee spoke first.\n\nOrtega, who said little at first, later called the plan “a disaster.”', 'a disaster', 'Ortega'],
    ['a verb of thought', 'Lee spoke first.\n\nMadsen recalled in 2008 that his listeners, who wondered if the senator “would be the token candidate,” stayed away.', 'token candidate', 'Madsen'],
    ['another speech verb inside the clause', 'Lee spoke first.\n\nOrtega thanked Hale, who said that the mayor told him the plan was “dead on arrival.”', 'dead on arrival', 'Ortega'],
  ]);

  it('names the speaker by the phrase the "who" follows', () => {
    const text = 'Lee spoke first.\n\n“It was not a convincing case,” said one aide familiar with the talks, who added that the mayor seemed “rattled” by the vote.';
    const spans = paragraphs(text);
    const quote = analyzeQuotes(text, spans, sentences(text, spans)).quotes.find((q) => q.text.includes('rattled'));
    assert.equal(quote?.speaker?.name, 'one aide familiar with the talks');
  });
});

describe('speaker classes: a colon after a speech verb in a subordinate clause ("as X yelled: “…”")', () => {
  check([
    ['"as" after the main clause\'s speaker', 'Lee spoke first.\n\n“We have a guest,” Ortega said as the heckler yelled: “Go home!” The crowd laughed.', 'Go home', 'the heckler'],
    ['"to which"', 'Lee spoke first.\n\nRowe said her plan was strong, to which Hale interjected: “That is not true.”', 'not true', 'Hale'],
    ['an addressee after the verb', 'Lee spoke first.\n\nAs the crowd cheered, the paper reported, his wife whispered to him: “They are still with you.”', 'still with you', 'his wife'],
    // Not the clause: a colon after the main clause's own verb, a pronoun subject.
    ['the main clause\'s verb', 'Lee spoke first.\n\nOrtega told the crowd: “We will win.”', 'We will win', 'Ortega'],
    ['a pronoun subject is left to the pronoun rules', 'Lee spoke first.\n\nOrtega smiled as she said: “We will win.”', 'We will win', 'she'],
  ]);
});

describe('speaker classes: words on a sign, in a headline or an ad ("a sign saying “…”")', () => {
  check([
    ['a sign someone holds', 'Lee spoke first.\n\nMara Olsen held up a sign saying “Teachers Against Cuts - Because We Have Seen This Before.” She is a teacher.', 'Teachers Against', 'a sign'],
    ['a headline that said', 'Lee spoke first.\n\nOrtega posted the story under a headline that said, “Council Votes to Close the Pier.”', 'Close the Pier', 'a headline'],
    ['one of the ads', 'Lee spoke first.\n\nRowe tied Hale to the mayor, with one of her ads asking, “Is Tom Hale independent enough?”', 'independent enough', 'one of her ads'],
    ['a voice-over at the end of an ad', 'Lee spoke first.\n\nThe ad says Hale took money from the builders. It ends with a voice over saying: “Big money for himself. Can you trust Tom Hale?”', 'trust Tom Hale', 'a voice over'],
    // A caption is the words of whoever wrote it.
    ['a caption someone added', 'Lee spoke first.\n\nOrtega added the caption which reads, “The pier stays open.”', 'pier stays', 'Ortega'],
  ]);
});

describe('speaker classes: a quote in what "her remark that …" said is hers', () => {
  check([
    ['"her remark that"', 'Lee spoke first.\n\nFormer US envoy Maria Lopez, a Rowe supporter, drew fire this year over her remark that “there is no room in this party for quitters.”', 'no room', 'her'],
    ['words between the noun and "that"', 'Lee spoke first.\n\nA new group attacked Rowe over her comments before the committee that “I was responsible for quite a bit of the plan.”', 'responsible', 'her'],
    ['"that," before a whole sentence', 'Lee spoke first.\n\nThe union is unlikely to back Rowe after her March comment that, “We are going to close a lot of mines.”', 'close a lot', 'her'],
    // The quote says what the remark was, or a speech verb has its own subject.
    ['a copula instead of "that"', 'Lee spoke first.\n\nOrtega later defended his comments as being “sarcastic.”', 'sarcastic', 'Ortega'],
    ['a verb before "that"', 'Lee spoke first.\n\nOrtega later said his comments were misread and that he was “for keeping the pier open.”', 'keeping the pier', 'Ortega'],
  ]);
});

describe('speaker classes: a quote in a concessive clause that opens the sentence ("Although X admitted …")', () => {
  check([
    ['a name in the clause, a pronoun after', 'Lee spoke first.\n\nAlthough Ortega admitted to the paper that he and the mayor had “been friends for years,” he said they never met.', 'friends for years', 'Ortega'],
    ['a pronoun in the clause, a name after', 'Lee spoke first.\n\nThough he said the plan brought a “handful of new people” to the party, Hale said none were chosen.', 'handful', 'he'],
    ['"While"', 'Lee spoke first.\n\nWhile Rowe said the mayor was “extremely careless” with the money, she said there was no crime.', 'extremely careless', 'Rowe'],
    // Not a concessive clause: the quote after the main clause's verb.
    ['a main clause before the quote', 'Lee spoke first.\n\nAlthough the vote was close, Rowe said the result was “a clear win.”', 'clear win', 'Rowe'],
  ]);
});

describe('speaker classes: an attribution set off by commas before the quote ("Costs, he added, were “…”")', () => {
  check([
    ['a pronoun between commas', 'Lee spoke first.\n\n“We have no plans to build it,” press secretary Tom Hale said Tuesday. Cost estimates, he added, were “based on a prototype.”', 'prototype', 'he'],
    ['"though" before it', 'Lee spoke first.\n\n“I am not ready to do that,” Ortega said last week, though he said, “I hope to.”', 'I hope to', 'he'],
    // Another speech verb after the parenthetical has its own subject.
    ['a speech verb after it', 'Lee spoke first.\n\nThe plan, Rowe said, was dead, and Hale told reporters it was “a waste of money.”', 'waste of money', 'Hale'],
  ]);

  it('names a pronoun by the last person of its gender named before it', () => {
    const text = 'Lee spoke first.\n\n“We have no plans to build it,” press secretary Tom Hale said Tuesday. Cost estimates, he added, were “based on a prototype.”';
    const spans = paragraphs(text);
    const quote = analyzeQuotes(text, spans, sentences(text, spans)).quotes.find((q) => q.text.includes('prototype'));
    assert.equal(quote?.speaker?.name, 'Tom Hale');
  });

  it('looks for that person only as far back as any pronoun does, however long the paragraph', () => {
    const filler = ' The committee met again and the budget was read aloud line by line.'.repeat(30);
    const text = `Lee spoke first.\n\nTom Hale opened the hearing.${filler} Cost estimates, he added, were “based on a prototype.”`;
    const spans = paragraphs(text);
    const quote = analyzeQuotes(text, spans, sentences(text, spans)).quotes.find((q) => q.text.includes('prototype'));
    assert.equal(quote?.speaker?.mention, 'he');
    assert.equal(quote?.speaker?.name, 'he', 'a name 2,000 characters back is out of reach');
  });
});
