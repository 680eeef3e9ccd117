import { strict as assert } from 'node:assert';
import { LineIndex, paragraphs, sentences } from '../../src/core/text';

const slices = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('paragraphs: blank lines separate, single line breaks do not', () => {
  const cases: Array<[string, string, string[]]> = [
    ['LF', 'One line\nwrapped.\n\nNext one.', ['One line\nwrapped.', 'Next one.']],
    ['CRLF: one break is not a blank line', 'One line\r\nwrapped.\r\n\r\nNext one.', ['One line\r\nwrapped.', 'Next one.']],
    ['lone CR (old Mac files)', 'One line\rwrapped.\r\rNext one.', ['One line\rwrapped.', 'Next one.']],
    ['blank line holding spaces and tabs', 'First.\n \t\u00a0\nSecond.', ['First.', 'Second.']],
    ['several blank lines and indentation', '  First.\n\n\n\n   Second.  ', ['First.', 'Second.']],
    ['leading and trailing blank lines', '\n\nOnly.\n\n', ['Only.']],
    ['a line of other characters is not blank', 'First.\n.\nSecond.', ['First.\n.\nSecond.']],
    ['no text', '', []],
    ['only whitespace', ' \n \r\n\t', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(slices(text, paragraphs(text)), expected));
  }
});

describe('sentences: split inside paragraphs', () => {
  it('keeps abbreviations and initials inside a sentence', () => {
    const text = 'Mr. Smith met John F. Kennedy on Dec. 5. They talked.';
    assert.deepEqual(slices(text, sentences(text)), ['Mr. Smith met John F. Kennedy on Dec. 5.', 'They talked.']);
  });
  it('ends at a closing quote after the terminator', () => {
    const text = '"We will win." She left!  Why?';
    assert.deepEqual(slices(text, sentences(text)), ['"We will win."', 'She left!', 'Why?']);
  });
  it('never joins two paragraphs', () => {
    const text = 'Headline without a period\r\n\r\nBody text.';
    const spans = sentences(text);
    assert.deepEqual(slices(text, spans), ['Headline without a period', 'Body text.']);
    assert.deepEqual(spans.map((s) => s.paragraph), [0, 1]);
  });
});

describe('LineIndex: 1-based lines and columns', () => {
  it('counts LF, CRLF and lone CR once each', () => {
    const index = new LineIndex('a\nb\r\nc\rd');
    assert.deepEqual(index.position(0), { line: 1, column: 1 });
    assert.deepEqual(index.position(2), { line: 2, column: 1 });
    assert.deepEqual(index.position(5), { line: 3, column: 1 });
    assert.deepEqual(index.position(7), { line: 4, column: 1 });
  });
});
