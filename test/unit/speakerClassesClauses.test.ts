// Speakers by error class (issue 16), continued from speakerClasses.test.ts: the classes fixed
// from the PolNeAR train-fold errors, each a sentence pattern written for these tests (no corpus
// text). One describe per class.
import { checkSpeakers as check } from './speakerCases';

describe('speaker classes: an absolute phrase names its own speaker ("with X calling it …")', () => {
  check([
    // [case, text, words of the quote, expected speaker mention]
    ['a name after "with"', 'The plan drew criticism, with John McCain calling it a “recipe for disaster.”', 'recipe', 'John McCain'],
    ['an organisation after "with"', 'She was embraced by labor, with the Federation of Teachers calling her “a true champion.”', 'champion', 'Federation of Teachers'],
    ['a participle after a comma still takes the clause subject', 'Lee spoke first.\n\nOrtega went after the mayor, calling him “a total failure.”', 'failure', 'Ortega'],
  ]);
});

describe('speaker classes: a place or office before a title is part of the title', () => {
  check([
    ['a city and an office before the title', 'Lee spoke first.\n\nBefore the vote, Harbour City Police Chief Calvin Morrow lobbied to close the pier, saying, “The fewer boats, the better.”', 'fewer boats', 'Calvin Morrow'],
    ['a country before the title', 'Lee spoke first.\n\nFrench Prime Minister Paul Devaux went after the plan, calling it “a betrayal of our workers.”', 'betrayal', 'Paul Devaux'],
  ]);
});

describe('speaker classes: a city and its state inside an apposition are not the speaker', () => {
  check([
    ['an age and a home town between the name and the verb', 'Lee spoke first.\n\nCory Janes, 22, of Flint, Mich., said he had not given up on a “miracle at the convention.”', 'miracle', 'Cory Janes'],
    ['an event and its place between the name and the verb', 'Lee spoke first.\n\nRowe, during a town hall meeting in Columbus, Ohio, said she was “not here to make promises.”', 'promises', 'Rowe'],
    ['a place right after the noun', 'Lee spoke first.\n\nKasich is assuring voters after a woman in Worcester, Massachusetts, told him she worries he is “too nice” to win.', 'too nice', 'a woman'],
  ]);
});

describe('speaker classes: a name inside a participle phrase before the verb is its object', () => {
  check([
    ['"speaking to" a medium', 'Lee spoke first.\n\nAnother intelligence source speaking to Channel Nine said, “The order came from the top.”', 'order came', 'Another intelligence source'],
    ['"writing for" a medium', 'Lee spoke first.\n\nOne columnist writing for The Ledger wrote, “The deal is dead.”', 'deal is dead', 'One columnist'],
  ]);
});

describe('speaker classes: a dateline names a place, not the speaker', () => {
  check([
    ['a city, its state and an agency', 'Trump wins again.\n\nDES MOINES, Iowa (AP) — Senator Ann Rowe on Friday called the plan “a disgrace to this state.”', 'disgrace', 'Ann Rowe'],
    ['a city, the day and an agency', 'Trump wins again.\n\nDENVER, July 25 (UPI) — The party committee released a statement on Monday, offering “a deep and sincere apology” to Lee.', 'sincere apology', 'The party committee'],
    ['a city alone', 'Trump wins again.\n\nPHILADELPHIA — The party committee released a statement on Monday, offering “a deep and sincere apology” to Lee.', 'sincere apology', 'The party committee'],
  ]);
});

describe('speaker classes: a colon label names the source the quote is taken from', () => {
  check([
    ['"From the report:"', 'The survey was long. The panels were not equal.\n\nFrom the report: “In general, samples with more weighting do better.”', 'samples with', 'the report'],
    ['"More from" two authors', 'Lee spoke first.\n\nMore from Blumenthal and Cohen: “Data collected by our firm helps confirm that both issues were in play.”', 'Data collected', 'Blumenthal and Cohen'],
  ]);
});

