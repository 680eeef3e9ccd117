// The CLI writes its JSON Lines record as text it builds itself (src/cli/json.ts); the record must stay
// exactly JSON.stringify of toJsonRecord, the documented contract, with and without messages.
import * as assert from 'node:assert/strict';
import { jsonRecordPieces, toJsonRecord } from '../../src/cli/json';
import { analyze } from '../../src/core/analyze';
import type { ShownFinding } from '../../src/core/report';

const ARTICLE = `March 3, 2021

"We will open the \\"new\\" bridge next year," said Mayor Ana O'Neill-Díaz on Tuesday.
The council said last week that work began in 2019 and ended two months ago.
Officials expect the vote "by the end of the summer" — a tab\there, a backslash \\ there.
The mayor said on 5 January 2020 that the deal would close by 2020.
`;

function shownOf(text: string): { analysis: ReturnType<typeof analyze>; shown: ShownFinding[] } {
  const analysis = analyze(text, { today: '2026-11-28' });
  return { analysis, shown: analysis.findings.map((finding) => ({ finding, severity: finding.severity })) };
}

describe('CLI JSON record', () => {
  it('joined pieces are JSON.stringify of the record, with and without messages', () => {
    const { analysis, shown } = shownOf(ARTICLE);
    // The sample must exercise every list and a finding about a subject.
    assert.ok(analysis.timexes.length > 3 && analysis.quotes.length > 0 && analysis.claims.length > 0);
    assert.ok(shown.some((item) => item.finding.subject !== undefined));
    assert.ok(analysis.quotes.some((quote) => quote.speaker !== null));
    for (const messages of [false, true]) {
      for (const head of [{ file: 'a "b".txt' }, { id: { n: 1, s: 'x' } }]) {
        const joined = [...jsonRecordPieces(head, analysis, shown, { messages })].join('');
        assert.equal(joined, JSON.stringify(toJsonRecord(head, analysis, shown, { messages })));
      }
    }
  });

  it('a long record comes in many pieces, none of them huge, and still joins to the record', () => {
    const { analysis, shown } = shownOf(`March 3, 2021\n\n${'He said on Monday that it ended in May 2020. '.repeat(4000)}`);
    const pieces = [...jsonRecordPieces({ file: 'long.txt' }, analysis, shown, { messages: false })];
    assert.ok(pieces.length > 10);
    assert.ok(pieces.every((piece) => piece.length < 1 << 18));
    assert.equal(pieces.join(''), JSON.stringify(toJsonRecord({ file: 'long.txt' }, analysis, shown, { messages: false })));
  });
});
