// Speakers by error class (issue 16): each case is a sentence pattern the attribution rules must
// get right, written for these tests (no corpus text). One describe per class.
import * as assert from 'node:assert/strict';
import { analyzeQuotes } from '../../src/core/quotes';
import { paragraphs, sentences } from '../../src/core/text';
import { checkSpeakers as check } from './speakerCases';

describe('speaker classes: the attribution after a quote', () => {
  check([
    // [case, text, words of the quote, expected speaker mention]
    ['any past-tense verb that ends the sentence', 'Lee spoke first.\n\n“Would that hold for the harbour too?” Ortega pressed.', 'harbour', 'Ortega'],
    ['a phrasal verb that ends the sentence', 'Lee spoke first.\n\n“They want everything for free,” Ortega shot back.', 'for free', 'Ortega'],
    ['a determiner-led name', 'Lee spoke first.\n\n“The city will always be the city,” an angry Ortega retaliated.', 'always', 'an angry Ortega'],
    ['the verb followed by a comma', 'Lee spoke first.\n\n“Not today,” Ortega snapped, and left the room.', 'Not today', 'Ortega'],
    [
      'an inverted verb after a long quote whose comma was left out',
      'Lee spoke first.\n\n“For months we have had to stand by while leaks have tried to create a false story" said Nick Merrill, a spokesman.',
      'false story',
      'Nick Merrill',
    ],
    [
      'an inverted verb after the reporter’s words',
      'Lee spoke first.\n\n“For most teachers, he is saying the right things” about pay and pensions, said Ana Kilroy, who leads a union of teachers.',
      'right things',
      'Ana Kilroy',
    ],
    [
      'not a clause joined by “but” after the quote',
      'Defense Secretary Ana Cole said the approach remained “one of commitment, strength and inclusion”, but he also warned against provocations.',
      'commitment',
      'Ana Cole',
    ],
    [
      'not a conjoined clause after a quote inside the reporter’s sentence',
      'Mostly they offered colourful language. Cruz said he would make the desert “glow in the dark,” for instance, and Lopez vowed to do more.',
      'glow',
      'Cruz',
    ],
  ]);
});

describe('speaker classes: a relative clause holds the quote', () => {
  check([
    ['the relative pronoun is the local mention', 'Dana Beck, who has often described the mayor as “a reckless spender,” spoke last.', 'reckless', 'who'],
    ['after a comma that ends the clause', 'The mayor won the support of Tom Reyes, who declared at the rally, “It is time for this party to unite behind one candidate and win.”', 'unite', 'who'],
    ['not when a comma closes the clause before the verb', 'Dana Beck, who spoke last, said “the budget is a mess and everyone here knows it.”', 'mess', 'Dana Beck'],
    [
      'a relative clause that ends at a colon',
      'Any decision would involve the mayor, Ana Ruiz, who told the council when asked about the audit: “That matter is being handled by the auditors.”',
      'auditors',
      'who',
    ],
    ['not across a sentence end', '“We will see,” said Dana Beck, who chairs the panel. “Nobody has seen the figures yet.”', 'Nobody', 'Dana Beck'],
  ]);
});

describe('speaker classes: appositions and descriptions between the verb and the name', () => {
  check([
    ['a party word and lower-case words before the name', '“It became a crowded field very quickly,” said Republican political consultant Chris Russo.', 'crowded', 'Chris Russo'],
    ['a possessive place before the name', '“We cannot win without new voters in the suburbs,” said Ohio’s Rick Walton, a consultant.', 'suburbs', 'Rick Walton'],
    ['an inner quote closing the quote', '“Then she can say, ‘I can win anywhere,’” said Jon Rall, who writes a newsletter.', 'anywhere', 'Jon Rall'],
  ]);
});

describe('speaker classes: a pronoun inside what the named subject reports', () => {
  check([
    ['the subject of “said” over the pronoun after it', 'Carter however said he would welcome Spain’s part in a “principled security network” for the region.', 'principled', 'Carter'],
    ['the subject over a pronoun in a later clause', 'Lopez says voters are angry, but also hungry for what she calls “real solutions for real families.”', 'real solutions', 'Lopez'],
  ]);
});

