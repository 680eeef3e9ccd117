// Keeps an up-to-date analysis (with re-anchored notes) for every open article, and implements the
// ClaimlineServices contract the features use. Analysis runs off the typing path: debounced, and a
// generation counter per document drops any result that finished after a newer edit.
import * as vscode from 'vscode';
import { analyze, formatFor } from '../core/analyze';
import { anchorFor, reanchorNotes, subjectKey, subjectsOf, upsertNote, type ClaimNote, type NoteChange } from '../core/notes';
import type { Analysis, DocumentFormat, SubjectRef } from '../core/types';
import { formatOfLanguage, isSupported, messageLocale, readConfig } from './config';
import { NotesStore } from './notesStore';
import { ignoreSourcesNow, loadIgnoreSources, loadProjectConfig, onDidChangeProjectConfig, projectConfigNow } from './projectConfig';
import type { AnalyzedArticle, ClaimlineServices } from './services';
import { loadWebChunk } from './webChunkLoader';

/** Schemes of documents that live in folders a .claimline.json can be in. */
const FILE_SCHEMES = new Set(['file', 'vscode-remote', 'vscode-vfs']);

interface DocumentState {
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  article?: AnalyzedArticle;
  /** Set while the document is over the size cap. */
  tooLarge?: boolean;
}

