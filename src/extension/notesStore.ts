// Sidecar persistence for fact-checker notes, through vscode.workspace.fs so remote and virtual
// workspaces work (files on disk are read with Node's fs, which is much faster: see readSidecarBytes;
// not in the browser extension host, which has no disk of its own).
// Rules that keep notes from being lost:
// - writes go to a temporary file that is then renamed over the sidecar (an interrupted write
//   leaves the previous file intact);
// - before every write the sidecar is read again and merged by note id (another window's notes
//   survive);
// - a sidecar that does not parse, or comes from a newer format version, is never written: the
//   article's notes become read-only and the user is told the path, with a button to open it;
// - a sidecar is read only when it is a regular file (a symlink counts for what it points to) under
//   claimline.maxNotesFileSize: a device, a pipe, a folder or a huge file is refused the same way,
//   without the button (opening /dev/zero in an editor would be no better).
import * as vscode from 'vscode';
import { RefusedFileError } from '../core/fileLimits';
import { mergeNotes, parseNotesFile, serializeNotesFile, sidecarPath, type ClaimNote } from '../core/notes';
import { isStaleTemporary, writeFileAtomically } from '../core/atomicWrite';
import { readConfig } from './config';
import { wordNotesProblem, wordRefusal, wordUnreadable } from './notesProblems';
import { loadProjectConfig, onDidChangeProjectConfig, projectConfigNow, projectConfigToApply, projectRoot } from './projectConfig';
import { hasLocalFiles, readLocalFile } from './localFiles';

export type NotesState = 'ok' | 'invalid' | 'newer-version' | 'memory';

export interface NotesStatus {
  state: NotesState;
  /** Where the notes live (absent for untitled documents: kept in memory). */
  sidecar?: vscode.Uri;
  /** Why the notes are read-only. */
  problem?: string;
}

interface Entry {
  article: vscode.Uri;
  sidecar: vscode.Uri | undefined;
  notes: ClaimNote[];
  state: NotesState;
  problem?: string;
  /** The sidecar was refused unread (not a regular file, too large): not offered for opening. */
  refused?: boolean;
  /** The text this window last wrote or read, to tell our own writes from other windows'. */
  lastText?: string;
  loaded: Promise<void>;
  /** Writes to one sidecar run one after another. */
  queue: Promise<unknown>;
  /** Leftover temporaries beside the sidecar were looked for (see sweepOnce). */
  swept?: boolean;
}

export class ReadOnlyNotesError extends Error {}