describe('speaker classes: a colon introduces the quote', () => {
  check([
    ['a name alone before the colon', 'Both rejected the plan.\n\nLopez: “Our goal is not to delay the bridge but to build it.” Ruiz: “The bridge must wait for the budget.”', 'budget', 'Ruiz'],
    ['a title and a name before the colon', 'The hearing went on.\n\nFormer city treasurer Ana Ruiz: “We learned that from the auditors and their analysis of the books.”', 'auditors', 'Ana Ruiz'],
    ['a paragraph ending in a clause and a colon', 'Others agreed.\n\nJared Potts echoed:\n\n“He speaks his mind, and I think that might be what the town needs.”', 'speaks his mind', 'Jared Potts'],
  ]);
  it('leaves a headline in the first paragraph out', () => {
    const text = 'Reid: ‘Never underestimate the mayor.’\n\nHarry Reid spoke on Monday.';
    const paragraphSpans = paragraphs(text);
    assert.deepEqual(analyzeQuotes(text, paragraphSpans, sentences(text, paragraphSpans)).quotes, []);
  });
});

describe('speaker classes: the quote’s own sentence over an earlier speaker', () => {
  check([
    [
      'a later sentence with a subject of its own',
      '“We will win this state,” Lopez said at the rally. Ruiz, her rival, was in Ohio. He rails against the “great wall of red tape” and pledges to cut it.',
      'red tape',
      'He',
    ],
    ['not a sentence adverb before the quote', '“We will win this state,” Lopez said at the rally. Indeed, “nobody has ever seen a crowd like this one before.”', 'nobody', 'Lopez'],
    ['not a participle before the quote', '“We will win this state,” Lopez said at the rally. Adding, “nobody has ever seen a crowd like this one before.”', 'nobody', 'Lopez'],
  ]);
});

describe('speaker classes: a survey is the source of what its respondents said', () => {
  check([
    ['a share of a group after a named poll', 'In a national Gallup poll released Monday, 31% of Republicans said they were “extremely enthusiastic” about voting.', 'extremely', 'a national Gallup poll'],
    ['not a group that is no share', 'In a speech on Monday, Republicans said they were “extremely enthusiastic” about voting.', 'extremely', 'Republicans'],
  ]);
});

// The person who said the words is the speaker; the medium that reported them is provenance, not
// the speaker (PolNeAR annotates the medium; a fact-checker checks the person's words).
describe('speaker classes: words reported through a medium', () => {
  check([
    ['according to a medium after the speaker: still the speaker', 'Lee spoke first.\n\n“I ask you not to protest on the floor of the hall,” Sanders said, according to CNN.', 'protest', 'Sanders'],
    ['reports a medium after an inverted verb: still the speaker', 'Lee spoke first.\n\n“You are no longer welcome here,” said Kim Day, a director of the group, reports USA Today.', 'welcome', 'Kim Day'],
    ['not a later sentence', 'Lee spoke first.\n\n“You are no longer welcome here,” Day said. According to CNN, the vote was close.', 'welcome', 'Day'],
  ]);
});

describe('speaker classes: words that cannot be speakers', () => {
  check([
    [
      'a sentence-initial participle before the subject',
      'Lee spoke first.\n\nReprising one of her favourite lines, the former governor talked about the “progress we made under this mayor” and her plans.',
      'progress',
      'the former governor',
    ],
    ['a sentence-initial adverb before the subject', 'Lee spoke first.\n\nShortly after the call, the campaign sent out a release saying Ortega owes “the city an explanation” for the vote.', 'explanation', 'the campaign'],
  ]);
});

