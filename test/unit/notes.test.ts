import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notesProblemText } from '../../src/core/notesProblems';
import {
  anchorFor,
  mergeNotes,
  NOTE_STATUSES,
  NOTES_FORMAT_VERSION,
  parseNotesFile,
  reanchorNotes,
  serializeNotesFile,
  sidecarPath,
  subjectKey,
  upsertNote,
  validateSourceUrl,
  type ClaimNote,
  type NoteSubject,
} from '../../src/core/notes';

const ARTICLE = [
  'LA PAZ - The mayor said the bridge will reopen in 2024.',
  'Officials signed the contract in 2017.',
  'In March, the council voted again.',
  'Officials signed the contract in 2017.',
  'Later the mayor added that the bridge was safe.',
].join('\n\n');

/** Claims as the analyzer would report them: one per sentence, in order. */
function subjectsIn(text: string, sentences: string[], kind: 'claim' | 'quote' = 'claim'): NoteSubject[] {
  const result: NoteSubject[] = [];
  let from = 0;
  sentences.forEach((sentence) => {
    const start = text.indexOf(sentence, from);
    assert.ok(start >= 0, `fixture sentence not found: ${sentence}`);
    result.push({ kind, index: result.length, start, end: start + sentence.length, text: sentence });
    from = start + sentence.length;
  });
  return result;
}

function note(id: string, anchor: ClaimNote['anchor'], extra: Partial<ClaimNote> = {}): ClaimNote {
  return { id, anchor, status: 'verified', text: `note ${id}`, sources: [], updated: '2026-11-01T10:00:00.000Z', ...extra };
}

const SENTENCES = [
  'LA PAZ - The mayor said the bridge will reopen in 2024.',
  'Officials signed the contract in 2017.',
  'In March, the council voted again.',
  'Officials signed the contract in 2017.',
  'Later the mayor added that the bridge was safe.',
];

