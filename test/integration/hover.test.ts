// Hovers explain claims, quotes and dates, through the real hover API.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { articleAfter, baselineSettings, claimline, closeAll, copyFixture, hoverText, openArticle, positionOf, ruleOf } from './articles';

describe('hover', function () {
  this.timeout(60_000);
  let uri: vscode.Uri;
  let document: vscode.TextDocument;

  before(async () => {
    await baselineSettings();
    uri = copyFixture('border-crossing.txt', 'hover');
    const { editor } = await openArticle(uri, (d) => d.some((x) => ruleOf(x) === 'stale-prediction'));
    document = editor.document;
  });
  after(closeAll);

  it('explains a date: resolved value, reasoning, claim kind and the publication date with its source', async () => {
    const { text, hovers } = await hoverText(uri, positionOf(document, 'January', 0, 2));
    assert.match(text, /\*\*January\*\* → January 2021 \(`2021-01`\)/);
    // Article-derived words are escaped punctuation by punctuation (a comma is "\,").
    assert.match(text, /publication date\\, 14 Mar 2021/);
    assert.match(text, /Past claim/);
    assert.match(text, /Published 14 Mar 2021 \(from the dateline\)/);
    const ours = hovers.find((h) => h.contents.some((c) => typeof c !== 'string' && c.value.includes('January 2021')))!;
    assert.strictEqual(document.getText(ours.range), 'January', 'the hover covers the expression');
  });

  it('explains who said a quote and how the speaker was found', async () => {
    const { text } = await hoverText(uri, positionOf(document, 'We want the bridge', 0, 3));
    assert.match(text, /Quoted statement\*\* by \*\*Lenin Moreno\*\*: “the president” → Lenin Moreno/);
  });

  it('explains an edited quote with its editorial marks', async () => {
    const { text } = await hoverText(uri, positionOf(document, 'We lost almost', 0, 3));
    assert.match(text, /Edited quote\*\*: contains `\[Ecuadorian\]`, `\.\.\.`/);
  });

  it('calls out a stale prediction against today', async () => {
    const { text } = await hoverText(uri, positionOf(document, '2022', 0, 1));
    assert.match(text, /Stale prediction.*28 Nov 2026/s);
  });

  it('links only to Claimline commands, and trusts no others', async () => {
    const { hovers } = await hoverText(uri, positionOf(document, 'January', 0, 2));
    const markdown = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value.includes('Open in timeline'))!;
    assert.ok(markdown, 'command links present');
    const commands = [...markdown.value.matchAll(/\(command:([\w.]+)\?/g)].map((m) => m[1]);
    assert.deepStrictEqual([...new Set(commands)].sort(), ['claimline.editNote', 'claimline.markVerified', 'claimline.showTimeline']);
    const trust = markdown.isTrusted;
    assert.ok(typeof trust === 'object' && trust.enabledCommands.every((c) => c.startsWith('claimline.')), 'trust limited to Claimline commands');
  });

  it('shows the fact-checker’s note and status', async () => {
    const { services } = await claimline();
    const article = services.article(uri)!;
    const claim = article.analysis.claims.findIndex((c) => c.text.startsWith('In January'));
    assert.ok(claim >= 0);
    await articleAfter(
      uri,
      () => services.updateNote(uri, { kind: 'claim', index: claim }, { status: 'disputed', text: 'The bank says the loan came in **February**', sources: ['https://bank.example.org/press/loan'] }),
      (a) => a.noteFor({ kind: 'claim', index: claim })?.status === 'disputed',
    );
    const { text } = await hoverText(uri, positionOf(document, 'January', 0, 2));
    assert.match(text, /\*\*Note\*\* · Disputed · checked/);
    assert.match(text, /The bank says the loan came in \\\*\\\*February\\\*\\\*/, 'note text is escaped, not formatted');
    assert.match(text, /\(https:\/\/bank\.example\.org\/press\/loan\)/);
  });

  it('cuts a long note, and its link opens the whole note read-only', async () => {
    const { services } = await claimline();
    const article = services.article(uri)!;
    const claim = article.analysis.claims.findIndex((c) => c.text.startsWith('In January'));
    const long = 'The loan papers say: ' + 'clause. '.repeat(2000);
    await articleAfter(
      uri,
      () => services.updateNote(uri, { kind: 'claim', index: claim }, { text: long }),
      (a) => a.noteFor({ kind: 'claim', index: claim })?.text === long,
    );
    const { text } = await hoverText(uri, positionOf(document, 'January', 0, 2));
    assert.ok(text.length < 5000, `hover of ${text.length} characters`);
    const link = /\[Open the full note\]\(command:claimline\.showNote\?([^)]+)\)/.exec(text);
    assert.ok(link, 'a link to the whole note');
    const args = JSON.parse(decodeURIComponent(link[1]));
    await vscode.commands.executeCommand('claimline.showNote', ...args);
    const shown = vscode.window.activeTextEditor!.document;
    assert.strictEqual(shown.uri.scheme, 'claimline-note');
    assert.strictEqual(shown.getText(), long);
    assert.ok(!(await claimline()).services.article(shown.uri), 'the note view is not analyzed as an article');
    await vscode.window.showTextDocument(document);
  });

  it('says nothing about text that is neither a claim nor a quote', async () => {
    const { text } = await hoverText(uri, positionOf(document, 'Listen Live', 0, 2));
    assert.ok(!/Published|Quoted statement|claim\*\*/.test(text), text);
  });
});
