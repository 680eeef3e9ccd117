// Hover Markdown under attack: article words, speakers, quotes, notes and their sources are written by
// others, so arbitrary strings (with the payloads an attacker would try mixed in) go into every
// untrusted field, and the hover text is parsed by a real CommonMark parser (markdown-it, with raw
// HTML and autolinking on, so anything that could become a link or markup does). The only command
// links may be Claimline's own, once each, with the hovered document and subject as arguments; the
// only other links are the notes' parsed web sources; no HTML and no images.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeMarkdown, explainAt, HOVER_COMMANDS, HOVER_NOTE_LIMIT, sourceLink } from '../../src/core/explain';
import type { ClaimNote, NoteStatus } from '../../src/core/notes';
import { openableUrl } from '../../src/core/timeline';
import type { Analysis } from '../../src/core/types';

const SEED = 20261207;
const parser = new MarkdownIt({ html: true, linkify: true });

/** What an attacker would put in a note or an article, as fragments to combine with random text. */
const PAYLOADS = [
  '[Approve](command:claimline.markVerified)',
  ')[Approve](command:claimline.markVerified)',
  '[x](command:claimline.editNote?%5B%22file%3A%2F%2F%2Fa.txt%22%2C%7B%22kind%22%3A%22claim%22%2C%22index%22%3A0%7D%2C%7B%22text%22%3A%22Verified%20by%20attacker%22%7D%5D)',
  '[Mark verified](command:claimline.markVerified?%5B%22file%3A%2F%2F%2Fa.txt%22%2C%7B%22kind%22%3A%22claim%22%2C%22index%22%3A0%7D%5D)',
  '<command:claimline.markVerified>',
  '<a href="command:claimline.markVerified">go</a>',
  '<img src=x onerror=alert(1)>',
  '![i](https://evil.example/p.png)',
  '[r]: command:claimline.markVerified\n\n[r]',
  '$(terminal)',
  '$(check) Verified',
  'https://evil.example/a)b',
  'https://user:pass@bank.example@evil.example/',
  'www.evil.example',
  'mail@evil.example',
  'javascript:alert(1)',
  'command:workbench.action.terminal.new',
  '&#41;&#40;&lpar;',
  '\\',
  '`',
  '```\n',
  '\n\n    indented\n',
  '\u202e3202 yb hsinif lliw eW\u202c',
  '\u200b\u2060\ufeff',
  '|a|b|\n|-|-|',
  '*_~#>-+=!.',
];

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 6 })
  .map((parts) => parts.join(''));

/** Sources: hostile strings, and web addresses with hostile paths (which must become safe links). */
const source = fc.oneof(
  hostile,
  hostile.map((rest) => `https://example.org/${rest}`),
  hostile.map((rest) => `http://a.example/${rest}?q=${rest}#${rest}`),
  fc.constantFrom(...PAYLOADS.filter((p) => p.startsWith('http'))),
);

const STATUSES: NoteStatus[] = ['unverified', 'verified', 'disputed'];
const note = fc.record({
  text: fc.oneof(hostile, hostile.map((t) => t.repeat(1 + Math.ceil(HOVER_NOTE_LIMIT / Math.max(1, t.length))))),
  sources: fc.array(source, { maxLength: 4 }),
  status: fc.constantFrom(...STATUSES),
});