describe('notes sidecar format', () => {
  it('round-trips notes through serialize and parse, with a version field', () => {
    const notes = [note('a', { kind: 'claim', text: 'x', before: '', after: '' }, { checked: '2026-11-28', sources: ['https://example.org/a'] })];
    const text = serializeNotesFile(notes, 'article.txt');
    assert.equal(JSON.parse(text).version, NOTES_FORMAT_VERSION);
    const parsed = parseNotesFile(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.notes, notes);
    assert.equal(parsed.file.article, 'article.txt');
  });

  it('reads an empty file as an empty store', () => {
    const parsed = parseNotesFile('  \n');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.notes, []);
  });

  it('reports broken JSON with its line and column', () => {
    const parsed = parseNotesFile('{\n  "version": 1,\n  "notes": [,]\n}');
    assert.equal(parsed.ok, false);
    assert.ok(!parsed.ok && parsed.reason === 'invalid');
    assert.match(!parsed.ok ? parsed.message : '', /not valid JSON .*line 3, column \d+/);
  });

  it('names the field that is wrong in a hand-edited note', () => {
    const bad = { version: 1, notes: [note('a', { kind: 'claim', text: 'x', before: '', after: '' }), { ...note('b', { kind: 'claim', text: 'y', before: '', after: '' }), status: 'probably' }] };
    const parsed = parseNotesFile(JSON.stringify(bad));
    assert.ok(!parsed.ok);
    assert.equal(parsed.reason, 'invalid');
    assert.match(parsed.message, /notes\[1\]: "status" must be one of/);
  });

  it('rejects a missing version, duplicate ids, non-http sources are still strings', () => {
    assert.ok(!parseNotesFile('{"notes": []}').ok);
    const dup = { version: 1, notes: [note('a', { kind: 'claim', text: 'x', before: '', after: '' }), note('a', { kind: 'quote', text: 'y', before: '', after: '' })] };
    const parsed = parseNotesFile(JSON.stringify(dup));
    assert.ok(!parsed.ok && /duplicate id "a"/.test(parsed.message));
  });

  it('treats a newer format version as read-only, not as corrupt', () => {
    const parsed = parseNotesFile(JSON.stringify({ version: NOTES_FORMAT_VERSION + 1, notes: 'whatever the future holds' }));
    assert.ok(!parsed.ok);
    assert.equal(parsed.reason, 'newer-version');
    assert.equal(parsed.version, NOTES_FORMAT_VERSION + 1);
    assert.match(parsed.message, /newer Claimline/);
  });

  it('says what is wrong as data, for each view to word in its own language', () => {
    const problem = (text: string) => {
      const parsed = parseNotesFile(text);
      assert.ok(!parsed.ok, text);
      assert.equal(parsed.message, notesProblemText(parsed.problem), 'the English message is the problem worded');
      return parsed.problem;
    };
    const valid = note('a', { kind: 'claim', text: 'x', before: '', after: '' });
    assert.deepEqual(problem('{\n  "version": 1,\n  "notes": [,]\n}'), { code: 'invalid-json', found: ',', line: 3, column: 13 });
    assert.deepEqual(problem('{"version": 1, "notes": ['), { code: 'invalid-json', found: null, line: 1, column: 26 });
    assert.deepEqual(problem('[]'), { code: 'not-an-object' });
    assert.deepEqual(problem('{"notes": []}'), { code: 'bad-version', current: NOTES_FORMAT_VERSION });
    assert.deepEqual(problem('{"version": 1, "notes": {}}'), { code: 'notes-not-array' });
    assert.deepEqual(problem(JSON.stringify({ version: 1, notes: [valid, 'x'] })), { code: 'note-not-object', index: 1 });
    assert.deepEqual(problem(JSON.stringify({ version: 1, notes: [{ ...valid, checked: '5 May' }] })), { code: 'note-field', index: 0, field: 'checked' });
    assert.deepEqual(problem(JSON.stringify({ version: 1, notes: [{ ...valid, anchor: { ...valid.anchor, after: 3 } }] })), { code: 'note-field', index: 0, field: 'anchor.after' });
    assert.deepEqual(problem(JSON.stringify({ version: 1, notes: [valid, valid] })), { code: 'duplicate-id', index: 1, id: 'a' });
    assert.deepEqual(problem(JSON.stringify({ version: 7, notes: [] })), { code: 'newer-version', version: 7, current: NOTES_FORMAT_VERSION });
    assert.equal(notesProblemText({ code: 'note-field', index: 2, field: 'status' }), `notes[2]: "status" must be one of ${NOTE_STATUSES.join(', ')}`);
  });

  it('has every notes-file problem worded in Spanish by the extension (l10n bundle), none left in English', () => {
    const root = join(__dirname, '..', '..');
    const source = readFileSync(join(root, 'src', 'extension', 'notesProblems.ts'), 'utf8');
    const spanish = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.es.json'), 'utf8')) as Record<string, string>;
    const keys = [...source.matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]);
    assert.ok(keys.length >= 20, `${keys.length} strings`);
    for (const key of keys) {
      const translated = spanish[key];
      assert.ok(translated, `no Spanish for "${key}"`);
      assert.doesNotMatch(translated, /\b(?:must|not valid|line|column|regular file|above the|limit)\b/, translated);
    }
    // Every problem the core can report is worded: TypeScript checks the switch is exhaustive, this checks each case is there.
    for (const code of ['too-deep', 'invalid-json', 'invalid-json-unplaced', 'not-an-object', 'bad-version', 'newer-version', 'notes-not-array', 'note-not-object', 'note-field', 'duplicate-id']) {
      assert.ok(source.includes(`case '${code}':`), code);
    }
  });

  it('accepts a byte-order mark', () => {
    assert.ok(parseNotesFile('\ufeff' + serializeNotesFile([])).ok);
  });

  it('keeps unknown keys, top-level and per note, through read, change, merge and write', () => {
    const anchor = { kind: 'claim' as const, text: 'x', before: '', after: '' };
    const original = {
      version: 1,
      desk: { name: 'Verification', reviewers: ['ana', 'li'] },
      article: 'a.txt',
      notes: [{ ...note('a', anchor), assignedTo: 'ana', workflow: { step: 2 } }, note('b', anchor)],
      exportedAt: '2026-12-01',
    };
    const read = parseNotesFile(JSON.stringify(original));
    assert.ok(read.ok);
    assert.deepEqual(read.file.extra, { desk: original.desk, exportedAt: '2026-12-01' });
    const now = new Date('2026-12-07T00:00:00Z');
    const merged = mergeNotes(read.file.notes, [note('c', anchor)]);
    const { notes } = upsertNote(merged, merged[0], anchor, { status: 'verified', text: 'checked' }, now, () => 'new');
    const written = parseNotesFile(serializeNotesFile(notes, 'a.txt', read.file.extra));
    assert.ok(written.ok);
    assert.deepEqual(written.file.extra, read.file.extra, 'top-level keys survive');
    const first = written.file.notes[0] as unknown as Record<string, unknown>;
    assert.equal(first.status, 'verified');
    assert.deepEqual([first.assignedTo, first.workflow], ['ana', { step: 2 }], 'keys inside a note survive');
    // Claimline's own keys are never taken from the extras.
    assert.equal(JSON.parse(serializeNotesFile([], 'a.txt', { version: 7, notes: 'x', article: 'b' })).version, NOTES_FORMAT_VERSION);
  });
});

