// @ts-check
// The review actions beside each entry: the status menu and the note button.
'use strict';

const { navigationTarget } = require('./helpers');
const { t, STATUS_ICONS, STATUS_LABELS, STATUS_ORDER } = require('./strings');

/**
 * @param {{ dom: ReturnType<typeof import('./dom').createDom>, vscode: { postMessage(message: unknown): void }, getCurrent(): any }} context
 */
function createReviewActions({ dom, vscode, getCurrent }) {
  const { el, icon } = dom;
  /** The open status menu: { menu, button }; only one at a time. */
  let openMenu = undefined;

  // Buttons beside (not inside) the entry button: nested interactive elements are invalid. They
  // are tab stops only for the focused entry, so Tab goes entry → status → note → next control
  // instead of through every entry's buttons.

  /** The identity of an entry as the extension checks it (timelineMessages.ts). */
  function reviewTarget(entry) {
    const current = getCurrent();
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

  /** A re-render replaced the menu's elements with everything else: there is no open menu. */
  function forgetMenu() {
    openMenu = undefined;
  }

  return { renderActions, forgetMenu };
}

module.exports = { createReviewActions };
