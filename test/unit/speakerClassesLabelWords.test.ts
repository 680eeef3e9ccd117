// Speakers by error class (issue 16): words that cannot be speakers, found from the PolNeAR
// train-fold errors: a party and state label set off after a legislator's name, a capitalised
// compound modifier. Sentence patterns written for these tests (no corpus text).
import { checkSpeakers as check } from './speakerCases';

describe('speaker classes: a party label between the name and its verb is not the speaker', () => {
  check([
    // [case, text, words of the quote, expected speaker mention]
    ['", R-Ohio, said"', 'Sen. Tom Miller, R-Ohio, said, "We will win this seat in November."', 'We will win', 'Tom Miller'],
    ['", D-Calif., told"', 'Rep. Jane Doe, D-Calif., told reporters that the plan "will not pass the House."', 'will not pass', 'Jane Doe'],
    ['", R-Ohio," then a relative clause', 'Sen. Tom Miller, R-Ohio, who chairs the committee, said the bill was "dead on arrival."', 'dead on arrival', 'Tom Miller'],
    ['", R-Ohio," after an opening phrase, a framing verb', 'In a statement, Sen. Tom Miller, R-Ohio, called the bill "a disgrace to this chamber."', 'a disgrace', 'Tom Miller'],
    ['"(R-OH), said": a comma after the parenthesis', 'On Tuesday in Berea, after winning the primary, Gov. Tom Miller (R-OH), said, “I am getting ready to rent a covered wagon.”', 'covered wagon', 'Tom Miller'],
    ['after the name, as before', '"We will win this seat in November," said Sen. Tom Miller, R-Ohio.', 'We will win', 'Tom Miller'],
  ]);
});

describe('speaker classes: a capitalised compound modifier is not a name', () => {
  check([
    ['"a Trump-style retort"', 'Lee spoke first.\n\nOrtega offered a Miller-style retort on the network, tweeting at him, "you are a liar and a whiner."', 'liar and a whiner', 'Ortega'],
    ['"the Obama-era rule"', 'Lee spoke first.\n\nOrtega defended the Quill-era rule as "the best protection workers have."', 'best protection', 'Ortega'],
  ]);
});

describe('speaker classes: "He added, “…”" after a quote that ends its sentence introduces the next quote', () => {
  check([
    ['the earlier quote keeps the subject of its own sentence', 'Lee spoke first.\n\nReid said that Ortega has energized "a lot of people" who "are rabidly involved in the system now." He added, "What impresses me is that we have these new people."', 'rabidly involved', 'Reid'],
    ['the next quote takes the pronoun', 'Lee spoke first.\n\nReid said that Ortega has energized "a lot of people" who "are rabidly involved in the system now." He added, "What impresses me is that we have these new people."', 'What impresses me', 'He'],
    ['a name and its verb, likewise', 'Lee said the vote "was rigged from the start." Ortega said, "We will win the appeal."', 'was rigged', 'Lee'],
    ['a verb with more after it is still the quote\'s own', 'Lee spoke first.\n\n"We will win the appeal." Ortega said it twice, and then, "We will."', 'We will win the appeal', 'Ortega'],
  ]);
});

describe('speaker classes: the agent of a passive speech verb ("was asked by X") is the speaker', () => {
  check([
    ['"was asked by moderator X whether"', 'Lee spoke first.\n\nOrtega was asked by moderator Dana Quill whether his plan would risk "adding another expensive entitlement program to the budget."', 'expensive entitlement', 'Dana Quill'],
    ['"was asked by host X," then the question', 'Lee spoke first.\n\nOrtega was asked by host Bill Marsh on Friday, "Now, you said you were tired of hearing about the emails. Has that story moved?"', 'Has that story moved', 'Bill Marsh'],
    ['an active verb keeps its subject', 'Lee spoke first.\n\nOrtega asked moderator Dana Quill whether the plan would risk "adding another expensive entitlement program to the budget."', 'expensive entitlement', 'Ortega'],
    ['"was asked by reporters" in a relative clause, then the subject\'s own verb', 'Lee spoke first.\n\nOrtega, who was asked by reporters about the plan, said it was "a disaster for every family."', 'a disaster', 'Ortega'],
  ]);
});

describe('speaker classes: a name that modifies a noun is not the subject of the reporter\'s sentence', () => {
  check([
    ['"a South Carolina native" in an apposition', 'Lee spoke first.\n\nBraynard, a South Carolina native who writes fiction on the side (his book includes one on a cooking contest "where the loser becomes the main course"), has cast himself as a strategist.', 'where the loser', 'Braynard'],
    ['"the leading GOP candidate" in an apposition', 'Lee spoke first.\n\nOrtega, the leading GOP candidate, has "surprisingly earned himself a few fans in China."', 'surprisingly earned', 'Ortega'],
    ['a name after an article and before its verb is still the subject', 'Lee spoke first.\n\nThe New York Times reported that the plan was "a disaster for every family."', 'a disaster', 'New York Times'],
    ['a description before the name is still skipped', 'Lee spoke first.\n\nRepublican presidential candidate Dana Ortega quickly took aim at the "failed policies of the past."', 'failed policies', 'Dana Ortega'],
  ]);
});