export class ArticleService implements ClaimlineServices, vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly updated = new vscode.EventEmitter<AnalyzedArticle>();
  private readonly removed = new vscode.EventEmitter<vscode.Uri>();
  private readonly enabledChanged = new vscode.EventEmitter<boolean>();
  private readonly tooLargeWarned = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.updated, this.removed, this.enabledChanged];
  private isEnabled = true;

  readonly onDidUpdateArticle = this.updated.event;
  readonly onDidRemoveArticle = this.removed.event;
  readonly onDidChangeEnabled = this.enabledChanged.event;

  constructor(
    readonly store: NotesStore,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Subscribes to the editor; the first analyses run after activation returns. */
  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0 || !isSupported(event.document)) return;
        const config = readConfig(event.document.uri);
        if (config.run === 'onType') this.schedule(event.document, config.debounceMs);
        else this.invalidate(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (readConfig(document.uri).run === 'onSave') this.schedule(document, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.close(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('claimline')) this.reanalyzeAll();
      }),
      onDidChangeProjectConfig(() => this.reanalyzeAll()),
      this.store.onDidChange((uri) => this.refreshNotes(uri)),
    );
    this.reanalyzeAll();
  }

  dispose(): void {
    for (const state of this.states.values()) clearTimeout(state.timer);
    this.disposables.forEach((d) => d.dispose());
  }

  get enabled(): boolean {
    return this.isEnabled;
  }

  setEnabled(value: boolean): void {
    if (value === this.isEnabled) return;
    this.isEnabled = value;
    this.enabledChanged.fire(value);
  }

  article(uri: vscode.Uri): AnalyzedArticle | undefined {
    return this.states.get(uri.toString())?.article;
  }

  /** All articles currently analyzed. */
  articles(): AnalyzedArticle[] {
    return [...this.states.values()].flatMap((s) => (s.article ? [s.article] : []));
  }

  isTooLarge(uri: vscode.Uri): boolean {
    return this.states.get(uri.toString())?.tooLarge === true;
  }

  /** Analyzes a document now (skipping the debounce) and resolves with the result. */
  async analyzeDocument(document: vscode.TextDocument): Promise<AnalyzedArticle | undefined> {
    const state = this.states.get(document.uri.toString());
    if (state) clearTimeout(state.timer);
    return this.run(document);
  }

  /** Analyzes a file that is not open (Analyze Workspace). Not kept: open documents own their state. */
  async analyzeFile(uri: vscode.Uri): Promise<AnalyzedArticle | 'too-large' | undefined> {
    await loadIgnoreSources(uri);
    const config = readConfig(uri);
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > config.maxFileSize * 1024 * 1024) return 'too-large';
    let text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const format = formatFor(uri.path);
    if (format === 'html') await loadWebChunk();
    const analysis = analyze(text, { format, today: config.today, locale: messageLocale() });
    const notes = await this.store.notes(uri);
    // Not kept open: cache nothing for files the user has not opened.
    if (!this.states.has(uri.toString())) this.store.forget(uri);
    return this.buildArticle(uri, -1, text, format, analysis, notes, config);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isSupported(document)) {
      // A language may be added by the project's .claimline.json, not read yet for this folder.
      if (FILE_SCHEMES.has(document.uri.scheme) && !projectConfigNow(document.uri)) {
        void loadProjectConfig(document.uri).then(() => {
          if (isSupported(document)) this.schedule(document, delay);
          else if (!document.isClosed && this.states.has(document.uri.toString())) this.close(document.uri);
        });
      }
      return;
    }
    const state = this.stateFor(document.uri);
    state.generation++;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(document);
    }, delay);
  }

  // In onSave mode an edit makes the current analysis stale; keep it (hovers compare texts) but make
  // sure an analysis already in flight is not published over the edit.
  private invalidate(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri.toString());
    if (state) state.generation++;
  }

  private async run(document: vscode.TextDocument): Promise<AnalyzedArticle | undefined> {
    if (document.isClosed || !isSupported(document)) return undefined;
    // The project's .claimline.json and .claimlineignore files are read once per folder, before the
    // folder's first analysis; they may leave this article out.
    if (!ignoreSourcesNow(document.uri)) {
      await loadIgnoreSources(document.uri);
      if (document.isClosed) return undefined;
      if (!isSupported(document)) {
        if (this.states.has(document.uri.toString())) this.close(document.uri);
        return undefined;
      }
    }
    // An HTML page is read by the web-page chunk, loaded on first use (webChunkLoader.ts).
    if (formatOfLanguage(document.languageId) === 'html') {
      try {
        await loadWebChunk();
      } catch (error) {
        this.log.error(`Loading the web-page reader failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return undefined;
      }
      if (document.isClosed) return undefined;
    }
    const started = performance.now();
    const state = this.stateFor(document.uri);
    const generation = ++state.generation;
    const config = readConfig(document.uri);
    const text = document.getText();
    const version = document.version;
    if (text.length > config.maxFileSize * 1024 * 1024) {
      this.skipTooLarge(document, text.length, config.maxFileSize, state);
      return undefined;
    }
    state.tooLarge = false;
    const format = formatOfLanguage(document.languageId);
    // Start reading the sidecar first: the file system round trip overlaps the analysis.
    const adopted = this.store.hasUnsaved ? this.store.adoptUnsaved(document.uri, text) : Promise.resolve(false);
    const notesLoaded = adopted.catch(() => false).then(() => this.store.notes(document.uri));
    let analysis: Analysis;
    let analysisMs: number;
    try {
      const analysisStarted = performance.now();
      analysis = analyze(text, { format, today: config.today, locale: messageLocale() });
      analysisMs = performance.now() - analysisStarted;
    } catch (error) {
      this.log.error(`Analysis of ${document.uri.toString(true)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
    const waitStarted = performance.now();
    const notes = await notesLoaded;
    const notesWaitMs = performance.now() - waitStarted;
    // A newer edit or a close while notes were loading makes this result stale.
    if (generation !== state.generation || document.isClosed) return undefined;
    const article = this.buildArticle(document.uri, version, text, format, analysis, notes, config);
    article.timings = { analysisMs, notesWaitMs, runMs: performance.now() - started };
    state.article = article;
    // Built only when someone reads it: this runs after every debounced edit.
    if (this.log.logLevel <= vscode.LogLevel.Debug) {
      this.log.debug(
        `Analyzed ${basename(document.uri.path)} (${(text.length / 1024).toFixed(0)} KB) in ${analysisMs.toFixed(1)} ms, ` +
          `${article.timings.runMs.toFixed(1)} ms with its notes: ${analysis.findings.length} findings`,
      );
    }
    this.updated.fire(article);
    return article;
  }

  private skipTooLarge(document: vscode.TextDocument, length: number, limit: number, state: DocumentState): void {
    const hadArticle = state.article !== undefined || !state.tooLarge;
    state.article = undefined;
    state.tooLarge = true;
    if (hadArticle) this.removed.fire(document.uri);
    const key = document.uri.toString();
    if (this.tooLargeWarned.has(key)) return;
    this.tooLargeWarned.add(key);
    const size = (length / 1024 / 1024).toFixed(1);
    const message = vscode.l10n.t('Claimline skipped {0} ({1} MB): it is larger than the claimline.maxFileSize setting ({2} MB). Raise the setting to analyze it.', basename(document.uri.path), size, limit);
    this.log.info(message);
    void vscode.window.showInformationMessage(message, vscode.l10n.t('Open Setting')).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'claimline.maxFileSize');
    });
  }

  private buildArticle(
    uri: vscode.Uri,
    version: number,
    text: string,
    format: DocumentFormat,
    analysis: Analysis,
    notes: ClaimNote[],
    config: AnalyzedArticle['config'],
  ): AnalyzedArticle {
    const anchoring = reanchorNotes(notes, subjectsOf(analysis), text);
    return {
      uri,
      version,
      text,
      format,
      analysis,
      noteFor: (subject) => anchoring.attached.get(subjectKey(subject)),
      orphans: anchoring.orphans,
      notes: this.store.status(uri),
      config: { rules: config.rules, maxDiagnostics: config.maxDiagnostics },
    };
  }

  private refreshNotes(uri: vscode.Uri): void {
    const state = this.states.get(uri.toString());
    const article = state?.article;
    if (!state || !article) return;
    void this.store.notes(uri).then((notes) => {
      if (state.article !== article) return; // re-analyzed meanwhile, with fresh notes
      state.article = this.buildArticle(uri, article.version, article.text, article.format, article.analysis, notes, article.config);
      this.updated.fire(state.article);
    });
  }

  updateNote(uri: vscode.Uri, subject: SubjectRef, change: NoteChange): Promise<void> {
    return this.updateNotes(uri, [{ subject, change }]);
  }

  async updateNotes(uri: vscode.Uri, changes: { subject: SubjectRef; change: NoteChange }[]): Promise<void> {
    const article = this.article(uri);
    if (!article) throw new Error(vscode.l10n.t('Claimline has not analyzed {0} (is its language in claimline.languages?).', vscode.workspace.asRelativePath(uri)));
    const edits = changes.map(({ subject, change }) => {
      const target = subjectsOf(article.analysis).find((s) => s.kind === subject.kind && s.index === subject.index);
      if (!target) throw new Error(`No ${subject.kind} ${subject.index} in ${basename(uri.path)}`);
      return { existing: article.noteFor(subject), anchor: anchorFor(article.text, target), change };
    });
    const now = new Date();
    const notes = await this.store.update(uri, (current) => {
      let next = current;
      for (const edit of edits) {
        // The note may have changed in another window since the hover was shown: edit that version.
        const latest = edit.existing ? (next.find((n) => n.id === edit.existing!.id) ?? edit.existing) : undefined;
        next = upsertNote(next, latest, edit.anchor, edit.change, now, () => globalThis.crypto.randomUUID()).notes;
      }
      return next;
    });
    const state = this.states.get(uri.toString());
    const latest = state?.article ?? article;
    const rebuilt = this.buildArticle(uri, latest.version, latest.text, latest.format, latest.analysis, notes, latest.config);
    if (state?.article) state.article = rebuilt;
    this.updated.fire(rebuilt);
  }

  async reveal(uri: vscode.Uri, subject: SubjectRef): Promise<void> {
    const article = this.article(uri);
    const span = article && (subject.kind === 'claim' ? article.analysis.claims : article.analysis.quotes)[subject.index];
    const document = await vscode.workspace.openTextDocument(uri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
    if (!span) return;
    const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private stateFor(uri: vscode.Uri): DocumentState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) this.states.set(key, (state = { generation: 0 }));
    return state;
  }

  private close(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (!state) return;
    clearTimeout(state.timer);
    this.states.delete(key);
    this.tooLargeWarned.delete(key);
    if (uri.scheme === 'untitled') {
      const text = state.article?.text ?? '';
      this.store.keepUnsaved(uri, text);
      // The saved file may already be open and analyzed: hand the notes over now.
      const saved = vscode.workspace.textDocuments.find((d) => d.uri.scheme !== 'untitled' && this.states.has(d.uri.toString()) && d.getText() === text);
      if (saved) void this.store.adoptUnsaved(saved.uri, text);
    } else this.store.forget(uri);
    this.removed.fire(uri);
  }

  private reanalyzeAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      // Right after a .claimline.json changed, its folder's configuration is not read again yet, so the
      // languages it adds are unknown: judged now, an article in such a language was dropped (its
      // diagnostics and hovers gone) until the file was read, and a test asking for its hover in that
      // window failed. schedule() reads the file first and drops the article only if it is still out.
      const configKnown = !FILE_SCHEMES.has(document.uri.scheme) || projectConfigNow(document.uri) !== undefined;
      if (configKnown && !isSupported(document) && this.states.has(document.uri.toString())) this.close(document.uri);
      // Also for a language not supported yet: a .claimline.json read again may add it.
      this.schedule(document, 0);
    }
  }
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