export class NotesStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly reported = new Set<string>();
  private readonly unsaved: { text: string; notes: ClaimNote[] }[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private toldAboutMemory = false;

  /** Fires with the article's URI when its notes changed on disk (another window, git, a hand edit). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.claims.json');
    const onDisk = (uri: vscode.Uri) => void this.reloadSidecar(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(onDisk),
      watcher.onDidCreate(onDisk),
      watcher.onDidDelete(onDisk),
      vscode.workspace.onDidRenameFiles((event) => void this.followRenames(event.files)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('claimline.notesLocation')) this.reloadAll();
      }),
      // A .claimline.json may set notesLocation, or be where workspaceFolder notes live.
      onDidChangeProjectConfig(() => this.reloadAll()),
    );
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  /** The article's notes, loading the sidecar on first use. */
  async notes(article: vscode.Uri): Promise<ClaimNote[]> {
    const entry = this.entry(article);
    await entry.loaded;
    return entry.notes;
  }

  status(article: vscode.Uri): NotesStatus {
    const entry = this.entries.get(article.toString());
    if (!entry) return { state: article.scheme === 'untitled' ? 'memory' : 'ok', sidecar: this.sidecarFor(article) };
    return { state: entry.state, sidecar: entry.sidecar, problem: entry.problem };
  }

  /** Drops what is cached for a closed article (its notes stay on disk). */
  forget(article: vscode.Uri): void {
    const entry = this.entries.get(article.toString());
    // Untitled notes only exist in memory: keep them while the session lasts.
    if (entry && entry.state !== 'memory') this.entries.delete(article.toString());
  }

  /**
   * "Save As" on an untitled document closes it and opens the saved file: its in-memory notes are
   * kept for the file with the same text to adopt (the last few only).
   */
  keepUnsaved(article: vscode.Uri, text: string): void {
    const entry = this.entries.get(article.toString());
    this.entries.delete(article.toString());
    if (entry?.state !== 'memory' || entry.notes.length === 0) return;
    this.unsaved.push({ text, notes: entry.notes });
    if (this.unsaved.length > 10) this.unsaved.shift();
  }

  get hasUnsaved(): boolean {
    return this.unsaved.length > 0;
  }

  /** Gives a saved file the notes its untitled original had; resolves true when it did. */
  async adoptUnsaved(article: vscode.Uri, text: string): Promise<boolean> {
    if (article.scheme === 'untitled') return false;
    // The most recently closed untitled document with this text is the one just saved.
    const index = this.unsaved.map((u) => u.text).lastIndexOf(text);
    if (index < 0) return false;
    const [adopted] = this.unsaved.splice(index, 1);
    await this.update(article, (notes) => mergeNotes(notes, adopted.notes));
    this.changed.fire(article);
    return true;
  }

  sidecarFor(article: vscode.Uri): vscode.Uri | undefined {
    if (article.scheme === 'untitled') return undefined;
    const config = readConfig(article);
    // "workspaceFolder" notes live under the folder of the project's .claimline.json when there is
    // one, where `claimline timeline` looks for them too; else under the workspace folder.
    const project = projectConfigToApply(article);
    const folder = (project && projectRoot(project)) ?? vscode.workspace.getWorkspaceFolder(article)?.uri;
    const path = sidecarPath(article.path, config.notesLocation, folder && folder.scheme === article.scheme && folder.authority === article.authority ? folder.path : undefined);
    return article.with({ path });
  }

  /**
   * Changes the notes of an article: `transform` receives the latest notes (this window's merged with
   * the file on disk) and returns the new list, which is written atomically.
   */
  update(article: vscode.Uri, transform: (notes: ClaimNote[]) => ClaimNote[]): Promise<ClaimNote[]> {
    const entry = this.entry(article);
    const run = async () => {
      await entry.loaded;
      if (entry.state === 'memory') {
        entry.notes = transform(entry.notes);
        if (!this.toldAboutMemory) {
          this.toldAboutMemory = true;
          void vscode.window.showInformationMessage(vscode.l10n.t('Claimline keeps notes for unsaved (untitled) documents in memory only. Save the article to keep them in a notes file.'));
        }
        return entry.notes;
      }
      const sidecar = entry.sidecar!;
      const disk = await this.readSidecar(sidecar);
      if (disk.kind === 'error') {
        this.markReadOnly(entry, disk);
        throw new ReadOnlyNotesError(vscode.l10n.t('Claimline did not save the note: {0}', this.describeProblem(entry)));
      }
      entry.state = 'ok';
      entry.problem = undefined;
      const base = disk.kind === 'notes' ? mergeNotes(entry.notes, disk.notes) : entry.notes;
      const next = transform(base);
      // The file's own top-level fields, as they are on disk now, go back with the notes.
      const text = serializeNotesFile(next, basename(article.path), disk.kind === 'notes' ? disk.extra : undefined);
      await this.writeAtomically(sidecar, text);
      this.sweepOnce(entry);
      entry.notes = next;
      entry.lastText = text;
      return next;
    };
    const result = entry.queue.then(run, run);
    entry.queue = result.catch(() => undefined);
    return result;
  }

  private entry(article: vscode.Uri): Entry {
    const key = article.toString();
    let entry = this.entries.get(key);
    // The project's configuration was read again and moved the sidecar (notesLocation, or the
    // folder of .claimline.json): the notes are those of the new place, even before reloadAll runs.
    if (entry?.sidecar && entry.state !== 'memory' && projectConfigNow(article) && this.sidecarFor(article)?.toString() !== entry.sidecar.toString()) {
      this.entries.delete(key);
      entry = undefined;
    }
    if (!entry) {
      const sidecar = this.sidecarFor(article);
      entry = { article, sidecar, notes: [], state: sidecar ? 'ok' : 'memory', loaded: Promise.resolve(), queue: Promise.resolve() };
      if (sidecar) entry.loaded = this.load(entry);
      this.entries.set(key, entry);
    }
    return entry;
  }

  private async load(entry: Entry): Promise<void> {
    const disk = await this.readSidecar(entry.sidecar!);
    if (disk.kind !== 'missing') this.sweepOnce(entry);
    if (disk.kind === 'error') {
      this.markReadOnly(entry, disk);
      return;
    }
    entry.state = 'ok';
    entry.problem = undefined;
    entry.notes = disk.kind === 'notes' ? disk.notes : [];
    entry.lastText = disk.kind === 'notes' ? disk.text : undefined;
  }

  private async readSidecar(
    sidecar: vscode.Uri,
  ): Promise<{ kind: 'missing' } | { kind: 'notes'; notes: ClaimNote[]; extra?: Record<string, unknown>; text: string } | SidecarError> {
    let bytes: Uint8Array;
    try {
      bytes = await readSidecarBytes(sidecar, readConfig(sidecar).maxNotesFileSize * 1024 * 1024);
    } catch (error) {
      if (isNotFound(error)) return { kind: 'missing' };
      if (error instanceof RefusedFileError) return { kind: 'error', state: 'invalid', problem: wordRefusal(error.refusal), refused: true };
      return { kind: 'error', state: 'invalid', problem: wordUnreadable(error instanceof Error ? error.message : String(error)) };
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    const parsed = parseNotesFile(text);
    if (!parsed.ok) return { kind: 'error', state: parsed.reason, problem: wordNotesProblem(parsed.problem) };
    return { kind: 'notes', notes: parsed.file.notes, extra: parsed.file.extra, text };
  }

  private markReadOnly(entry: Entry, { state, problem, refused }: SidecarError): void {
    entry.state = state;
    entry.problem = problem;
    entry.refused = refused;
    const key = `${entry.sidecar}\u0000${problem}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const message = vscode.l10n.t('Claimline: {0}', this.describeProblem(entry));
    this.log.error(message);
    if (refused) {
      void vscode.window.showErrorMessage(message);
      return;
    }
    const openFile = vscode.l10n.t('Open File');
    void vscode.window.showErrorMessage(message, openFile).then((choice) => {
      if (choice === openFile && entry.sidecar) void vscode.window.showTextDocument(entry.sidecar);
    });
  }

  /** What is wrong with the notes file, in VS Code's display language (notesProblems.ts words the problem). */
  private describeProblem(entry: Entry): string {
    const path = entry.sidecar ? displayPath(entry.sidecar) : vscode.l10n.t('the notes file');
    if (entry.state === 'newer-version') {
      return vscode.l10n.t('the notes file {0} was {1}. Its notes are shown read-only; update Claimline to edit them.', path, entry.problem ?? '');
    }
    return vscode.l10n.t("the notes file {0} is {1}. Claimline left it untouched and shows this article's notes read-only until the file is fixed.", path, entry.problem ?? '');
  }

  /**
   * Once per article, as soon as its sidecar is known to exist (so its folder does: VS Code logs an
   * error for every missing folder read), looks for temporaries left by interrupted writes.
   */
  private sweepOnce(entry: Entry): void {
    if (entry.swept || !entry.sidecar) return;
    entry.swept = true;
    void this.removeStaleTemporaries(entry.sidecar);
  }

  /**
   * A write killed half-way (VS Code closed, a crash) leaves its temporary beside the sidecar; nothing
   * reads it, but it would pile up and could end up committed. Best effort: a failure is only logged.
   */
  private async removeStaleTemporaries(sidecar: vscode.Uri): Promise<void> {
    const slash = sidecar.path.lastIndexOf('/');
    const folder = sidecar.with({ path: sidecar.path.slice(0, slash) });
    const name = sidecar.path.slice(slash + 1);
    try {
      const now = Date.now();
      for (const [file, type] of await vscode.workspace.fs.readDirectory(folder)) {
        if (type !== vscode.FileType.File || !file.startsWith(name)) continue;
        const temporary = folder.with({ path: `${folder.path}/${file}` });
        const { mtime } = await vscode.workspace.fs.stat(temporary);
        if (!isStaleTemporary(file, name, mtime, now)) continue;
        await vscode.workspace.fs.delete(temporary);
        this.log.info(`Removed ${displayPath(temporary)}, left by an interrupted write of the notes file.`);
      }
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return;
      this.log.warn(`Could not look for leftover temporary files beside ${displayPath(sidecar)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private writeAtomically(target: vscode.Uri, text: string): Promise<void> {
    const at = (path: string) => target.with({ path });
    const fs = vscode.workspace.fs;
    return writeFileAtomically(
      {
        writeFile: (path, content) => Promise.resolve(fs.writeFile(at(path), content)),
        rename: (from, to) => Promise.resolve(fs.rename(at(from), at(to), { overwrite: true })),
        delete: (path) => Promise.resolve(fs.delete(at(path))),
        createDirectory: (path) => Promise.resolve(fs.createDirectory(at(path))),
      },
      target.path,
      new TextEncoder().encode(text),
      () => Math.random().toString(36).slice(2, 10),
    );
  }

  private async reloadSidecar(sidecar: vscode.Uri): Promise<void> {
    for (const entry of this.entries.values()) {
      if (!entry.sidecar || entry.sidecar.toString() !== sidecar.toString()) continue;
      await entry.queue;
      const disk = await this.readSidecar(sidecar);
      if (disk.kind === 'notes' && disk.text === entry.lastText && entry.state === 'ok') continue; // our own write
      if (disk.kind === 'error') this.markReadOnly(entry, disk);
      else {
        entry.state = 'ok';
        entry.problem = undefined;
        // Every write merged first, so the file on disk is the truth; deleting it by hand is a decision
        // to drop its notes.
        entry.notes = disk.kind === 'notes' ? disk.notes : [];
        entry.lastText = disk.kind === 'notes' ? disk.text : undefined;
      }
      this.changed.fire(entry.article);
    }
  }

  /** Notes follow articles renamed or moved inside VS Code. */
  private async followRenames(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      try {
        const stat = await vscode.workspace.fs.stat(newUri);
        if (stat.type & vscode.FileType.Directory) {
          await this.moveFolderNotes(oldUri, newUri);
          continue;
        }
        const from = this.sidecarFor(oldUri);
        const to = this.sidecarFor(newUri);
        if (!from || !to || from.toString() === to.toString()) continue;
        const moved = await this.readSidecar(from);
        if (moved.kind !== 'notes') continue;
        const existing = await this.readSidecar(to);
        if (existing.kind === 'error') {
          this.log.warn(`Claimline did not move ${displayPath(from)}: ${displayPath(to)} is ${existing.problem}`);
          continue;
        }
        const notes = existing.kind === 'notes' ? mergeNotes(moved.notes, existing.notes) : moved.notes;
        const extra = { ...(existing.kind === 'notes' ? existing.extra : {}), ...moved.extra };
        await this.writeAtomically(to, serializeNotesFile(notes, basename(newUri.path), extra));
        await vscode.workspace.fs.delete(from);
        this.entries.delete(oldUri.toString());
        this.entries.delete(newUri.toString());
        this.changed.fire(newUri);
      } catch (error) {
        this.log.warn(`Claimline could not move notes for ${displayPath(oldUri)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  // Beside the article, sidecars travel with their folder; under .claimline/ the mirror folder moves.
  private async moveFolderNotes(oldFolder: vscode.Uri, newFolder: vscode.Uri): Promise<void> {
    const probe = (uri: vscode.Uri) => this.sidecarFor(uri.with({ path: uri.path + '/x' }));
    const from = probe(oldFolder);
    const to = probe(newFolder);
    if (!from || !to) return;
    const fromDir = from.with({ path: from.path.slice(0, from.path.lastIndexOf('/')) });
    const toDir = to.with({ path: to.path.slice(0, to.path.lastIndexOf('/')) });
    if (fromDir.toString() === toDir.toString() || fromDir.toString() === oldFolder.toString()) return;
    try {
      await vscode.workspace.fs.stat(fromDir);
    } catch {
      return;
    }
    await vscode.workspace.fs.createDirectory(toDir.with({ path: toDir.path.slice(0, toDir.path.lastIndexOf('/')) }));
    await vscode.workspace.fs.rename(fromDir, toDir, { overwrite: false });
    for (const key of [...this.entries.keys()]) if (key.startsWith(oldFolder.toString() + '/')) this.entries.delete(key);
  }

  private reloadAll(): void {
    const articles = [...this.entries.values()].filter((e) => e.state !== 'memory').map((e) => e.article);
    // The project configuration says where the sidecars are: read it (again) before them.
    void Promise.all(articles.map((article) => loadProjectConfig(article).catch(() => undefined))).then(() => {
      for (const article of articles) {
        this.entries.delete(article.toString());
        void this.notes(article).then(() => this.changed.fire(article));
      }
    });
  }
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function displayPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}

interface SidecarError {
  kind: 'error';
  state: 'invalid' | 'newer-version';
  problem: string;
  refused?: boolean;
}

const RAISE_LIMIT = 'raise claimline.maxNotesFileSize to read it';

/**
 * The bytes of a sidecar, when it is a regular file of at most `maxBytes`; throws RefusedFileError
 * otherwise. A file on disk is read with Node's fs (localFiles.ts, Node host only), on the machine the extension host runs on
 * (which, in a remote window, is where the files are): measured in the real-VS-Code tests,
 * vscode.workspace.fs took 45–250 ms to report a missing notes file, the larger part of the time
 * from opening an article to its diagnostics. Other schemes (virtual file systems) go through
 * vscode.workspace.fs, whose stat says File for a regular file (or a symlink to one) and neither
 * for a device or a pipe.
 */
async function readSidecarBytes(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array> {
  if (uri.scheme === 'file' && hasLocalFiles()) return readLocalFile(uri.fsPath, maxBytes, RAISE_LIMIT);
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.type & vscode.FileType.Directory) throw new RefusedFileError({ kind: 'folder' });
  if (!(stat.type & vscode.FileType.File)) throw new RefusedFileError({ kind: 'other' });
  if (stat.size > maxBytes) throw new RefusedFileError({ kind: 'too-large', size: stat.size, maxBytes }, RAISE_LIMIT);
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > maxBytes) throw new RefusedFileError({ kind: 'too-large', size: bytes.length, maxBytes }, RAISE_LIMIT);
  return bytes;
}

/** A missing file, as vscode.workspace.fs or Node's fs reports it. */
function isNotFound(error: unknown): boolean {
  if (error instanceof vscode.FileSystemError) return error.code === 'FileNotFound';
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
