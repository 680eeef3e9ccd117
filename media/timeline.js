// @ts-check
// Claim timeline webview. Renders the TimelineModel (src/core/timeline.ts) that the extension posts.
// Article text is hostile input: it is only ever inserted with textContent / createElement, never
// parsed as HTML; links become buttons that ask the extension, which opens http(s) only.
// The pure helpers at the top are exported for the Node unit tests (module.exports).

(function () {
  'use strict';

  const NO_SPEAKER = '\u0000none';
  /**
   * The labels in the user's language, keyed by their English text: the extension passes them as
   * JSON in <body data-strings> (built through vscode.l10n in src/extension/timelineStrings.ts).
   * A label missing there shows in English. The KIND_LABELS and STATUS_LABELS values are keys too.
   */
  let strings = {};
  function t(english, ...args) {
    const text = Object.prototype.hasOwnProperty.call(strings, english) && typeof strings[english] === 'string' ? strings[english] : english;
    return text.replace(/\{(\d+)\}/g, (whole, index) => (args[index] === undefined ? whole : String(args[index])));
  }
  function useStrings(json) {
    try {
      const parsed = JSON.parse(json || '{}');
      strings = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    } catch {
      strings = {};
    }
  }
  const KIND_LABELS = { past: 'Past', ongoing: 'Ongoing', future: 'Future', quote: 'Undated quote' };
  const KIND_ICONS = { past: 'history', ongoing: 'sync', future: 'arrow-right', quote: 'quote' };
  const STATUS_LABELS = {
    unverified: 'Unverified',
    verified: 'Verified',
    disputed: 'Disputed',
    false: 'False',
    outdated: 'Outdated',
    'needs-source': 'Needs source',
    reviewed: 'Reviewed',
  };
  const STATUS_ICONS = {
    unverified: 'circle-large-outline',
    verified: 'pass',
    disputed: 'question',
    false: 'error',
    outdated: 'history',
    'needs-source': 'link',
    reviewed: 'eye',
  };
  /** The statuses a fact-checker can set, in menu order (NOTE_STATUSES in src/core/notes.ts). */
  const STATUS_ORDER = ['unverified', 'verified', 'disputed', 'false', 'outdated', 'needs-source', 'reviewed'];
  const FILTER_KEYS = ['text', 'kind', 'speaker', 'status'];
  /** Entries rendered at a time: a 2 MB article can hold thousands; the rest come on demand. */
  const RENDER_BATCH = 500;
  /** Note text beyond this many characters is folded behind a button (a note can be megabytes). */
  const NOTE_TEXT_LIMIT = 2000;
  /**
   * Bidirectional controls and invisible characters: shown as a boxed code point, never applied
   * (the characters of src/core/hiddenText.ts, where a unit test keeps the two in step). Joiners
   * between non-ASCII characters (emoji, Arabic, Indic words) and flag tag sequences are left alone.
   */
  const HIDDEN_CHAR = /[\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;

  function hidesAt(text, index, char) {
    const code = char.codePointAt(0);
    if (code === 0x200c || code === 0x200d) return !(text.charCodeAt(index - 1) > 0x7f && text.charCodeAt(index + 1) > 0x7f);
    if (code >= 0xe0000) {
      let i = index;
      while (i >= 2 && text.charCodeAt(i - 2) === 0xdb40 && text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdc7f) i -= 2;
      return text.codePointAt(i - 2) !== 0x1f3f4;
    }
    return true;
  }

  /** The text as plain pieces and hidden characters: [{ text }, { hidden: 'U+202E' }, …]. */
  function revealHidden(text) {
    const parts = [];
    let at = 0;
    HIDDEN_CHAR.lastIndex = 0;
    for (let match = HIDDEN_CHAR.exec(text); match; match = HIDDEN_CHAR.exec(text)) {
      if (!hidesAt(text, match.index, match[0])) continue;
      if (match.index > at) parts.push({ text: text.slice(at, match.index) });
      parts.push({ hidden: 'U+' + match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0') });
      at = match.index + match[0].length;
    }
    if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
    return parts;
  }

  // ------------------------------------------------------------------------------------------
  // Pure helpers (also unit-tested in Node)

  /** Same rules as entryMatches in src/core/timeline.ts (a unit test keeps them in step). */
  function entryMatches(entry, filter) {
    if (filter.kind) {
      if (filter.kind === 'stale' ? !entry.stale : entry.kind !== filter.kind) return false;
    }
    if (filter.speaker) {
      if (filter.speaker === NO_SPEAKER ? entry.speaker !== null : entry.speaker !== filter.speaker) return false;
    }
    if (filter.status && entry.status !== filter.status) return false;
    const query = String(filter.text || '').trim().toLocaleLowerCase();
    if (query) {
      const haystack = [
        entry.text,
        entry.speaker || '',
        entry.date ? entry.date.label : '',
        entry.expression ? entry.expression.text : '',
        entry.note ? entry.note.text : '',
        entry.statedSource || '',
      ]
        .join('\n')
        .toLocaleLowerCase();
      if (!query.split(/\s+/).every((word) => haystack.includes(word))) return false;
    }
    return true;
  }

  /** The saved webview state, reduced to known fields of the right types. */
  function sanitizeState(raw) {
    const state = { uri: undefined, filters: { text: '', kind: '', speaker: '', status: '' }, focusedId: undefined, scrollTop: 0 };
    if (!isRecord(raw)) return state;
    if (typeof raw.uri === 'string' && raw.uri.length < 4096) state.uri = raw.uri;
    if (isRecord(raw.filters)) {
      for (const key of FILTER_KEYS) {
        const value = raw.filters[key];
        if (typeof value === 'string' && value.length <= 500) state.filters[key] = value;
      }
    }
    if (typeof raw.focusedId === 'string' && raw.focusedId.length <= 64) state.focusedId = raw.focusedId;
    if (typeof raw.scrollTop === 'number' && Number.isFinite(raw.scrollTop) && raw.scrollTop >= 0) state.scrollTop = raw.scrollTop;
    return state;
  }

  /** Validates a message from the extension; undefined for anything unexpected. */
  function parseExtensionMessage(raw) {
    if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
    switch (raw.type) {
      case 'model':
        if (typeof raw.uri !== 'string' || typeof raw.fileName !== 'string' || typeof raw.version !== 'number') return undefined;
        if (!isRecord(raw.model) || !Array.isArray(raw.model.years) || !Array.isArray(raw.model.undated) || !Array.isArray(raw.model.orphans)) return undefined;
        return raw;
      case 'empty':
        return typeof raw.message === 'string' ? raw : undefined;
      case 'focus':
        return isRecord(raw.subject) && (raw.subject.kind === 'claim' || raw.subject.kind === 'quote') && Number.isSafeInteger(raw.subject.index)
          ? raw
          : undefined;
      default:
        return undefined;
    }
  }

  /** Index of the entry to move to for a navigation key, or -1 when the key is not navigation. */
  function navigationTarget(key, current, count) {
    if (count === 0) return -1;
    switch (key) {
      case 'ArrowDown':
        return Math.min(count - 1, current + 1);
      case 'ArrowUp':
        return Math.max(0, current - 1);
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
      case 'PageDown':
        return Math.min(count - 1, current + 10);
      case 'PageUp':
        return Math.max(0, current - 10);
      default:
        return -1;
    }
  }

  /** Where a range sits on the timeline's extent, in percent (for span bars). */
  function spanPosition(range, extent) {
    const start = Date.parse(extent.from);
    const end = Date.parse(extent.to) + 86400000;
    const from = Date.parse(range.from);
    const to = Date.parse(range.to) + 86400000;
    if (!(end > start) || Number.isNaN(from) || Number.isNaN(to)) return { left: 0, width: 100 };
    const left = Math.max(0, Math.min(100, ((from - start) / (end - start)) * 100));
    const right = Math.max(0, Math.min(100, ((to - start) / (end - start)) * 100));
    // Keep very short spans visible.
    return { left, width: Math.max(1, right - left) };
  }

  function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  // ------------------------------------------------------------------------------------------
  // The webview

  function start(vscode, document, window) {
    useStrings(document.body && document.body.dataset ? document.body.dataset.strings : undefined);
    let state = sanitizeState(vscode.getState());
    /** @type {any} */
    let current = undefined; // last model message
    let restoredScroll = false;
    let renderLimit = RENDER_BATCH;
    let orphanLimit = RENDER_BATCH;
    /** The entry action button ('status' or 'note') that has focus, so a re-render can restore it. */
    let focusedAction = undefined;
    /** The open status menu: { menu, button }; only one at a time. */
    let openMenu = undefined;

    const main = document.getElementById('timeline');
    const title = document.getElementById('title');
    const summary = document.getElementById('summary');
    const form = document.getElementById('filters');
    const textInput = document.getElementById('filter-text');
    const selects = {
      kind: document.getElementById('filter-kind'),
      speaker: document.getElementById('filter-speaker'),
      status: document.getElementById('filter-status'),
    };
    const clearButton = document.getElementById('filter-clear');

    function saveState() {
      vscode.setState(state);
    }

    // ---- DOM helpers: textContent only -------------------------------------------------------
    function el(tag, className, text) {
      const node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined && text !== null) appendText(node, String(text));
      return node;
    }
    /** Text nodes, with hidden characters as visible boxes (textContent only, never markup). */
    function appendText(node, text) {
      HIDDEN_CHAR.lastIndex = 0;
      if (!HIDDEN_CHAR.test(text)) {
        node.append(document.createTextNode(text));
        return node;
      }
      for (const part of revealHidden(text)) {
        if (part.text !== undefined) node.append(document.createTextNode(part.text));
        else {
          const box = document.createElement('span');
          box.className = 'hidden-char';
          box.textContent = part.hidden;
          box.title = t('Hidden character {0}: shown here, not applied (it changes how the text reads)', part.hidden);
          node.append(box);
        }
      }
      return node;
    }
    function icon(name) {
      const node = el('span', `codicon codicon-${name}`);
      node.setAttribute('aria-hidden', 'true');
      return node;
    }
    function badge(className, iconName, text, title) {
      const node = el('span', `badge ${className}`);
      node.append(icon(iconName), el('span', 'badge-text', text));
      if (title) node.title = title;
      return node;
    }

    // ---- filters -------------------------------------------------------------------------------
    function fillSelect(select, allLabel, options, selected) {
      const values = new Set(options.map((option) => option.value));
      select.replaceChildren();
      const all = el('option', '', allLabel);
      all.value = '';
      select.append(all);
      for (const option of options) {
        const node = el('option', '', option.label);
        node.value = option.value;
        select.append(node);
      }
      // A filter value the new model no longer has would hide everything without saying why.
      select.value = values.has(selected) ? selected : '';
      return select.value;
    }

    function fillFilters(model) {
      const kinds = model.facets.kinds.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind] || kind) }));
      if (model.counts.stale > 0) kinds.push({ value: 'stale', label: t('Stale predictions') });
      state.filters.kind = fillSelect(selects.kind, t('All kinds'), kinds, state.filters.kind);
      const speakers = model.facets.speakers.map((name) => ({ value: name, label: name }));
      const entries = allEntries(model);
      if (entries.some((entry) => entry.speaker === null)) speakers.push({ value: NO_SPEAKER, label: t('Unattributed') });
      state.filters.speaker = fillSelect(selects.speaker, t('All speakers'), speakers, state.filters.speaker);
      const statuses = model.facets.statuses.map((status) => ({ value: status, label: t(STATUS_LABELS[status] || status) }));
      state.filters.status = fillSelect(selects.status, t('All statuses'), statuses, state.filters.status);
      textInput.value = state.filters.text;
    }

    function filtersActive() {
      return FILTER_KEYS.some((key) => state.filters[key] !== '');
    }

    // ---- rendering -------------------------------------------------------------------------------
    function allEntries(model) {
      const result = [];
      for (const year of model.years) for (const month of year.months) for (const item of month.items) if (item.type === 'entry') result.push(item);
      for (const group of model.undated) result.push(...group.entries);
      return result;
    }

    function renderEmpty(message) {
      current = undefined;
      title.textContent = t('Claim Timeline');
      summary.textContent = '';
      form.hidden = true;
      main.replaceChildren(el('p', 'empty', message));
      main.setAttribute('aria-busy', 'false');
    }

    function render() {
      if (!current) return;
      const model = current.model;
      const filter = state.filters;
      form.hidden = false;
      clearButton.hidden = !filtersActive();
      title.textContent = t('Claim Timeline: {0}', current.fileName);
      const fragment = document.createDocumentFragment();
      let shown = 0; // entries rendered
      let matched = 0; // entries passing the filters
      const take = (entry) => {
        if (!entryMatches(entry, filter)) return false;
        matched++;
        if (shown >= renderLimit) return false;
        shown++;
        return true;
      };

      for (const year of model.years) {
        const yearSection = el('section', 'year');
        const yearHeading = el('h2', 'year-heading', String(year.year));
        yearSection.append(yearHeading);
        let yearHasContent = false;
        for (const month of year.months) {
          const items = month.items.filter((item) => (item.type === 'marker' ? shown < renderLimit : take(item)));
          if (items.length === 0) continue;
          const monthSection = el('section', month.month === null ? 'month month-year-only' : 'month');
          monthSection.append(el('h3', 'month-heading', month.label));
          const list = el('ol', 'entries');
          for (const item of items) {
            if (item.type === 'marker') list.append(renderMarker(item));
            else list.append(renderEntry(item, model));
          }
          monthSection.append(list);
          yearSection.append(monthSection);
          yearHasContent = true;
        }
        if (yearHasContent) fragment.append(yearSection);
      }

      const undatedGroups = model.undated
        .map((group) => {
          const before = matched;
          const entries = group.entries.filter(take);
          return { group, entries, count: matched - before };
        })
        .filter(({ entries }) => entries.length > 0);
      if (undatedGroups.length > 0) {
        const section = el('section', 'undated');
        section.append(el('h2', 'year-heading', t('Undated statements')));
        for (const { group, entries, count } of undatedGroups) {
          const speakerSection = el('section', 'speaker-group');
          const heading = el('h3', 'month-heading');
          heading.append(icon(group.speaker ? 'person' : 'question'), el('span', '', `${group.label} (${count})`));
          speakerSection.append(heading);
          const list = el('ol', 'entries');
          for (const entry of entries) {
            list.append(renderEntry(entry, model));
            shown++;
          }
          speakerSection.append(list);
          section.append(speakerSection);
        }
        fragment.append(section);
      }

      if (model.orphans.length > 0 && !filtersActive()) {
        const section = el('section', 'orphans');
        section.append(el('h2', 'year-heading', t('Notes whose claim is no longer in the article')));
        const list = el('ol', 'entries');
        // Orphans come in batches too: a shared sidecar can hold tens of thousands of them.
        for (const orphan of model.orphans.slice(0, orphanLimit)) list.append(renderOrphan(orphan));
        section.append(list);
        if (model.orphans.length > orphanLimit) {
          const rest = model.orphans.length - orphanLimit;
          const more = el('button', 'icon-button show-more show-more-orphans');
          more.type = 'button';
          more.append(icon('chevron-down'), el('span', '', t('Show {0} more notes ({1} not shown)', Math.min(RENDER_BATCH, rest), rest)));
          more.addEventListener('click', () => {
            orphanLimit += RENDER_BATCH;
            render();
          });
          section.append(more);
        }
        fragment.append(section);
      }

      if (matched > shown) {
        const more = el('button', 'icon-button show-more');
        more.type = 'button';
        more.append(icon('chevron-down'), el('span', '', t('Show {0} more ({1} not shown)', Math.min(RENDER_BATCH, matched - shown), matched - shown)));
        more.addEventListener('click', () => {
          const focusIndex = shown;
          renderLimit += RENDER_BATCH;
          render();
          const next = entryButtons()[focusIndex];
          if (next) moveFocusTo(next);
        });
        fragment.append(more);
      }

      const total = model.counts.dated + model.counts.undated;
      if (total === 0 && model.orphans.length === 0) {
        fragment.append(el('p', 'empty', t('No dated claims or quoted statements were found in this article.')));
      } else if (shown === 0 && filtersActive()) {
        fragment.append(el('p', 'empty', t('No entries match the filters.')));
      }

      openMenu = undefined; // its elements are replaced with everything else
      main.replaceChildren(fragment);
      main.setAttribute('aria-busy', 'false');
      summary.textContent = summaryText(model, shown, matched, total);
      updateScrollPadding();
      setupRovingFocus();
      vscode.postMessage({ type: 'rendered', version: current.version, ids: entryButtons().map((button) => button.dataset.id) });
    }

    function summaryText(model, shown, matched, total) {
      const parts = [];
      parts.push(model.published ? t('Published {0} ({1})', model.published.label, model.published.description) : t('No publication date found'));
      parts.push(t('{0} dated', model.counts.dated));
      if (model.counts.future) parts.push(t('{0} future', model.counts.future));
      if (model.counts.stale) parts.push(t('{0} stale', model.counts.stale));
      parts.push(t('{0} undated', model.counts.undated));
      if (model.counts.orphans) parts.push(model.counts.orphans === 1 ? t('1 orphan note') : t('{0} orphan notes', model.counts.orphans));
      if (filtersActive()) parts.push(t('{0} of {1} match', matched, total));
      if (shown < matched) parts.push(t('{0} shown', shown));
      return parts.join(' · ');
    }

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

    // ---- review actions: status menu and note button -----------------------------------------
    // Buttons beside (not inside) the entry button: nested interactive elements are invalid. They
    // are tab stops only for the focused entry, so Tab goes entry → status → note → next control
    // instead of through every entry's buttons.

    /** The identity of an entry as the extension checks it (timelineMessages.ts). */
    function reviewTarget(entry) {
      return {
        id: entry.id,
        subject: { kind: entry.subject.kind, index: entry.subject.index },
        uri: current ? current.uri : '',
        version: current ? current.version : -1,
      };
    }

    function renderActions(entry) {
      const actions = el('span', 'entry-actions');
      actions.setAttribute('role', 'group');
      actions.setAttribute('aria-label', entry.subject.kind === 'quote' ? t('Review this quote') : t('Review this claim'));
      const statusLabel = t(STATUS_LABELS[entry.status] || entry.status);

      const statusButton = el('button', 'entry-action status-button');
      statusButton.type = 'button';
      statusButton.tabIndex = -1;
      statusButton.dataset.action = 'status';
      statusButton.dataset.id = entry.id;
      statusButton.title = t('Set the review status');
      statusButton.setAttribute('aria-haspopup', 'menu');
      statusButton.setAttribute('aria-expanded', 'false');
      statusButton.setAttribute('aria-label', t('Set status, now {0}', statusLabel));
      statusButton.append(icon('tag'), el('span', 'action-label', t('Set status')), icon('chevron-down'));
      statusButton.addEventListener('click', () => {
        if (openMenu && openMenu.button === statusButton) closeStatusMenu(true);
        else openStatusMenu(entry, statusButton, actions);
      });
      statusButton.addEventListener('keydown', (event) => {
        // Menu buttons also open with the down arrow (WAI-ARIA menu button pattern).
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        if (!openMenu || openMenu.button !== statusButton) openStatusMenu(entry, statusButton, actions);
      });

      const hasNote = !!(entry.note && ((entry.note.text && entry.note.text.trim()) || (entry.note.sources && entry.note.sources.length > 0)));
      const noteButton = el('button', 'entry-action note-button');
      noteButton.type = 'button';
      noteButton.tabIndex = -1;
      noteButton.dataset.action = 'note';
      noteButton.dataset.id = entry.id;
      noteButton.title = hasNote ? t('Edit the note and add a source') : t('Add a note and a source');
      noteButton.append(icon(hasNote ? 'edit' : 'note'), el('span', 'action-label', hasNote ? t('Edit note') : t('Add note')));
      // The extension asks for the text in VS Code's own input box (the same command as the editor's).
      noteButton.addEventListener('click', () => vscode.postMessage(Object.assign({ type: 'editNote' }, reviewTarget(entry))));

      actions.append(statusButton, noteButton);
      return actions;
    }

    function openStatusMenu(entry, button, actions) {
      closeStatusMenu(false);
      const menu = el('ul', 'status-menu');
      menu.setAttribute('role', 'menu');
      menu.setAttribute('aria-label', t('Review status'));
      for (const status of STATUS_ORDER) {
        const item = el('li', 'status-menu-row');
        item.setAttribute('role', 'none');
        const option = el('button', `status-option status-${status}`);
        option.type = 'button';
        option.tabIndex = -1;
        option.dataset.status = status;
        option.setAttribute('role', 'menuitemradio');
        option.setAttribute('aria-checked', status === entry.status ? 'true' : 'false');
        option.append(icon(STATUS_ICONS[status] || 'circle-outline'), el('span', '', t(STATUS_LABELS[status] || status)));
        if (status === entry.status) option.append(icon('check'));
        option.addEventListener('click', (event) => {
          event.stopPropagation();
          closeStatusMenu(true);
          if (status !== entry.status) vscode.postMessage(Object.assign({ type: 'setStatus' }, reviewTarget(entry), { status }));
        });
        item.append(option);
        menu.append(item);
      }
      menu.addEventListener('keydown', (event) => {
        const options = Array.from(menu.querySelectorAll('button.status-option'));
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          closeStatusMenu(true);
          return;
        }
        if (event.key === 'Tab') {
          closeStatusMenu(false);
          return;
        }
        const index = navigationTarget(event.key, options.indexOf(event.target), options.length);
        if (index < 0) return;
        event.preventDefault();
        options[index].focus();
      });
      // Clicking elsewhere or tabbing away closes the menu (its own button toggles it).
      menu.addEventListener('focusout', (event) => {
        const next = event.relatedTarget;
        if (next && (menu.contains(next) || next === button)) return;
        if (openMenu && openMenu.menu === menu) closeStatusMenu(false);
      });
      actions.append(menu);
      button.setAttribute('aria-expanded', 'true');
      openMenu = { menu, button };
      const options = Array.from(menu.querySelectorAll('button.status-option'));
      const checked = options.find((option) => option.dataset.status === entry.status) || options[0];
      checked.focus();
    }

    function closeStatusMenu(returnFocus) {
      const open = openMenu;
      if (!open) return;
      openMenu = undefined;
      open.button.setAttribute('aria-expanded', 'false');
      if (open.menu.parentElement) open.menu.parentElement.removeChild(open.menu);
      if (returnFocus) open.button.focus();
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

    // ---- keyboard navigation (roving tabindex over the entries) -------------------------------
    function entryButtons() {
      return Array.from(main.querySelectorAll('button.entry-main'));
    }

    function setupRovingFocus() {
      const buttons = entryButtons();
      if (buttons.length === 0) return;
      const focused = buttons.find((button) => button.dataset.id === state.focusedId) || buttons[0];
      setTabStop(focused);
    }

    /** One entry is the tab stop: its button and its review actions; every other entry is -1. */
    function setTabStop(button) {
      for (const other of main.querySelectorAll('button.entry-main')) other.tabIndex = other === button ? 0 : -1;
      for (const action of main.querySelectorAll('button.entry-action')) action.tabIndex = action.dataset.id === button.dataset.id ? 0 : -1;
    }

    function moveFocusTo(button) {
      setTabStop(button);
      button.focus();
      button.scrollIntoView({ block: 'nearest' });
    }

    main.addEventListener('keydown', (event) => {
      const target = event.target;
      if (!(target instanceof window.HTMLElement) || !target.classList.contains('entry-main')) return;
      const buttons = entryButtons();
      const index = navigationTarget(event.key, buttons.indexOf(target), buttons.length);
      if (index < 0) return;
      event.preventDefault();
      moveFocusTo(buttons[index]);
    });

    main.addEventListener('focusin', (event) => {
      const target = event.target;
      if (!(target instanceof window.HTMLElement)) return;
      const isEntry = target.classList.contains('entry-main');
      const isAction = target.classList.contains('entry-action');
      if (!target.dataset.id || (!isEntry && !isAction)) return;
      focusedAction = isAction ? target.dataset.action : undefined;
      if (state.focusedId === target.dataset.id && target.tabIndex === 0) return;
      const entryButton = isEntry ? target : entryButtons().find((button) => button.dataset.id === target.dataset.id);
      if (entryButton) setTabStop(entryButton);
      state.focusedId = target.dataset.id;
      saveState();
    });

    function reveal(entry) {
      state.focusedId = entry.id;
      saveState();
      vscode.postMessage({ type: 'reveal', subject: { kind: entry.subject.kind, index: entry.subject.index }, uri: current ? current.uri : undefined });
    }

    function findSubject(subject) {
      return entryButtons().find(
        (candidate) => candidate.dataset.subjectKind === subject.kind && candidate.dataset.subjectIndex === String(subject.index),
      );
    }

    function focusSubject(subject) {
      let button = findSubject(subject);
      if (!button && current) {
        // "Open in timeline" must show the claim even when it is past the rendered batch or filtered out.
        renderLimit = Number.MAX_SAFE_INTEGER;
        render();
        button = findSubject(subject);
        if (!button && filtersActive()) {
          clearFilters();
          button = findSubject(subject);
        }
      }
      if (!button) return;
      moveFocusTo(button);
      button.scrollIntoView({ block: 'center' });
      const item = button.parentElement;
      if (item) {
        item.classList.remove('flash');
        // Restart the highlight animation on repeated "Open in timeline".
        void item.offsetWidth;
        item.classList.add('flash');
      }
    }

    // ---- wiring ----------------------------------------------------------------------------------
    function onFilterChange() {
      state.filters.text = textInput.value.slice(0, 500);
      state.filters.kind = selects.kind.value;
      state.filters.speaker = selects.speaker.value;
      state.filters.status = selects.status.value;
      saveState();
      renderLimit = RENDER_BATCH;
      render();
    }
    textInput.addEventListener('input', onFilterChange);
    for (const select of Object.values(selects)) select.addEventListener('change', onFilterChange);
    form.addEventListener('submit', (event) => event.preventDefault());
    textInput.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && textInput.value) {
        event.preventDefault();
        textInput.value = '';
        onFilterChange();
        return;
      }
      if (event.key === 'ArrowDown') {
        const first = entryButtons()[0];
        if (first) {
          event.preventDefault();
          moveFocusTo(first);
        }
      }
    });
    function clearFilters() {
      state.filters = { text: '', kind: '', speaker: '', status: '' };
      textInput.value = '';
      for (const select of Object.values(selects)) select.value = '';
      saveState();
      render();
    }
    clearButton.addEventListener('click', () => {
      renderLimit = RENDER_BATCH;
      clearFilters();
      textInput.focus();
    });
    document.getElementById('export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));

    // Keep entries focused with the keyboard clear of the sticky toolbar (its height varies with
    // the panel's width as the filters wrap).
    const toolbar = document.querySelector('.toolbar');
    function updateScrollPadding() {
      if (toolbar) document.documentElement.style.scrollPaddingTop = `${toolbar.offsetHeight + 8}px`;
    }
    window.addEventListener('resize', updateScrollPadding);
    // The filters also wrap when they are filled in, with no window resize.
    if (toolbar && typeof ResizeObserver === 'function') new ResizeObserver(updateScrollPadding).observe(toolbar);
    updateScrollPadding();

    let scrollTimer = 0;
    window.addEventListener('scroll', () => {
      window.clearTimeout(scrollTimer);
      scrollTimer = window.setTimeout(() => {
        state.scrollTop = window.scrollY;
        saveState();
      }, 150);
    });

    window.addEventListener('message', (event) => {
      const message = parseExtensionMessage(event.data);
      if (!message) return;
      if (message.type === 'empty') {
        renderEmpty(message.message);
        return;
      }
      if (message.type === 'focus') {
        focusSubject(message.subject);
        return;
      }
      const sameArticle = state.uri === message.uri;
      if (!sameArticle) {
        renderLimit = RENDER_BATCH;
        orphanLimit = RENDER_BATCH;
        state.uri = message.uri;
        state.focusedId = undefined;
        state.scrollTop = 0;
      }
      const hadFocus = main.contains(document.activeElement);
      const hadAction = focusedAction;
      current = message;
      fillFilters(message.model);
      render();
      if (hadFocus && state.focusedId) {
        // After a status change the model comes back re-rendered: keep focus where the user was.
        const selector = hadAction ? 'button.entry-action' : 'button.entry-main';
        const button = Array.from(main.querySelectorAll(selector)).find(
          (candidate) => candidate.dataset.id === state.focusedId && (!hadAction || candidate.dataset.action === hadAction),
        );
        if (button) button.focus({ preventScroll: true });
      }
      if (!restoredScroll) {
        restoredScroll = true;
        if (sameArticle && state.scrollTop) window.scrollTo(0, state.scrollTop);
      }
      saveState();
    });

    vscode.postMessage({ type: 'ready' });
  }

  const api = { entryMatches, sanitizeState, parseExtensionMessage, navigationTarget, spanPosition, revealHidden, start, NO_SPEAKER, KIND_LABELS, STATUS_LABELS };
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  if (typeof acquireVsCodeApi === 'function' && typeof document !== 'undefined') start(acquireVsCodeApi(), document, window);
})();
