// The "Get started with Claimline" walkthrough (contributes.walkthroughs in package.json): the command
// that opens the bundled sample article, and the context keys that complete its steps — an article
// was opened and analyzed, a claim was hovered, the timeline was drawn, a claim was marked verified
// with a note, an article was imported, the timeline was exported. Running a step's command is not
// enough (it may be cancelled, or have no article to act on): each key is set once, when the user
// has really done it.
//
// VS Code does not tick a step whose key is already true when it registers the walkthrough: it takes
// the key for a state the workbench started in and drops that completion event for the session. It
// registers walkthroughs lazily, when its walkthrough service is first used (the Welcome page or
// "Open Walkthrough..."), so a user who opened an article and the timeline before ever opening the
// walkthrough saw those steps unticked (workbench 1.100 gettingStartedService registerDoneListeners).
// So a key is only ever true for an instant, a pulse: true for the service to see, then false again,
// so that it is false whenever the service registers. Each pulse of a done step is repeated when a
// page that may be the walkthrough comes to the front, and again after the walkthrough's registration
// may have waited for its experiment service (up to 5 s); pulses before the registration are ignored.
import * as vscode from 'vscode';
import { subjectsOf } from '../core/notes';
import type { ArticleService } from './articleService';
import { BUILT_IN_SELECTOR } from './config';
import { currentArticle } from './hover';

/** The sample shipped in the .vsix (an invented article, MIT like the code). */
export const SAMPLE_ARTICLE = ['samples', 'harbour-tram.txt'];
export const HOVERED_CLAIM = 'claimline.walkthrough.hoveredClaim';
export const VERIFIED_WITH_NOTE = 'claimline.walkthrough.verifiedWithNote';
/** An article was opened and analyzed (the sample or any other). */
export const OPENED_ARTICLE = 'claimline.walkthrough.openedArticle';
/** The timeline webview drew an article's timeline (not merely the command run: it may have had no article). */
export const SAW_TIMELINE = 'claimline.walkthrough.sawTimeline';
/** Import Article wrote an article (not cancelled, not failed). */
export const IMPORTED_ARTICLE = 'claimline.walkthrough.importedArticle';
/** Export Timeline wrote a file. */
export const EXPORTED_TIMELINE = 'claimline.walkthrough.exportedTimeline';

/** Delays after a possible walkthrough page comes to the front: at once, then past the 5 s registration wait. */
const REPEAT_PULSES_MS = [0, 1500, 6000];

const done = new Set<string>();

/**
 * Ticks the walkthrough step whose completion event is this context key (package.json), once the
 * user has really done it; VS Code remembers completed steps itself.
 */
export function completeWalkthroughStep(key: string): void {
  if (done.has(key)) return;
  done.add(key);
  pulse(key);
}

/**
 * The key true, then false once the workbench has set it (the two commands are not ordered if sent
 * together): the workbench sees the change, and the key is false again one round trip later.
 */
function pulse(key: string): void {
  void (async () => {
    await vscode.commands.executeCommand('setContext', key, true);
    await vscode.commands.executeCommand('setContext', key, false);
  })();
}

/**
 * The walkthrough and Welcome pages are workbench editors the API reports with an unknown input
 * (undefined), as it does a few others (settings, extensions): one of those came to the front.
 */
function unknownPageInFront(event: vscode.TabChangeEvent): boolean {
  return [...event.opened, ...event.changed].some((tab) => tab.isActive && tab.input === undefined);
}

export function registerWalkthrough(context: vscode.ExtensionContext, services: ArticleService): void {
  const complete = completeWalkthroughStep;

  // A second hover provider that never shows anything: it only notices that the pointer rests on a
  // claim or quote Claimline explains (the real hover comes from hover.ts).
  const hoverWatch = vscode.languages.registerHoverProvider([...BUILT_IN_SELECTOR], {
    provideHover(document, position) {
      if (done.has(HOVERED_CLAIM)) return undefined;
      const article = currentArticle(services, document);
      const offset = document.offsetAt(position);
      if (article && subjectsOf(article.analysis).some((s) => s.start <= offset && offset < s.end)) complete(HOVERED_CLAIM);
      return undefined;
    },
  });

  context.subscriptions.push(
    hoverWatch,
    services.onDidUpdateArticle((article) => {
      complete(OPENED_ARTICLE);
      if (done.has(VERIFIED_WITH_NOTE)) return;
      const verified = subjectsOf(article.analysis).some((subject) => {
        const note = article.noteFor(subject);
        return note?.status === 'verified' && note.text.trim() !== '';
      });
      if (verified) complete(VERIFIED_WITH_NOTE);
    }),
    vscode.commands.registerCommand('claimline.openSample', () => openSample(context.extensionUri)),
    repeatPulsesWhen(unknownPageInFront),
  );
}

/** Pulses every done step's key again, on a schedule, whenever `isWalkthroughMaybe` says so. */
function repeatPulsesWhen(isWalkthroughMaybe: (event: vscode.TabChangeEvent) => boolean): vscode.Disposable {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const listener = vscode.window.tabGroups.onDidChangeTabs((event) => {
    if (done.size === 0 || !isWalkthroughMaybe(event)) return;
    for (const delay of REPEAT_PULSES_MS) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        for (const key of done) pulse(key);
      }, delay);
      timers.add(timer);
    }
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    for (const timer of timers) clearTimeout(timer);
  });
}

/**
 * Opens the sample as a new untitled document (the installed extension's files are read-only, and an
 * untitled copy works in every workspace, even with no folder open). Its notes stay in memory until
 * the user saves it, which Claimline says when the first note is added.
 */
async function openSample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await readExtensionFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE_ARTICLE));
  const document = await vscode.workspace.openTextDocument({ content: new TextDecoder('utf-8').decode(bytes), language: 'plaintext' });
  return vscode.window.showTextDocument(document);
}

/**
 * A file of the installed extension. vscode.dev and github.dev serve extensions from https: URIs,
 * which vscode.workspace.fs has no provider for; there the file is fetched like any resource of the
 * page. Everywhere else (file:, vscode-remote:) it is a file system read.
 */
async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'http' && uri.scheme !== 'https') return vscode.workspace.fs.readFile(uri);
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(vscode.l10n.t('Claimline could not read its sample article ({0}: HTTP {1})', uri.toString(true), response.status));
  return new Uint8Array(await response.arrayBuffer());
}
