// Spanish UI in a real VS Code. VS Code switches its display language (code-server's `--locale es`)
// only with a Spanish language pack installed, and none is available offline here, so this suite
// takes the English UI the real extension shows — its manifest as VS Code resolved it, its quick fixes, the labels its
// timeline panel hands to the webview — and translates each string through @vscode/l10n with the
// Spanish bundle shipped in the installed extension, the same lookup vscode.l10n.t makes when the
// display language is Spanish. A string that bypasses localisation, or a missing translation, fails.
// What the core writes about an article (diagnostics, hovers, the timeline's dates, exports) comes
// from the core's message catalog, whose language is vscode.env.language or the
// claimline.messageLanguage setting: the second suite sets it to "es" and reads the real
// diagnostics, hover and timeline model the running extension produces.
import * as assert from 'assert';
import * as fs from 'fs';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { articleAfter, baselineSettings, claimline, closeAll, copyFixture, diagnosticsAfterSetting, hoverText, openArticle, positionOf, setSetting } from './articles';

async function shippedJson(path: string): Promise<Record<string, string>> {
  const extension = vscode.extensions.getExtension('claimline.claimline');
  assert.ok(extension, 'claimline.claimline is loaded');
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, path));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>;
}

/** The Spanish for an English UI string, failing when the bundle has none. */
function spanish(english: string): string {
  const text = l10n.t(english);
  assert.notEqual(text, english, `no Spanish for "${english}"`);
  return text;
}

describe('Spanish UI (l10n)', function () {
  this.timeout(60_000);
  before(async () => {
    await baselineSettings();
    l10n.config({ contents: await shippedJson('l10n/bundle.l10n.es.json') });
  });
  afterEach(closeAll);

  it('ships the manifest translations, and VS Code resolves the %keys% of the manifest', async () => {
    await claimline();
    const extension = vscode.extensions.getExtension('claimline.claimline')!;
    const manifest = extension.packageJSON as { l10n?: string; contributes: { commands: { command: string; title: string }[] } };
    assert.equal(manifest.l10n, './l10n');
    const show = manifest.contributes.commands.find((command) => command.command === 'claimline.showTimeline');
    assert.equal(show?.title, 'Show Claim Timeline', 'VS Code replaced %command.showTimeline.title% from package.nls.json');
    const nlsSpanish = await shippedJson('package.nls.es.json');
    assert.equal(nlsSpanish['command.showTimeline.title'], 'Mostrar la línea de tiempo de afirmaciones');
    assert.equal(nlsSpanish['command.markVerified.title'], 'Marcar la afirmación como verificada');
  });

  it('translates the quick fixes a claim really offers', async () => {
    const uri = copyFixture('border-crossing.txt', 'l10n', 'quick-fixes.txt');
    const { editor } = await openArticle(uri);
    const start = positionOf(editor.document, 'January');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(start, start.translate(0, 7)))) ?? [];
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('Mark claim verified'), titles.join(' | '));
    const translated = titles.filter((title) => !title.startsWith('Disable ')).map(spanish);
    assert.ok(translated.includes('Marcar la afirmación como verificada'), translated.join(' | '));
    assert.ok(translated.includes('Agregar una nota con fuente a esta afirmación…'), translated.join(' | '));
    assert.ok(translated.includes('Ignorar esta afirmación'), translated.join(' | '));
    // Formatted titles translate through their {0} pattern.
    assert.ok(titles.includes('Disable dated-claim for this line'));
    assert.equal(l10n.t('Disable {0} for this line', 'dated-claim'), 'Desactivar dated-claim en esta línea');
  });

  it('translates the command links of a real hover', async () => {
    const uri = copyFixture('border-crossing.txt', 'l10n', 'hover.txt');
    const { editor } = await openArticle(uri);
    const { text } = await hoverText(uri, positionOf(editor.document, 'January', 0, 2));
    const labels = [...text.matchAll(/\[([^\]]+)\]\(command:claimline\./g)].map((match) => match[1]);
    assert.deepEqual(labels, ['Open in timeline', 'Mark verified', 'Add note'], text);
    assert.deepEqual(labels.map(spanish), ['Ver en la línea de tiempo', 'Marcar como verificada', 'Agregar nota']);
  });

  it('translates every label the real timeline panel hands to its webview', async () => {
    const uri = copyFixture('border-crossing.txt', 'l10n', 'timeline.txt');
    await openArticle(uri);
    await vscode.commands.executeCommand('claimline.showTimeline', uri);
    await vscode.commands.executeCommand('claimline.timeline.nextRender', 20_000);
    const state = await vscode.commands.executeCommand<{ title?: string; html?: string }>('claimline.timeline.testState');
    assert.equal(state.title, 'Timeline: timeline.txt');
    assert.equal(l10n.t('Timeline: {0}', 'timeline.txt'), 'Línea de tiempo: timeline.txt');
    const attribute = /<body data-strings="([^"]*)">/.exec(state.html ?? '');
    assert.ok(attribute, 'the webview shell carries its labels');
    const labels = JSON.parse(attribute[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as Record<string, string>;
    assert.ok(Object.keys(labels).length > 50);
    for (const [english, shown] of Object.entries(labels)) {
      assert.equal(shown, english, 'an English session shows the English label');
      spanish(english);
    }
    assert.equal(spanish('Verified'), 'Verificada');
    assert.equal(spanish('Search claims, speakers, notes'), 'Buscar afirmaciones, declarantes, notas');
  });

  it('words what is wrong with a broken notes file through the bundles, the detail too', async () => {
    const uri = copyFixture('border-crossing.txt', 'l10n', 'broken-notes.txt');
    fs.writeFileSync(uri.fsPath + '.claims.json', '{ "version": 1, "notes": [ { "id": "x", } ] }');
    await openArticle(uri);
    const article = await articleAfter(uri, () => undefined, (a) => a.notes.state !== 'ok');
    // The problem the real extension shows is the English of a bundle key, whose Spanish is all Spanish.
    const key = 'not valid JSON (unexpected {0} at line {1}, column {2})';
    assert.equal(article.notes.problem, key.replace('{0}', '"}"').replace('{1}', '1').replace('{2}', '41'));
    assert.equal(l10n.t(key, '"}"', 1, 41), 'no es un JSON válido: "}" inesperado en la línea 1, columna 41');
    const frame = "the notes file {0} is {1}. Claimline left it untouched and shows this article's notes read-only until the file is fixed.";
    assert.match(l10n.t(frame, 'a.claims.json', l10n.t(key, '"}"', 1, 41)), /^el archivo de notas a\.claims\.json no se puede usar \(no es un JSON válido: "\}" inesperado en la línea 1, columna 41\)/);
    fs.rmSync(uri.fsPath + '.claims.json');
  });
});

