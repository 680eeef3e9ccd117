// The timeline webview's HTML shell and its message protocol. Kept free of the vscode module so
// the Content Security Policy and the message validation are unit-tested in plain Node.

import type { TimelineModel } from '../core/timeline';
import type { SubjectRef } from '../core/types';
import { isCount, isRecord, parseReviewMessage, parseSubject, type ReviewMessage } from './timelineMessages';

export { parseSubject };

/** Messages the webview (media/timeline/) sends to the extension. */
export type WebviewToExtension =
  /** The script loaded (first load, or the panel became visible again): send the model. */
  | { type: 'ready' }
  /**
   * Click or Enter on an entry: select the claim in the editor. `uri` is the article the webview
   * was showing, so a click racing a switch of article never reveals a claim of the other one.
   */
  | { type: 'reveal'; subject: SubjectRef; uri?: string }
  /** A source link was activated; opened only when it is http(s). */
  | { type: 'openLink'; url: string }
  /** The panel's Export button. */
  | { type: 'export' }
  /** After each render: the entry ids shown, in document order (tests and liveness). */
  | { type: 'rendered'; version: number; ids: string[] }
  /** An entry's status menu or note button (validated in timelineMessages.ts). */
  | ReviewMessage;

/** Messages the extension sends to the webview. */
export type ExtensionToWebview =
  | { type: 'model'; uri: string; fileName: string; version: number; model: TimelineModel }
  | { type: 'empty'; message: string }
  /** Scroll to and focus an entry ("Open in timeline" from a hover). */
  | { type: 'focus'; subject: SubjectRef };

const MAX_URL_LENGTH = 4096;
const MAX_RENDERED_IDS = 100_000;

/**
 * Validates a message received from the webview. The webview renders hostile article text, so
 * everything it sends is treated as untrusted: unknown types, extra nesting, wrong types and
 * out-of-range numbers give undefined and the message is ignored.
 */
export function parseWebviewMessage(raw: unknown): WebviewToExtension | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'export':
      return { type: 'export' };
    case 'reveal': {
      const subject = parseSubject(raw.subject);
      if (!subject) return undefined;
      if (raw.uri === undefined) return { type: 'reveal', subject };
      return typeof raw.uri === 'string' && raw.uri.length <= MAX_URL_LENGTH ? { type: 'reveal', subject, uri: raw.uri } : undefined;
    }
    case 'openLink':
      return typeof raw.url === 'string' && raw.url.length > 0 && raw.url.length <= MAX_URL_LENGTH
        ? { type: 'openLink', url: raw.url }
        : undefined;
    case 'rendered': {
      if (!isCount(raw.version) || !Array.isArray(raw.ids) || raw.ids.length > MAX_RENDERED_IDS) return undefined;
      if (!raw.ids.every((id) => typeof id === 'string' && id.length <= 64)) return undefined;
      return { type: 'rendered', version: raw.version, ids: raw.ids as string[] };
    }
    case 'setStatus':
    case 'editNote':
      return parseReviewMessage(raw);
    default:
      return undefined;
  }
}

/** A fresh, unguessable nonce for one render of the webview (base64url, 128 bits). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  // btoa, not Buffer: the extension also runs in the browser's web worker extension host.
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export interface TimelineHtmlOptions {
  /** webview.cspSource. */
  cspSource: string;
  nonce: string;
  /** webview.asWebviewUri(...) of dist/webview/timeline.js (bundled from media/timeline/), media/timeline.css, media/codicons/codicon.css. */
  scriptUri: string;
  styleUri: string;
  codiconsUri: string;
  /** The UI labels in the user's language, keyed by their English text (timelineStrings.ts). */
  strings?: Readonly<Record<string, string>>;
  /** The user's display language (vscode.env.language), for <html lang>. */
  lang?: string;
}

/** The Content-Security-Policy of the timeline webview: nothing but our own files and one script. */
export function timelineCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
  ].join('; ');
}

/**
 * The HTML shell. It holds no article text: the webview script (media/timeline/) builds the timeline from the model
 * message with createElement/textContent, so nothing from the article is ever parsed as HTML.
 */
export function timelineHtml(options: TimelineHtmlOptions): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(options.nonce)) throw new Error('timelineHtml: the nonce must be 16+ base64url characters');
  const csp = timelineCsp(options.cspSource, options.nonce);
  const attr = escapeAttribute;
  // Same lookup as t() in media/timeline/strings.js: keyed by the English text, English when missing.
  const strings = options.strings ?? {};
  const text = (english: string): string => attr(Object.prototype.hasOwnProperty.call(strings, english) ? strings[english] : english);
  return `<!DOCTYPE html>
<html lang="${attr(options.lang ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(options.codiconsUri)}">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>${text('Claim Timeline')}</title>
</head>
<body data-strings="${attr(JSON.stringify(options.strings ?? {}))}">
<header class="toolbar">
  <div class="toolbar-row">
    <h1 id="title" class="title">${text('Claim Timeline')}</h1>
    <button type="button" id="export" class="icon-button" title="${text('Export timeline (Markdown, CSV, JSON, ClaimReview)')}" aria-label="${text('Export timeline')}">
      <span class="codicon codicon-export" aria-hidden="true"></span><span class="button-label">${text('Export')}</span>
    </button>
  </div>
  <p id="summary" class="summary" aria-live="polite"></p>
  <form id="filters" class="filters" role="search" aria-label="${text('Filter claims')}">
    <div class="search-box">
      <span class="codicon codicon-search" aria-hidden="true"></span>
      <input type="search" id="filter-text" placeholder="${text('Search claims, speakers, notes')}" aria-label="${text('Search claims, speakers and notes')}" autocomplete="off" spellcheck="false">
    </div>
    <label class="filter"><span class="filter-label">${text('Kind')}</span><select id="filter-kind" aria-label="${text('Filter by kind')}"></select></label>
    <label class="filter"><span class="filter-label">${text('Speaker')}</span><select id="filter-speaker" aria-label="${text('Filter by speaker')}"></select></label>
    <label class="filter"><span class="filter-label">${text('Status')}</span><select id="filter-status" aria-label="${text('Filter by note status')}"></select></label>
    <button type="button" id="filter-clear" class="icon-button" title="${text('Clear filters')}" aria-label="${text('Clear filters')}" hidden>
      <span class="codicon codicon-clear-all" aria-hidden="true"></span>
    </button>
  </form>
</header>
<main id="timeline" class="timeline" aria-label="${text('Claim timeline')}" aria-describedby="keyboard-help" aria-busy="true">
  <p class="empty">${text('Loading…')}</p>
</main>
<p id="keyboard-help" class="visually-hidden">${text("Use the up and down arrow keys to move between claims, Home and End to jump, and Enter to select the claim in the editor. Tab reaches the claim's status and note buttons.")}</p>
<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
