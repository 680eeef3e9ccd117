// Speakers by error class (issue 16), continued: a quote in a clause that follows the main one and
// has a subject of its own belongs to that subject. Sentence patterns written for these tests (no
// corpus text). One describe per class.
import { checkSpeakers as check } from './speakerCases';

describe('speaker classes: a trailing "when / although / though / while" clause keeps its own subject', () => {
  check([
    // [case, text, words of the quote, expected speaker mention]
    ['"when" with a pronoun', 'Lee spoke first.\n\nThe host Mara Quill asked Ortega about a remark he had made, when he claimed the mayor was “the real culprit” of the crisis.', 'real culprit', 'he'],
    ['"although" with a pronoun', 'Lee spoke first.\n\nDaniel Brook said that he would attend the summit, although he wrote that he “rejects the premise” of it.', 'rejects the premise', 'he'],
    ['"while" with a name', 'Lee spoke first.\n\nOrtega said the mayor could not lead, while Rowe said the “stakes are too high” for another delay.', 'stakes are too high', 'Rowe'],
    ['the main verb keeps a quote before the clause', 'Lee spoke first.\n\nDaniel Brook called the plan “a disaster” when he spoke on Monday.', 'disaster', 'Daniel Brook'],
  ]);
});

describe('speaker classes: a pronoun after "and" or "but" opens a clause of its own', () => {
  check([
    ['"but she" after the named speaker', 'Lee spoke first.\n\n“We will win,” Mara Quill says, but she warns that she sees “a long road ahead.”', 'long road', 'she'],
    ['"and it" after a description', 'Lee spoke first.\n\nFor instance, the memo notes the cuts, it lists the closures, and it says the city kept “only the essential services” running.', 'essential services', 'it'],
    ['the writer\'s "and I quote" is not a speaker', 'Lee spoke first.\n\nNo wonder Ortega said, and I quote, “We love the voters.”', 'love the voters', 'Ortega'],
    ['a pronoun inside the named subject\'s report still stands for the name', 'Lee spoke first.\n\nDaniel Brook said he would welcome “a frank conversation” with the mayor.', 'frank conversation', 'Daniel Brook'],
  ]);
});

describe('speaker classes: a subordinate clause that opens the sentence keeps its own subject', () => {
  check([
    ['"after" with a name, the main clause after the quote', 'Lee spoke first.\n\nAfter Quill said that the students might do better at “smaller colleges,” Ortega said: “I do not agree.”', 'smaller colleges', 'Quill'],
    ['"when" with a pronoun', 'Lee spoke first.\n\nWhen she said the deal was “a giveaway,” Ortega said nothing.', 'giveaway', 'she'],
  ]);
});

describe('speaker classes: a capitalised pronoun after an abbreviation opens a new sentence', () => {
  check([
    ['"the U.S. He says"', 'Lee spoke first.\n\nQuill says the mayor is hiding his record on crime in the U.S. He says voters do not need more “lectures that are devoid of facts.”', 'devoid of facts', 'He'],
    ['a title before a name is no sentence end', 'Lee spoke first.\n\nSen. Dana Ortega says voters do not need more “lectures that are devoid of facts.”', 'devoid of facts', 'Dana Ortega'],
  ]);
});

describe('speaker classes: a relative clause with a subject pronoun of its own keeps the quote', () => {
  check([
    ['"which he called"', 'Lee spoke first.\n\nDaniel Brook said he has backed the bill to curb the boards, which he called “a cartel for higher education.”', 'cartel', 'he'],
    ['"whom he described as"', 'Lee spoke first.\n\nMara Quill said observers walked with the marchers, whom she described as “peaceful and patient.”', 'peaceful', 'she'],
    ['"what she calls" stays with the named subject', 'Lee spoke first.\n\nMara Quill says voters are angry but hungry for what she calls “real solutions.”', 'real solutions', 'Mara Quill'],
    ['a clause closed by a comma before the quote', 'Lee spoke first.\n\nDaniel Brook said the mayor, whom he called a friend, had “failed the city on every count.”', 'failed the city', 'Daniel Brook'],
  ]);
});