describe('Spanish messages from the core (claimline.messageLanguage)', function () {
  this.timeout(60_000);
  before(async () => {
    await baselineSettings();
    await setSetting('messageLanguage', 'es');
  });
  afterEach(closeAll);
  after(() => setSetting('messageLanguage', undefined));

  it('shows Spanish diagnostics, and English again when the setting follows the English display language', async () => {
    const uri = copyFixture('border-crossing.txt', 'l10n', 'diagnostics-es.txt');
    const spanishDated = (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => d.message.startsWith('In January → enero de 2021 ('));
    const { diagnostics } = await openArticle(uri, spanishDated);
    const messages = diagnostics.map((d) => d.message);
    assert.ok(messages.some((m) => /^Cita textual de Lenin Moreno\b/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^Cita editada \(/.test(m)), messages.join('\n'));
    assert.ok(!messages.some((m) => /Quoted statement|Quotation edited|according to/.test(m)), messages.join('\n'));
    assert.equal(vscode.env.language, 'en', 'this run has the English display language, so "auto" means English');
    const english = await diagnosticsAfterSetting(uri, 'messageLanguage', 'auto', (d) => d.some((x) => x.message.startsWith('In January → January 2021 (')));
    assert.ok(english.some((d) => /^Quoted statement by Lenin Moreno\b/.test(d.message)), english.map((d) => d.message).join('\n'));
    await setSetting('messageLanguage', 'es');
  });

  it('shows a Spanish hover (its command links follow the display language)', async () => {
    const uri = copyFixture('border-crossing.txt', 'l10n', 'hover-es.txt');
    const { editor } = await openArticle(uri, (d) => d.some((x) => x.message.includes('enero de 2021')));
    const { text } = await hoverText(uri, positionOf(editor.document, 'January', 0, 2));
    assert.match(text, /\*\*January\*\* → enero de 2021 \(`2021-01`\)/, text);
    assert.match(text, /\*\*Afirmación pasada\*\*: un hecho fechado antes de la publicación\./, text);
    assert.match(text, /Publicado el 14 de marzo de 2021 \(según la línea de fecha\)/, text);
    assert.match(text, /\[Open in timeline\]\(command:claimline\.showTimeline/, text);
  });

  it('gives the real timeline Spanish month headings and date labels', async () => {
    const uri = copyFixture('border-crossing.txt', 'l10n', 'timeline-es.txt');
    await openArticle(uri, (d) => d.some((x) => x.message.includes('enero de 2021')));
    await vscode.commands.executeCommand('claimline.showTimeline', uri);
    await vscode.commands.executeCommand('claimline.timeline.nextRender', 20_000);
    const state = await vscode.commands.executeCommand<{ model?: { published: { label: string; description: string } | null; years: { months: { label: string }[] }[] } }>('claimline.timeline.testState');
    assert.ok(state.model, 'the timeline has a model');
    const months = state.model.years.flatMap((year) => year.months.map((month) => month.label));
    assert.ok(months.includes('Enero de 2021'), months.join(' | '));
    assert.ok(months.includes('Marzo de 2021'), months.join(' | '));
    assert.equal(state.model.published?.label, '14 de marzo de 2021');
    assert.equal(state.model.published?.description, 'la línea de fecha');
  });
});