describe('speaker classes: a relative clause with a subject of its own keeps its quote ("which the report said was “…”")', () => {
  check([
    ['a description of a source', 'Lee spoke first.\n\nOrtega criticized Quill’s email use, which an FBI investigation said was “extremely careless” but not criminal.', 'extremely careless', 'an FBI investigation'],
    ['a description of a person', 'Lee spoke first.\n\nOrtega criticized the plan, which the inspector general said was “deeply flawed” from the start.', 'deeply flawed', 'the inspector general'],
    ['a name', 'Lee spoke first.\n\nOrtega criticized the plan, which Quill said was “deeply flawed” from the start.', 'deeply flawed', 'Quill'],
    ['"that" after an object is not the subject\'s relative', 'Lee spoke first.\n\nThe group released a letter that says the plan is “a disaster for workers.”', 'a disaster', 'The group'],
  ]);
});

describe('speaker classes: a question put to someone ("X was asked, “…”") has no speaker the article names', () => {
  check([
    ['"was asked," then the question', 'Lee spoke first.\n\nOrtega was asked, “If you had known she had a personal server, would you have told her?” He answered, “I have no idea.”', 'If you had known', null],
    ['the answer after it keeps its speaker', 'Lee spoke first.\n\nOrtega was asked, “If you had known she had a personal server, would you have told her?” He answered, “I have no idea.”', 'I have no idea', 'He'],
    ['a poll question opening the sentence', 'Lee spoke first.\n\nAsked whether Quill “has the integrity to serve effectively as president,” 75 percent of Democrats said yes.', 'has the integrity', null],
    ['"Asked about …, X said “…”": the answer is X\'s', 'Lee spoke first.\n\nAsked about the plan, Ortega said it was “a disaster for every family.”', 'a disaster', 'Ortega'],
    ['a clause of its own after the question', 'Lee spoke first.\n\nDelegates are asked to rank their choices, and the panel is less likely to be “overrun with social conservatives,” Hoover said.', 'overrun with', 'Hoover'],
  ]);
});

describe('speaker classes: a hyphen with spaces round it is a dash ("X - who said he would “…” - said")', () => {
  check([
    ['the verb after a typed dash is not the parenthetical\'s', 'Lee spoke first.\n\nGOP front-runner Dana Ortega - who previously said he would "bomb the [expletive] out of" oil fields seized by the Islamic State - said at a rally that the border should close.', 'bomb the', 'who'],
    ['a name signing a quote after a dash', 'Lee spoke first.\n\n"Everyone deserves a fair wage for a fair day of work." ― Sonya Herridge, 34, of Dayton', 'fair wage', 'Sonya Herridge'],
    ['a name after a dash that goes on as a clause does not sign', 'Lee spoke first.\n\nQuill lamented her tendency to commit gaffes - "does she have to keep giving them so much ammunition?" - Democrats in Iowa who watched the debate said they were unfazed.', 'so much ammunition', 'Quill'],
  ]);
});

describe('speaker classes: a participle and its infinitive opening the sentence are no subject ("Continuing to explain …, X said")', () => {
  check([
    ['"Continuing to explain"', 'Lee spoke first.\n\nContinuing to explain his view, Carson rejected the idea, saying that if he "found something rotten, I would fix it."', 'found something rotten', 'Carson'],
    ['"Declining to comment further"', 'Lee spoke first.\n\nDeclining to comment further, Carson said the matter was "closed for good."', 'closed for good', 'Carson'],
    ['a name in -ing is still a name', 'Lee spoke first.\n\nManning said the matter was "closed for good."', 'closed for good', 'Manning'],
  ]);
});

describe('speaker classes: "As one employee told the paper, “…”": an "as" clause with a speech verb names the speaker', () => {
  check([
    ['a description as the subject', 'Lee spoke first.\n\nAs one employee told the Dayton Weekly, "She wants to put fear in our hearts, and she has done that."', 'put fear', 'one employee'],
    ['an "as" clause without a speech verb does not', 'Lee spoke first.\n\nAs the crowd began to chant, Silverman said: "We will win this."', 'We will win', 'Silverman'],
  ]);
});

describe('speaker classes: a question put to someone, then a main clause of its own', () => {
  check([
    ['"When X was asked …, he laughed, “…”"', 'Lee spoke first.\n\nWhen the manager was asked about the plan, he laughed, “We have no plan at all.”', 'no plan', 'he'],
  ]);
});

describe('speaker classes: a parenthetical between a name and its verb in the reporter\'s sentence', () => {
  check([
    ['"Sen. X (R-Pa.) refused …, responding that he’s “…”"', 'Lee spoke first.\n\nBut Sen. Pat Quill (R-Pa.) refused to entertain campaigning alongside Ortega, responding that he’s “not going to go into what my campaign is doing.”', 'not going to go', 'Pat Quill'],
  ]);
});
