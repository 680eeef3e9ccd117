// Speakers by error class (issue 16), continued: a quote that takes its speaker from an earlier
// sentence points at the nearest mention of that person before it. Sentence patterns written for
// these tests (no corpus text).
import { checkSpeakers as check } from './speakerCases';

describe('speaker classes: a continued speaker is the nearest mention of that person', () => {
  check([
    // [case, text, words of the quote, expected speaker mention]
    ['the surname again in a later sentence', '“Rates will stay low,” said Mara Quill, an economist at Brook Partners. Quill added that the bank wants out before the vote. “They would rather move early.”', 'move early', 'Quill'],
    ['a sentence about the person between two quotes', '“Schools come first,” says Dana Ortega, 41, of Millbrook. Ortega backs the mayor in the race. “I have two kids in those schools.”', 'two kids', 'Ortega'],
    ['not a longer name that starts with the surname', '“We will build it,” Lee Halvorsen said at the Halvorsen Tower on Monday. “And it will be beautiful.”', 'beautiful', 'Lee Halvorsen'],
    ['not an object in the speaker\'s own sentence', '“You are amazing,” Dana Ortega told Quill, after Quill praised Ortega on the show. “I will not let you down.”', 'let you down', 'Dana Ortega'],
    ['not a mention inside a quote', '“They ask me, ‘Mr. Ortega, will we be sent away?’” Dana Ortega said.\n\n“Then they ask me, ‘Is Ortega afraid?’”\n\n“I tell them no.”', 'tell them no', 'Dana Ortega'],
  ]);
});

describe('speaker classes: a quote left open and closed after a signature line is signed by it', () => {
  check([
    ['a name and an institution under the quote', 'Economists disagree.\n\n"We may see a slowdown in hiring next year.\nDana Ortega, Institute for Wage Research."\n\nOthers are less worried.', 'slowdown in hiring', 'Dana Ortega'],
    ['no signature without the closing mark', 'Economists disagree.\n\n"We may see a slowdown in hiring next year.\nDana Ortega, Institute for Wage Research.\n\nOthers are less worried.', 'slowdown in hiring', null],
  ]);
});

describe('speaker classes: "another" or "one" standing alone after an inverted verb', () => {
  check([
    ['"tweeted another"', '“The vote was rigged from the start and everyone knows it,” wrote one voter on Reddit.\n\n“Better watch out for the officials in charge of the count this year,” tweeted another.', 'Better watch out', 'another'],
    ['"read one"', 'Planes wrote messages over the parade.\n\n“America is great and the mayor is a disgrace,” read one.', 'America is great', 'one'],
  ]);
});

describe('speaker classes: an office named with "of" before the name after an inverted verb', () => {
  check([
    ['a lower-case office', 'Lee spoke first.\n\n"The first line of defense is in our own communities," said former secretary of state Mara Quill, who praised the plan.', 'first line', 'Mara Quill'],
    ['a capitalised office', 'Lee spoke first.\n\n"The first line of defense is in our own communities," said Secretary of State Dana Ortega.', 'first line', 'Dana Ortega'],
  ]);
});

describe('speaker classes: a phrasal verb and a short phrase close the sentence after a quote', () => {
  check([
    ['"shot back with a laugh"', 'Ortega looked over at Quill.\n\n“They are all here because he is promising them free tuition,” Quill shot back with a laugh.', 'free tuition', 'Quill'],
    ['"fired back on Twitter"', 'Ortega looked over at Quill.\n\n“They are all here because he is promising them free tuition,” Quill fired back on Twitter.', 'free tuition', 'Quill'],
  ]);
});

describe('speaker classes: a relative clause after the apposition head runs to the verb without a comma', () => {
  check([
    ['"the pollster who founded … tweeted"', 'Ortega spoke first.\n\n“The campaign needs a plan for the voters of the third parties,” Dana Quill, the pollster who founded the Quill Report tweeted on Wednesday.', 'third parties', 'Dana Quill'],
  ]);
});

describe('speaker classes: a quote running on into later paragraphs continues the speaker just named before it', () => {
  check([
    ['"…," X said. "…¶"…," Y added', 'Lee spoke first.\n\n"The stereotyping is still strong here," Dana Ortega said. "They think every one of us is the same.\n\n"And they still believe the old stories," Ortega added with a grin.', 'They think every', 'Dana Ortega'],
    ['a long attribution between leaves the quote to the later one', 'Ortega runs a shop in town.\n\n"The stereotyping is still strong here," Ortega told a crowd of about two hundred people in the square. "They think every one of us is the same.\n\n"And they still believe the old stories," she added with a grin.', 'They think every', 'she'],
  ]);
});