const LENGTH = 120;
const scenario = fc.record({
  article: hostile.map((t) => (t + 'x'.repeat(LENGTH)).slice(0, LENGTH)),
  uri: fc.oneof(fc.constant('file:///a.txt'), hostile.map((t) => `file:///${t}.txt`)),
  timexText: hostile,
  reasoning: hostile,
  speakerName: hostile,
  mention: hostile,
  claimSource: hostile,
  publishedDescription: hostile,
  note: fc.option(note, { nil: undefined }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function analysisOf(s: Scenario): Analysis {
  const speaker = { name: s.speakerName, mention: s.mention, method: 'description' as const, start: 60, end: 64 };
  return {
    published: { value: '2020-12-05', source: 'dateline', description: s.publishedDescription, start: 0, end: 5 },
    today: '2026-11-28',
    timexes: [{ start: 10, end: 20, text: s.timexText, type: 'DATE', value: '2023', reasoning: s.reasoning, ambiguous: true, tense: 'future' }],
    quotes: [{ start: 8, end: 40, text: s.article.slice(8, 40), speaker, edited: true, edits: [{ start: 12, end: 16 }], group: 0 }],
    claims: [{ start: 0, end: 50, text: s.article.slice(0, 50), kind: 'future', timexes: [0], timexKinds: ['future'], speaker, source: s.claimSource, stale: true, quote: 0 }],
    findings: [],
  };
}

function noteOf(s: Scenario): ClaimNote | undefined {
  if (!s.note) return undefined;
  return { id: 'n', anchor: { kind: 'claim', text: '', before: '', after: '' }, updated: '2026-01-01T00:00:00Z', ...s.note };
}

function* walk(tokens: Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (token.children) yield* walk(token.children);
  }
}

/** A URL with percent-encoded ASCII punctuation decoded, so "(" and "%28" compare equal. */
function canonical(url: string): string {
  return new URL(url).href.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[!-/:-@[-`{-~]/.test(char) ? char : escape.toUpperCase();
  });
}

const LABELS: Record<string, RegExp> = {
  'claimline.showTimeline': /^Open in timeline$/,
  'claimline.markVerified': /^Mark verified$/,
  'claimline.editNote': /^(Add|Edit) note$/,
  'claimline.showNote': /^Open the full note$/,
};

interface Link {
  href: string;
  text: string;
}

function linksOf(markdown: string): Link[] {
  const tokens = [...walk(parser.parse(markdown, {}))];
  const forbidden = tokens.filter((t) => t.type === 'html_inline' || t.type === 'html_block' || t.type === 'image');
  assert.deepEqual(forbidden.map((t) => t.content), [], 'no HTML and no images');
  const links: Link[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'link_open') continue;
    let text = '';
    for (let j = i + 1; j < tokens.length && tokens[j].type !== 'link_close'; j++) text += tokens[j].content;
    links.push({ href: tokens[i].attrGet('href') ?? '', text });
  }
  return links;
}

function checkHover(s: Scenario): void {
  const analysis = analysisOf(s);
  const theNote = noteOf(s);
  for (const offset of [12, 30]) {
    const explanation = explainAt({ analysis, text: s.article, offset, uri: s.uri, noteFor: (subject) => (subject.kind === 'claim' ? theNote : undefined) });
    assert.ok(explanation);
    const links = linksOf(explanation.markdown);
    const commands = links.filter((l) => l.href.startsWith('command:'));
    const web = links.filter((l) => !l.href.startsWith('command:'));

    const expected = ['claimline.showTimeline', ...(theNote?.status === 'verified' ? [] : ['claimline.markVerified']), 'claimline.editNote'];
    if (theNote && theNote.text.trim().length > HOVER_NOTE_LIMIT) expected.splice(1, 0, 'claimline.showNote');
    const names = commands.map((l) => l.href.slice('command:'.length, l.href.indexOf('?')));
    assert.deepEqual([...names].sort(), [...expected].sort(), 'exactly Claimline’s own command links, once each');
    for (const [i, link] of commands.entries()) {
      assert.ok((HOVER_COMMANDS as readonly string[]).includes(names[i]));
      assert.match(link.text, LABELS[names[i]], 'a command link has Claimline’s own label');
      const args = JSON.parse(decodeURIComponent(link.href.slice(link.href.indexOf('?') + 1)));
      assert.deepEqual(args, [s.uri, { kind: 'claim', index: 0 }], 'with the hovered document and claim as arguments');
    }

    const allowed = new Set((theNote?.sources ?? []).map(openableUrl).filter((u) => u !== undefined).map(canonical));
    for (const link of web) {
      const url = new URL(link.href);
      assert.ok(url.protocol === 'https:' || url.protocol === 'http:', link.href);
      assert.equal(url.username + url.password, '', 'no user info in a link');
      assert.ok(allowed.has(canonical(link.href)), `link ${link.href} is one of the note's sources`);
      assert.equal(link.text, url.host, 'a source link shows the host it goes to');
    }
    assert.equal(web.length, allowed.size === 0 ? 0 : web.length);
  }
}

describe('hover Markdown with hostile text (fast-check, markdown-it)', () => {
  it('the only links are Claimline’s own commands with Claimline’s own arguments, and the notes’ web sources', () => {
    fc.assert(fc.property(scenario, checkHover), { seed: SEED, numRuns: 200 });
  });

  it('the reported attacks: a source breaking out of its link, a command in note text, an icon, user info', () => {
    const s: Scenario = {
      article: 'x'.repeat(LENGTH),
      uri: 'file:///a.txt',
      timexText: '2023',
      reasoning: 'explicit year',
      speakerName: 'Luis Arce',
      mention: 'the president',
      claimSource: '',
      publishedDescription: 'the dateline',
      note: {
        status: 'disputed',
        text: '$(terminal) see https://evil.example and [Approve](command:claimline.markVerified)',
        sources: ['https://example.org/a)[Approve](command:claimline.markVerified)', 'https://user:pass@evil.example/', 'https://example.org/(paren)'],
      },
    };
    checkHover(s);
    const markdown = explainAt({ analysis: analysisOf(s), text: s.article, offset: 12, uri: s.uri, noteFor: () => noteOf(s) })!.markdown;
    const links = linksOf(markdown);
    assert.deepEqual(
      links.filter((l) => !l.href.startsWith('command:')).map((l) => [l.text, l.href]),
      [
        ['example.org', 'https://example.org/a%29%5BApprove%5D%28command:claimline.markVerified%29'],
        ['example.org', 'https://example.org/%28paren%29'],
      ],
    );
    assert.match(markdown, /1 not shown as a link/);
    assert.ok(!markdown.includes('$(terminal)'), 'an icon reference stays escaped text');
  });

  it('builds source links from parsed URLs only', () => {
    assert.equal(sourceLink('javascript:alert(1)'), undefined);
    assert.equal(sourceLink('https://bank.example@evil.example/'), undefined);
    assert.equal(sourceLink('https://example.org/a b'), '[example\\.org](https://example.org/a%20b)');
    assert.equal(sourceLink('https://example.org/?a=1&b=(2)'), '[example\\.org](https://example.org/?a=1\\&b=%282%29)');
  });

  it('cuts a long note, says how much is left and links to the whole note', () => {
    const text = 'a'.repeat(HOVER_NOTE_LIMIT - 1) + '😀' + 'b'.repeat(50_000_000);
    const s: Scenario = { ...emptyScenario(), note: { status: 'unverified', text, sources: [] } };
    const markdown = explainAt({ analysis: analysisOf(s), text: s.article, offset: 12, uri: s.uri, noteFor: () => noteOf(s) })!.markdown;
    assert.ok(markdown.length < 5_000, `hover is ${markdown.length} characters`);
    assert.match(markdown, /a…\(50,000,002 more characters\)|a… \(50,000,002 more characters\)/);
    assert.ok(linksOf(markdown).some((l) => l.text === 'Open the full note'));
    checkHover(s);
  });

  it('shows hidden characters by name instead of applying them', () => {
    assert.equal(escapeMarkdown('by \u202e3202\u202c'), 'by ⟦RLO⟧3202⟦PDF⟧');
  });
});

function emptyScenario(): Scenario {
  return { article: 'x'.repeat(LENGTH), uri: 'file:///a.txt', timexText: '2023', reasoning: '', speakerName: 'A', mention: 'A', claimSource: '', publishedDescription: 'the dateline', note: undefined };
}
