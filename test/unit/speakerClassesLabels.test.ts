// Speakers by error class (issue 16), continued: the colon introductions fixed from the PolNeAR
// train-fold errors. Sentence patterns written for these tests (no corpus text).
import { checkSpeakers as check } from './speakerCases';

describe('speaker classes: the writer presents the speaker before a colon ("Here\'s X:")', () => {
  check([
    // [case, text, words of the quote, expected speaker mention]
    ['"Here\'s" a name and a date', 'Ortega traces the idea back.\n\nHere’s Mara Quill in December 1992: “Our new direction must rest on skills and wages.”', 'new direction', 'Mara Quill'],
    ['"Here is" a name', 'Ortega traces the idea back.\n\nHere is Quill: “Our new direction must rest on skills and wages.”', 'new direction', 'Quill'],
  ]);
});

describe('speaker classes: a participle of shouting in an absolute phrase before a colon', () => {
  check([
    ['"with X reportedly yelling:"', 'Lee spoke first.\n\nAt a rally in Dayton, Ohio, on Saturday, some of his supporters kicked and punched a protester, with Ortega reportedly yelling: “Get him out of here right now!”', 'Get him out', 'Ortega'],
  ]);
});

describe('speaker classes: "No." before a number does not end the sentence', () => {
  check([
    ['"the No. 2" in an apposition before "put it"', 'Lee spoke first.\n\nAs Dana Ortega, the No. 2 in the party leadership, put it: “This nominee will not be confirmed this year.”', 'will not be confirmed', 'Dana Ortega'],
  ]);
});

describe('speaker classes: a transcript label names an office with "of"', () => {
  check([
    ['"Former secretary of state X:"', 'Lee asked: "Who told you that?"\n\nFormer secretary of state Mara Quill:"We learned that from the department and we worked with them to close some gaps."\n\nThe exchange ended there.', 'We learned', 'Mara Quill'],
  ]);
});
