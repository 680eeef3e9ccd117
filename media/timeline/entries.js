// @ts-check
// One timeline entry as DOM: the claim or quote, its date, badges, span bar, review actions and note;
// also the markers (publication, today) and the notes whose claim is gone.
'use strict';

const { spanPosition } = require('./helpers');
const { t, KIND_ICONS, KIND_LABELS, STATUS_ICONS, STATUS_LABELS } = require('./strings');

/** Note text beyond this many characters is folded behind a button (a note can be megabytes). */
const NOTE_TEXT_LIMIT = 2000;

/**
 * @param {{
 *   dom: ReturnType<typeof import('./dom').createDom>,
 *   vscode: { postMessage(message: unknown): void },
 *   getCurrent(): any,
 *   reveal(entry: any): void,
 *   renderActions(entry: any): any,
 * }} context
 */
function createEntries({ dom, vscode, getCurrent, reveal, renderActions }) {
  const { el, appendText, icon, badge } = dom;

  function renderMarker(marker) {
    const item = el('li', `marker marker-${marker.marker}`);
    item.append(icon(marker.marker === 'published' ? 'megaphone' : 'calendar'), el('span', 'marker-label', `${marker.label}: ${marker.description}`));
    return item;
  }

  function renderEntry(entry, model) {
    const classes = ['entry', `kind-${entry.kind}`, `status-${entry.status}`];
    if (entry.future) classes.push('future');
    if (entry.stale) classes.push('stale');
    if (entry.date && entry.date.span) classes.push('has-span');
    const item = el('li', classes.join(' '));
    // Right-click menu items contributed with `webview/context` (when: webviewSection == 'entry')
    // receive this object, so note commands know which claim was clicked.
    const current = getCurrent();
    item.dataset.vscodeContext = JSON.stringify({ webviewSection: 'entry', uri: current ? current.uri : '', subject: entry.subject });

    const button = el('button', 'entry-main');
    button.type = 'button';
    button.tabIndex = -1;
    button.dataset.id = entry.id;
    button.dataset.subjectKind = entry.subject.kind;
    button.dataset.subjectIndex = String(entry.subject.index);
    button.setAttribute('aria-label', entryLabel(entry));

    const head = el('span', 'entry-head');
    if (entry.date) {
      const date = el('span', 'entry-date');
      date.append(icon(entry.date.span ? 'arrow-both' : 'calendar'), el('span', '', entry.date.label));
      if (entry.expression) date.title = `"${entry.expression.text}" → ${entry.expression.value}: ${entry.expression.reasoning}`;
      head.append(date);
    }
    if (entry.stale) head.append(badge('stale-badge', 'warning', t('Stale prediction'), t('A prediction whose date has passed')));
    else if (entry.future) head.append(badge('future-badge', 'arrow-right', t('Future'), t('Refers to a time after the publication date')));
    button.append(head);

    button.append(entryText(entry));

    const meta = el('span', 'entry-meta');
    meta.append(badge('kind-badge', KIND_ICONS[entry.kind] || 'circle-outline', t(KIND_LABELS[entry.kind] || entry.kind)));
    if (entry.speaker) {
      meta.append(badge('speaker-badge', 'person', entry.speaker, entry.speakerMention ? t('Named here as "{0}"', entry.speakerMention) : undefined));
    }
    meta.append(badge(`status-badge status-${entry.status}`, STATUS_ICONS[entry.status] || 'circle-outline', t(STATUS_LABELS[entry.status] || entry.status)));
    if (entry.statedSource) meta.append(badge('source-badge', 'comment-discussion', entry.statedSource, t('Source stated in the article')));
    button.append(meta);

    if (entry.date && entry.date.span && model.extent) {
      const track = el('span', 'span-track');
      track.setAttribute('aria-hidden', 'true');
      const bar = el('span', 'span-bar');
      const position = spanPosition(entry.date.range, model.extent);
      // CSSOM writes are allowed by the CSP (no inline style attributes are parsed).
      bar.style.left = `${position.left}%`;
      bar.style.width = `${position.width}%`;
      track.append(bar);
      button.append(track);
    }

    button.addEventListener('click', () => reveal(entry));
    item.append(button, renderActions(entry));
    if (entry.note) item.append(...renderNote(entry.note));
    return item;
  }

  /** The claim text with the dating expression highlighted, built from text nodes only. */
  function entryText(entry) {
    const text = el('span', 'entry-text');
    const expression = entry.expression;
    const from = expression ? expression.start - entry.start : -1;
    const to = expression ? expression.end - entry.start : -1;
    if (expression && from >= 0 && to <= entry.text.length && from < to) {
      appendText(text, entry.text.slice(0, from));
      text.append(el('mark', 'expression', entry.text.slice(from, to)));
      appendText(text, entry.text.slice(to));
    } else {
      appendText(text, entry.text);
    }
    return text;
  }

  function renderNote(note) {
    const nodes = [];
    if (note.text && note.text.trim()) {
      const text = el('p', 'entry-note');
      if (note.text.length > NOTE_TEXT_LIMIT) {
        // Cut between characters, not inside a surrogate pair; the whole note on request.
        const cut = /[\ud800-\udbff]/.test(note.text[NOTE_TEXT_LIMIT - 1]) ? NOTE_TEXT_LIMIT - 1 : NOTE_TEXT_LIMIT;
        const shownText = el('span', 'note-text', note.text.slice(0, cut) + '…');
        const whole = el('button', 'icon-button note-more', t('Show the whole note ({0} characters)', note.text.length.toLocaleString('en-US')));
        whole.type = 'button';
        whole.addEventListener('click', (event) => {
          event.stopPropagation();
          shownText.replaceChildren();
          appendText(shownText, note.text);
          if (whole.parentElement) whole.parentElement.removeChild(whole);
        });
        text.append(icon('note'), shownText, whole);
      } else text.append(icon('note'), el('span', 'note-text', note.text));
      if (note.checked) text.append(el('span', 'entry-checked', t(' (checked {0})', note.checked)));
      nodes.push(text);
    }
    if (note.sources && note.sources.length > 0) {
      const list = el('ul', 'entry-sources');
      list.setAttribute('aria-label', t('Sources'));
      for (const source of note.sources) {
        const item = el('li');
        if (source.openable) {
          const link = el('button', 'link');
          link.type = 'button';
          link.title = t('Open {0} in the browser', source.url);
          link.append(icon('link-external'), el('span', 'link-text', source.url));
          link.addEventListener('click', (event) => {
            event.stopPropagation();
            vscode.postMessage({ type: 'openLink', url: source.url });
          });
          item.append(link);
        } else {
          // Not http(s): shown so the fact-checker sees it, but nothing can open it.
          const blocked = el('span', 'link-blocked');
          blocked.title = t('Not a web link: Claimline opens only http and https links');
          blocked.append(icon('circle-slash'), el('span', 'link-text', source.url));
          item.append(blocked);
        }
        list.append(item);
      }
      nodes.push(list);
    }
    return nodes;
  }

  function renderOrphan(orphan) {
    const item = el('li', `entry orphan status-${orphan.note.status}`);
    const body = el('div', 'entry-main orphan-main');
    body.append(el('span', 'entry-text', orphan.text));
    const meta = el('span', 'entry-meta');
    meta.append(
      badge('kind-badge', 'debug-disconnect', orphan.anchorKind === 'quote' ? t('Quote no longer in the article') : t('Claim no longer in the article')),
      badge(`status-badge status-${orphan.note.status}`, STATUS_ICONS[orphan.note.status] || 'circle-outline', t(STATUS_LABELS[orphan.note.status] || orphan.note.status)),
    );
    body.append(meta);
    item.append(body, ...renderNote(orphan.note));
    return item;
  }

  function entryLabel(entry) {
    const parts = [];
    if (entry.date) parts.push(entry.date.label);
    if (entry.stale) parts.push(t('stale prediction'));
    else if (entry.future) parts.push(t('future'));
    parts.push(t(KIND_LABELS[entry.kind] || entry.kind));
    if (entry.speaker) parts.push(t('by {0}', entry.speaker));
    parts.push(t('status {0}', t(STATUS_LABELS[entry.status] || entry.status)));
    parts.push(entry.text);
    return parts.join(', ');
  }

  return { renderMarker, renderEntry, renderOrphan };
}

module.exports = { createEntries };