describe('merging concurrent versions of a sidecar', () => {
  const anchor = { kind: 'claim' as const, text: 'x', before: '', after: '' };

  it('keeps notes added in either window', () => {
    const ours = [note('a', anchor)];
    const theirs = [note('b', anchor)];
    assert.deepEqual(mergeNotes(ours, theirs).map((n) => n.id), ['a', 'b']);
  });

  it('keeps the most recently updated version of a note edited in both', () => {
    const older = note('a', anchor, { text: 'old', updated: '2026-11-01T10:00:00.000Z' });
    const newer = note('a', anchor, { text: 'new', updated: '2026-11-01T10:05:00.000Z' });
    assert.equal(mergeNotes([older], [newer])[0].text, 'new');
    assert.equal(mergeNotes([newer], [older])[0].text, 'new');
  });

  it('never drops a note on merge', () => {
    const ours = [note('a', anchor), note('c', anchor)];
    const theirs = [note('b', anchor), note('a', anchor, { updated: '2027-01-01T00:00:00.000Z' })];
    assert.deepEqual(new Set(mergeNotes(ours, theirs).map((n) => n.id)), new Set(['a', 'b', 'c']));
  });
});

describe('re-anchoring notes to claims after edits', () => {
  const subjects = subjectsIn(ARTICLE, SENTENCES);

  it('re-attaches a note to the same text after text is inserted above it', () => {
    const n = note('n1', anchorFor(ARTICLE, subjects[2]));
    const edited = 'BREAKING\n\n' + ARTICLE;
    const result = reanchorNotes([n], subjectsIn(edited, SENTENCES), edited);
    assert.equal(result.attached.get(subjectKey({ kind: 'claim', index: 2 }))?.id, 'n1');
    assert.equal(result.how.get('claim:2'), 'exact');
    assert.equal(result.orphans.length, 0);
  });

  it('picks the right one of two identical sentences by their context', () => {
    const second = note('second', anchorFor(ARTICLE, subjects[3]));
    const first = note('first', anchorFor(ARTICLE, subjects[1]));
    const result = reanchorNotes([second, first], subjects, ARTICLE);
    assert.equal(result.attached.get('claim:3')?.id, 'second');
    assert.equal(result.attached.get('claim:1')?.id, 'first');
    assert.equal(result.how.get('claim:3'), 'context');
  });

  it('follows a repeated sentence that moved, by its context', () => {
    const n = note('moved', anchorFor(ARTICLE, subjects[3]));
    // The council sentence and the repeated contract sentence swap places.
    const reordered = [SENTENCES[0], SENTENCES[1], SENTENCES[3], SENTENCES[2], SENTENCES[4]];
    const text = reordered.join('\n\n');
    const result = reanchorNotes([n], subjectsIn(text, reordered), text);
    // Its old context ("…voted again." before it) no longer exists; the note must still attach to one
    // of the two identical sentences, not become an orphan.
    assert.equal(result.orphans.length, 0);
    assert.ok(['claim:1', 'claim:2'].some((key) => result.attached.get(key)?.id === 'moved'));
  });

  it('re-attaches to a lightly edited sentence (similar text)', () => {
    const n = note('edited', anchorFor(ARTICLE, subjects[0]));
    const changed = SENTENCES.map((s, i) => (i === 0 ? 'LA PAZ - The mayor said the bridge will reopen in early 2025.' : s));
    const text = changed.join('\n\n');
    const result = reanchorNotes([n], subjectsIn(text, changed), text);
    assert.equal(result.attached.get('claim:0')?.id, 'edited');
    assert.equal(result.how.get('claim:0'), 'similar');
  });

  it('keeps the note of a deleted claim as an orphan', () => {
    const n = note('gone', anchorFor(ARTICLE, subjects[2]));
    const remaining = SENTENCES.filter((_, i) => i !== 2);
    const text = remaining.join('\n\n');
    const result = reanchorNotes([n], subjectsIn(text, remaining), text);
    assert.equal(result.attached.size, 0);
    assert.deepEqual(result.orphans.map((o) => o.id), ['gone']);
  });

  it('does not attach a quote note to a claim with the same text', () => {
    const quoteSubject: NoteSubject = { ...subjects[4], kind: 'quote', index: 0 };
    const n = note('q', anchorFor(ARTICLE, quoteSubject));
    const result = reanchorNotes([n], subjects, ARTICLE);
    assert.deepEqual(result.orphans.map((o) => o.id), ['q']);
  });

  it('gives each claim at most one note and each note one claim', () => {
    const a = note('a', anchorFor(ARTICLE, subjects[0]));
    const b = note('b', anchorFor(ARTICLE, subjects[0]), { updated: '2026-11-02T00:00:00.000Z' });
    const result = reanchorNotes([a, b], subjects, ARTICLE);
    assert.equal(result.attached.size, 1);
    assert.equal(result.orphans.length, 1);
  });
});

