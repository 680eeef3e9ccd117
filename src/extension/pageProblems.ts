// Why a page could not be imported, in VS Code's display language: the importer says which problem
// it is (src/net/pageProblems.ts), this file words it through the l10n bundles. A reason Claimline
// does not word itself (a network or file system error, an unknown character set) stays as given.
import * as vscode from 'vscode';
import { megabytes, type PageProblem } from '../net/pageProblems';

export function wordPageProblem(problem: PageProblem): string {
  switch (problem.code) {
    case 'invalid-address':
      return vscode.l10n.t('is not a valid web address');
    case 'not-http':
      return vscode.l10n.t('is not an http(s) address ({0} addresses cannot be imported)', problem.scheme);
    case 'credentials':
      return vscode.l10n.t('holds a user name or password: remove it from the address');
    case 'timed-out':
      return vscode.l10n.t('no complete answer within {0} s (timed out)', problem.seconds);
    case 'cancelled':
      return vscode.l10n.t('cancelled');
    case 'not-fetched':
      return vscode.l10n.t('could not be fetched: {0}', problem.detail);
    case 'too-many-redirects':
      return vscode.l10n.t('redirects more than {0} times (last to {1})', problem.max, problem.target);
    case 'redirect-invalid':
      return vscode.l10n.t('redirects to an invalid address ({0})', problem.target);
    case 'redirect-not-http':
      return vscode.l10n.t('redirects to a non-http(s) address ({0})', problem.target);
    case 'redirect-loop':
      return vscode.l10n.t('redirects in a loop (back to {0})', problem.target);
    case 'http-status':
      return problem.at === null
        ? vscode.l10n.t('the server answered HTTP {0}', problem.status)
        : vscode.l10n.t('the server answered HTTP {0} (at {1})', problem.status, problem.at);
    case 'not-html':
      return vscode.l10n.t('is not a web page (content type {0}; only HTML can be imported)', problem.mediaType || 'empty');
    case 'not-html-sniffed':
      return vscode.l10n.t('is not a web page (no content type, and it does not start like HTML)');
    case 'too-large':
      return problem.size === null
        ? vscode.l10n.t('is larger than the {0} limit', megabytes(problem.maxBytes))
        : vscode.l10n.t('is {0}, above the {1} limit', megabytes(problem.size), megabytes(problem.maxBytes));
    case 'folder':
      return vscode.l10n.t('is a folder, not a saved page');
    case 'not-regular-file':
      return vscode.l10n.t('is not a regular file');
    case 'no-such-file':
      return vscode.l10n.t('no such file (give an http(s) address or a saved .html file)');
    case 'permission-denied':
      return vscode.l10n.t('permission denied');
    case 'binary':
      return vscode.l10n.t('is a binary file, not a saved web page');
    case 'not-saved-page':
      return vscode.l10n.t('is not a saved web page (it does not start like HTML)');
    case 'unreadable':
      return vscode.l10n.t('could not be read as a web page ({0})', problem.detail);
    case 'no-article':
      return vscode.l10n.t('has no recognisable article (nothing imported; open the page itself to analyze all of its text)');
  }
}
