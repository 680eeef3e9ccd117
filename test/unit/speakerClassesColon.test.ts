// Speakers by error class (issue 16): quotes introduced by a colon whose clause has a noun-phrase
// subject rather than a bare name or pronoun. Sentences written for these tests (no corpus text).
import { checkSpeakers as check } from './speakerCases';

describe('speaker classes: the noun phrase subject of a clause ending at a colon', () => {
  check([
    // [case, text, words of the quote, expected speaker mention]
    ['a document with a phrase hung on it', 'Mayor Lee spoke first.\n\nA memo from the county office made the point plainly: “No permits will be issued this year.”', 'No permits', 'A memo'],
    ['a possessive before the head', 'Mayor Lee spoke first.\n\nOrtega’s letter lays out a blunt case: “The budget cannot hold.”', 'budget', 'Ortega’s letter'],
    ['a plural head with modifiers', 'Mayor Lee spoke first.\n\nThe council’s three newest members ranged from wary to hostile: “Why should we trust this plan?”', 'trust this plan', 'The council’s three newest members'],
    ['a name with an apposition before the verb', 'Mayor Lee spoke first.\n\nGovernor Dana Ruiz, D-Ore., sent a short note to the board: “We will not wait any longer.”', 'wait any longer', 'Governor Dana Ruiz'],
    ['a name with a relative clause before the verb', 'Mayor Lee spoke first.\n\nOrtega, who would not comment for this story, proposes new wording for the plan: “Every district gets a vote.”', 'Every district', 'Ortega'],
    ['after an opening phrase', 'Mayor Lee spoke first.\n\nAs if answering the mayor, the Harbor Board of Trade was firm in its reply: “The port stays open.”', 'port stays', 'the Harbor Board'],
    // The clause must run to the colon: a verb followed by a comma belongs to another clause.
    ['a contraction does not open a subject phrase', 'Mayor Lee spoke first. “We are ready,” Lee said.\n\nRemember what I said about treats? That’s why I always tell my clients: “an open plan is a happy plan!”', 'open plan', 'I'],
    ['no subject when no verb follows the phrase in the colon’s clause', 'Mayor Lee spoke about the port. “It stays open,” Lee said.\n\nThe budget for the coming year, in short: “We will not cut a single job.”', 'single job', 'Lee'],
  ]);
});

describe('speaker classes: "according to X" right after the quote', () => {
  check([
    ['a document after the quote', 'Mayor Lee spoke first.\n\nThe governor met the mayor “to settle the budget once and for all,” according to a county memo.', 'settle the budget', 'a county memo'],
    ['a news outlet after a quote the sentence gives to someone', 'Mayor Lee spoke first.\n\nOn Monday, Ortega told aides the plan was “dead on arrival,” according to Reuters.', 'dead on arrival', 'Reuters'],
    // A speech verb between the quote and "according to": the person stays the speaker.
    ['a speech verb first keeps the person', 'Mayor Lee spoke first.\n\n“We will not back down,” Ortega said, according to Reuters.', 'back down', 'Ortega'],
  ]);
});

describe('speaker classes: a noun phrase after the speech verb that runs on is the reported clause’s subject', () => {
  check([
    ['a phrase that runs on into a relative clause', 'Lee spoke first.\n\nMarsh, the author of “Going Home,” about the slow decline of small towns, said the days when the town had “a real main street” are gone.', 'real main street', 'Marsh'],
    ['a phrase that ends on its verb', 'Lee spoke first.\n\nRuth Olsen, a former clerk at the mill, who later ran the union local, said her boss was “always fair and kind.”', 'always fair', 'Ruth Olsen'],
    // A speaker's description after the verb is still the inverted speaker.
    ['a role noun after the verb stays the speaker', 'Lee spoke first.\n\n“We are ready,” said the spokesman for the campaign.', 'We are ready', 'the spokesman'],
  ]);
});

describe('speaker classes: "As X put it / pointed out, …" after a conjunction', () => {
  check([
    ['a conjunction before "as"', 'Mayor Lee spoke first. “We are done,” Lee said.\n\nBut as The Ledger pointed out, “the budget still has a gap of millions.”', 'budget still', 'Ledger'],
    // When the "as" clause is not the one right before the quote, the later clause's subject speaks.
    ['an "as" clause before another clause', 'Mayor Lee spoke first. “We are done,” Lee said.\n\nAs Ortega said it would, the plan failed, and Ruiz called it “a mess.”', 'a mess', 'Ruiz'],
  ]);
});

describe('speaker classes: verbs of saying added to the lexicon', () => {
  check([
    // A pronoun inside what the named subject reports stands for the subject's fuller mention.
    ['"assures" reports what its subject says', 'Lee spoke first.\n\nIn his remarks, Ortega argued that the city “is a family.” In his speech to the union, Ortega assures his audience he will tell the “cynics” to wait.', 'cynics', 'Ortega'],
    ['"riffed" after the quote', 'Lee spoke first.\n\n“Let me help you out,” the visiting governor riffed on the mayor’s answer.', 'help you out', 'the visiting governor'],
  ]);
});

describe('speaker classes: a name and its apposition after the quote, then the verb', () => {
  check([
    ['a verb written with a capital after the apposition', 'Lee spoke first.\n\n“Not ours but we like it!” Ruiz, the head of the Harbor Fund, Tweeted on Friday with a photo of the pier.', 'Not ours', 'Ruiz'],
    ['a relative clause up to the verb', 'Lee spoke first.\n\n“This new map raises hard questions!” Dana Ruiz, who is chair of the Harbor Fund said in a statement.', 'new map', 'Dana Ruiz'],
    // The apposition is read within a bounded reach: a verb far beyond it is not looked for.
    ['a verb beyond the reach', `Lee spoke first. “We are ready,” Lee said.\n\n“Not ours but we like it very much!” Ruiz, ${'the head of a fund, '.repeat(12)}Tweeted on Friday.`, 'Not ours', 'Lee'],
  ]);
});

describe('speaker classes: an adverb opening the sentence is not a name', () => {
  check([
    ['"Somewhere" opening the sentence', 'Mayor Lee spoke first. “We are ready,” Lee said.\n\nDana Ortega listed her wins. Somewhere in the speech, she tossed in a line about “the mayor who never shows up to anything at all.”', 'never shows up', 'she'],
    ['"Ever since" before the clause', 'Lee spoke first.\n\nEver since Dana Ortega announced her candidacy last year, she’s said the same thing at every stop, every rally and every town hall: “The port stays open.”', 'port stays', 'she'],
  ]);
});
