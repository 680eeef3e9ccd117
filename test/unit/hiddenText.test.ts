// Hidden text: bidirectional controls and invisible characters inside quotes and claims are a
// hidden-text warning and are shown by name, never applied. Joiners where scripts and emoji need
// them, and a file's leading byte-order mark, are not hidden text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { findHiddenRuns, revealHidden } from '../../src/core/hiddenText';

// Reads "We will finish by 2023" on screen: the right-to-left override reverses "3202".
const BIDI_QUOTE = '5 December 2020\n\n"We will finish by \u202e3202\u202c," the mayor, Dana Whitcombe, said.\n\nThe plant\u200b will open in 2023, officials said.\n';

describe('hidden text', () => {
  it('flags a quote holding a right-to-left override, and a claim holding a zero-width space', () => {
    const analysis = analyze(BIDI_QUOTE, { today: '2026-11-28' });
    const hidden = analysis.findings.filter((f) => f.rule === 'hidden-text');
    assert.deepEqual(hidden.map((f) => [f.severity, f.subject?.kind, BIDI_QUOTE.slice(f.start, f.end).slice(0, 20)]), [
      ['warning', 'quote', '"We will finish by \u202e'],
      ['warning', 'claim', 'The plant\u200b will open'],
    ]);
    assert.match(hidden[0].message, /Hidden characters in this quote \(RLO, PDF\): bidirectional controls reorder/);
    assert.match(hidden[1].message, /\(ZWSP\): invisible characters/);
  });

  it('shows hidden characters by name', () => {
    assert.equal(revealHidden('by \u202e3202\u202c'), 'by ⟦RLO⟧3202⟦PDF⟧');
    assert.equal(revealHidden('a\u200bb\u2060c\u00a0d'), 'a⟦ZWSP⟧b⟦WJ⟧c\u00a0d');
    assert.equal(revealHidden('plain text'), 'plain text');
    // Tag characters spell text nobody sees ("ASCII smuggling").
    assert.equal(revealHidden('ok\u{E0068}\u{E0069}'), 'ok⟦TAG h⟧⟦TAG i⟧');
  });

  it('leaves joiners inside emoji and scripts that use them, flag tags, and a leading byte-order mark', () => {
    const family = '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}';
    const persian = 'می\u200cخواهم';
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    assert.deepEqual(findHiddenRuns(`\ufeff${family} ${persian} ${scotland}`), []);
    assert.deepEqual(findHiddenRuns('pass\u200dword').map((r) => r.names), [['ZWJ']], 'a joiner between Latin letters hides a word break');
    assert.deepEqual(findHiddenRuns('a \ufeffb').map((r) => r.names), [['ZWNBSP']]);
  });

  it('costs nothing on text without candidates: no hidden-text finding', () => {
    const analysis = analyze('5 December 2020\n\n"We will finish by 2023," the mayor said.\n', { today: '2026-11-28' });
    assert.ok(!analysis.findings.some((f) => f.rule === 'hidden-text'));
  });
});
