// schemas/claims.schema.json (contributed with jsonValidation for *.claims.json) must describe the
// files Claimline writes and reads: the same statuses, the keys every note needs, dates and URLs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NOTE_STATUSES, NOTES_FORMAT_VERSION, parseNotesFile, serializeNotesFile, upsertNote, anchorFor } from '../../src/core/notes';

const ROOT = path.join(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'claims.schema.json'), 'utf8'));
const note = schema.definitions.note;

describe('notes file JSON schema', () => {
  it('is the one package.json registers for *.claims.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const forNotes = manifest.contributes.jsonValidation.filter((v: { fileMatch: string }) => v.fileMatch === '*.claims.json');
    assert.deepEqual(forNotes, [{ fileMatch: '*.claims.json', url: './schemas/claims.schema.json' }]);
  });

  it('lists exactly the statuses Claimline knows, each described', () => {
    assert.deepEqual(note.properties.status.enum, [...NOTE_STATUSES]);
    assert.equal(note.properties.status.enumDescriptions.length, NOTE_STATUSES.length);
  });

  it('describes every key of a note Claimline writes, and requires what the reader requires', () => {
    const text = 'PORTMERE, 14 March 2021 - The line will open next year, the mayor said.';
    const subject = { kind: 'claim' as const, index: 0, start: 27, end: 56, text: text.slice(27, 56) };
    const { notes } = upsertNote([], undefined, anchorFor(text, subject), { status: 'verified', text: 'Council minutes', sources: ['https://example.org/minutes'], checked: '2021-03-15' }, new Date('2021-03-15T10:00:00Z'), () => 'id-1');
    const written = JSON.parse(serializeNotesFile(notes, 'article.txt'));
    assert.equal(written.version, NOTES_FORMAT_VERSION);
    for (const key of Object.keys(written)) assert.ok(key in schema.properties, `top-level "${key}" described`);
    for (const key of Object.keys(written.notes[0])) assert.ok(key in note.properties, `note "${key}" described`);
    for (const key of Object.keys(written.notes[0].anchor)) assert.ok(key in note.properties.anchor.properties, `anchor "${key}" described`);
    // Every key the schema requires is one whose absence the reader rejects.
    for (const key of note.required as string[]) {
      const broken = { ...written, notes: [{ ...written.notes[0], [key]: undefined }] };
      assert.equal(parseNotesFile(JSON.stringify(broken)).ok, false, `a note without "${key}" is refused`);
    }
  });

  it('allows keys it does not know (notes files keep them)', () => {
    assert.notEqual(schema.additionalProperties, false);
    assert.notEqual(note.additionalProperties, false);
  });

  it('checks dates and source URLs as the reader does', () => {
    const date = new RegExp(note.properties.checked.pattern);
    assert.ok(date.test('2021-03-15') && !date.test('15/03/2021'));
    const url = new RegExp(note.properties.sources.items.pattern);
    assert.ok(url.test('https://example.org') && url.test('http://example.org') && !url.test('javascript:alert(1)'));
  });
});
