// @ts-check
// The timeline webview's controller: the state it saves, rendering the model the extension posts
// (in batches), the filters, keyboard navigation and the messages both ways.
'use strict';

const { createDom } = require('./dom');
const { createEntries } = require('./entries');
const { FILTER_KEYS, NO_SPEAKER, entryMatches, navigationTarget, parseExtensionMessage, sanitizeState } = require('./helpers');
const { createReviewActions } = require('./reviewActions');
const { t, useStrings, KIND_LABELS, STATUS_LABELS } = require('./strings');

/** Entries rendered at a time: a 2 MB article can hold thousands; the rest come on demand. */
const RENDER_BATCH = 500;

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

  const dom = createDom(document);
  const { el, icon } = dom;
  const review = createReviewActions({ dom, vscode, getCurrent: () => current });
  const entries = createEntries({ dom, vscode, getCurrent: () => current, reveal, renderActions: review.renderActions });
  const { renderMarker, renderEntry, renderOrphan } = entries;

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

    review.forgetMenu();
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

module.exports = { start };