describe('changing a note', () => {
  const anchor = { kind: 'claim' as const, text: 'x', before: '', after: '' };
  const now = new Date('2026-11-28T09:00:00.000Z');

  it('creates an unverified note with a fresh id, then applies the change and dates the check', () => {
    const { notes, note: created } = upsertNote([], undefined, anchor, { status: 'verified' }, now, () => 'id-1');
    assert.equal(notes.length, 1);
    assert.equal(created.id, 'id-1');
    assert.equal(created.status, 'verified');
    assert.equal(created.checked, '2026-11-28');
    assert.equal(created.updated, now.toISOString());
  });

  it('updates the existing note in place and refreshes its anchor', () => {
    const existing = note('a', anchor);
    const fresh = { ...anchor, text: 'x edited' };
    const { notes } = upsertNote([existing, note('b', anchor)], existing, fresh, { text: 'checked with the ministry' }, now, () => 'unused');
    assert.equal(notes.length, 2);
    assert.equal(notes[0].text, 'checked with the ministry');
    assert.equal(notes[0].anchor.text, 'x edited');
    assert.equal(notes[0].status, 'verified');
  });
});

describe('source URLs and sidecar paths', () => {
  it('accepts http and https links and empty input', () => {
    assert.equal(validateSourceUrl('https://www.example.org/report'), undefined);
    assert.equal(validateSourceUrl('http://example.org'), undefined);
    assert.equal(validateSourceUrl(''), undefined);
  });

  it('refuses other schemes and non-URLs', () => {
    assert.match(validateSourceUrl('javascript:alert(1)') ?? '', /Only http/);
    assert.match(validateSourceUrl('command:workbench.action.quit') ?? '', /Only http/);
    assert.match(validateSourceUrl('example.org') ?? '', /full web address/);
    assert.match(validateSourceUrl('https://bank.example@evil.example/') ?? '', /user name and password/);
  });

  it('puts the sidecar beside the article or mirrored under .claimline/', () => {
    assert.equal(sidecarPath('/w/news/a.txt', 'beside', '/w'), '/w/news/a.txt.claims.json');
    assert.equal(sidecarPath('/w/news/a.txt', 'workspaceFolder', '/w'), '/w/.claimline/news/a.txt.claims.json');
    assert.equal(sidecarPath('/w/news/a.txt', 'workspaceFolder', '/w/'), '/w/.claimline/news/a.txt.claims.json');
    // Outside the folder there is nothing to mirror: fall back to beside.
    assert.equal(sidecarPath('/elsewhere/a.txt', 'workspaceFolder', '/w'), '/elsewhere/a.txt.claims.json');
    assert.equal(sidecarPath('/wx/a.txt', 'workspaceFolder', '/w'), '/wx/a.txt.claims.json');
  });
});