describe('speaker classes: an attribution set into the next sentence belongs to its own quote', () => {
  check([
    [
      'a quote that ends its sentence keeps the speaker before it',
      '“We will not wait for them,” said Mara Quill, a farmer near the river. “The water is already rising.” This spring, he said, was “the worst in memory.”',
      'already rising',
      'Mara Quill',
    ],
    ['the interjected attribution still gives the next quote', '“We will not wait,” said Mara Quill. “The water is rising.” This spring, Ortega said, was “the worst in memory.”', 'worst in memory', 'Ortega'],
    ['an attribution right after the quote still counts', 'Lee spoke first.\n\n“The water is rising.” Ortega said, with a nod, “and nobody listens.”', 'water is rising', 'Ortega'],
  ]);
});

describe('speaker classes: the subject of a reported clause is not an inverted subject', () => {
  check([
    [
      'a pronoun followed by its own verb, after an apposition in dashes',
      'Lee spoke first.\n\nMara Quill — a farmer near the river — says she sold the herd in May, and that the drought was “the worst in memory.”',
      'worst in memory',
      'Mara Quill',
    ],
    ['an inverted subject that runs to a comma', 'Lee spoke first.\n\nThe plan failed, said the harbour master, “because nobody asked the fishermen.”', 'fishermen', 'the harbour master'],
  ]);
});

describe('speaker classes: the named subject before an apposition and a speech verb', () => {
  check([
    [
      'a name, an age and a job, then the verb',
      'Lee spoke first.\n\nMara Quill, 31, a farmer near the river, said the flood represented the “perfect warning” to the town.',
      'perfect warning',
      'Mara Quill',
    ],
    ['not a phrase opened by a preposition', 'Lee spoke first.\n\nLike Corbin, Ortega said the plan was “a waste of everyone’s time and money.”', 'waste of', 'Ortega'],
  ]);
});

describe('speaker classes: a participle after a quote does not invert its subject', () => {
  check([
    [
      'what follows the participle is what is said',
      'Lee spoke first.\n\nOrtega has delivered a defense of “river values,” saying the city embodied the “heart and soul of the valley.”',
      'heart and soul',
      'Ortega',
    ],
  ]);
});

describe('speaker classes: a name between an article and a noun is no subject', () => {
  check([
    [
      'the head noun of a compound is not a verb',
      'Lee spoke first.\n\nAfter the Lyon attacks, Ortega released a new radio ad calling it “dangerous” that the city “has no plan for the river.”',
      'no plan',
      'Ortega',
    ],
    ['a speech verb after a group name still reports', 'Lee spoke first.\n\nAt the end of the night the Rainmakers said they were “ready for another round of this.”', 'another round', 'Rainmakers'],
  ]);
});

describe('speaker classes: a verb in a phrase that opens the sentence is not the attribution', () => {
  check([
    ['a relative clause after "despite"', 'The budget passed.\n\nDespite what she wrote in the mayor’s letter, Ortega said she “may yet back the plan.”', 'may yet', 'Ortega'],
    ['a relative clause after "since"', 'The budget passed.\n\nSince what he told the council last week, Lee argued the levy was “far too high.”', 'far too', 'Lee'],
    ['a verb with a subordinator before its subject still counts when no comma closes it', 'The budget passed.\n\nOrtega said she would back it “without any delay.”', 'without', 'Ortega'],
  ]);
});

describe('speaker classes: the attribution that ends the sentence names every quote in it', () => {
  check([
    ['the first of two fragments', 'The vote is near.\n\nThe levy will raise “a great deal of money” and pay for the “new harbour wall” the town needs, council spokesman Tom Ortega said.', 'great deal', 'Tom Ortega'],
    ['the last fragment keeps it', 'The vote is near.\n\nThe levy will raise “a great deal of money” and pay for the “new harbour wall” the town needs, council spokesman Tom Ortega said.', 'harbour wall', 'Tom Ortega'],
    ['not across a sentence end', 'Lee spoke first.\n\nOrtega called the levy “a great deal of money.” Critics want the “new harbour wall” first, Lee said.', 'great deal', 'Ortega'],
  ]);
});