describe('speaker classes: "only" between the subject and its verb', () => {
  check([
    ['"could only quip:"', 'Lee spoke first.\n\nThe date was so odd that Ann Rowe could only quip: "I guess Christmas Eve was booked."', 'Christmas Eve', 'Ann Rowe'],
  ]);
});

describe('speaker classes: "as X put it" gives the words that follow to X', () => {
  check([
    ['over the main clause’s subject', 'Lee spoke first.\n\nAs The Ledger’s Ruth Marcos puts it, Obama is trying to make Republicans “pay a price” for their stand.', 'pay a price', 'Ruth Marcos'],
    ['after an opening phrase', 'Lee spoke first.\n\nBut at the time, as prosecutor Marc Trevis put it, "We cannot follow everyone."', 'follow everyone', 'Marc Trevis'],
    ['"as X pointed out"', 'Lee spoke first.\n\nAs The Ledger’s David Boyle pointed out in December, “In the week before the vote, nothing changed.”', 'nothing changed', 'David Boyle'],
  ]);
});

describe('speaker classes: a determiner standing alone is the subject ("Yet another said")', () => {
  check([
    ['"Yet another said"', 'Lee spoke first.\n\n"He is done," added one Republican. Yet another said, "He will finish second."', 'finish second', 'another'],
    ['"Others said"', 'Lee spoke first.\n\nSome voters cheered. Others said, "We have heard it all before."', 'heard it all', 'Others'],
  ]);
});

describe('speaker classes: a short closing clause before a comma introduces the quote', () => {
  check([
    ['after a fronted clause with a verb of its own', 'Lee spoke first.\n\nAfter Jerry Brann criticized Lee during a debate, Hilda shot back, “I suppose I could have stayed home and baked cookies.”', 'baked cookies', 'Hilda'],
    ['a pronoun subject', 'Lee spoke first.\n\nWhen the manager was asked about the plan, he laughed, “We have no plan at all.”', 'no plan', 'he'],
  ]);
});

describe('speaker classes: a quote standing alone, signed in the next paragraph', () => {
  check([
    ['"- Name."', 'Lee spoke first.\n\n“The minimum wage has not kept up with the cost of living.”\n\n- Sanders.\n\nSanders is right about this.', 'minimum wage', 'Sanders'],
    ['a title and what the speaker was doing', 'Lee spoke first.\n\n"I will fight for you."\n\n—President Obama, tweeting after the speech.', 'fight for you', 'Obama'],
    ['not a credit line after the reporter’s paragraph', 'Lee spoke first.\n\nAnn Rowe said the deal was "a disaster for our workers."\n\n- Reuters.', 'disaster', 'Ann Rowe'],
  ]);
});

describe('speaker classes: a sentence-initial "Asked …," phrase is not an inverted verb', () => {
  check([
    ['"Asked a question …, X said"', 'Lee spoke first.\n\nAsked a direct question about this in the debate, Clinton said, “I am not a natural politician.”', 'natural politician', 'Clinton'],
  ]);
});

describe('speaker classes: a description before a title is not a name ("Presidential hopeful Sen. …")', () => {
  check([
    ['"Presidential hopeful"', 'Lee spoke first.\n\nPresidential hopeful Sen. Ted Cruse was also critical of the plan, telling reporters: “It is wrong.”', 'It is wrong', 'Ted Cruse'],
  ]);
});

describe('speaker classes: "X points out." / "he mocks." after a quote', () => {
  check([
    ['a name', 'Lee spoke first.\n\n“Some of us felt you could not work with them,” he notes.\n\n“Some of us thought you might be able to work with them,” Bozer points out.', 'might be able', 'Bozer'],
    ['any present-tense verb that ends the sentence', 'Lee spoke first. Williams wrote a column.\n\n“The marketplace has not failed the working class,” he mocks. “The working class has failed the marketplace.”', 'has not failed', 'he'],
  ]);
});
