// Why a page cannot be imported, as data: the command line prints the English below, the editor words
// each problem in VS Code's display language (src/extension/pageProblems.ts). A Spanish window used
// to say "Claimline no pudo importar x.pdf: is not a web page (…)".

export type PageProblem =
  | { code: 'invalid-address' }
  | { code: 'not-http'; scheme: string }
  | { code: 'credentials' }
  | { code: 'timed-out'; seconds: number }
  | { code: 'cancelled' }
  /** The network's own reason (DNS, refused connection…), in the words of the platform. */
  | { code: 'not-fetched'; detail: string }
  | { code: 'too-many-redirects'; max: number; target: string }
  | { code: 'redirect-invalid'; target: string }
  | { code: 'redirect-not-http'; target: string }
  | { code: 'redirect-loop'; target: string }
  /** `at`: the address that answered, when redirects led away from the one asked for. */
  | { code: 'http-status'; status: string; at: string | null }
  | { code: 'not-html'; mediaType: string }
  | { code: 'not-html-sniffed' }
  | { code: 'too-large'; size: number | null; maxBytes: number }
  | { code: 'folder' }
  | { code: 'not-regular-file' }
  | { code: 'no-such-file' }
  | { code: 'permission-denied' }
  | { code: 'binary' }
  | { code: 'not-saved-page' }
  | { code: 'unreadable'; detail: string }
  | { code: 'no-article' };

/** "5 MB", "5.2 MB": a page's size as the messages give it. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** The problem in English, after the page's address or file name ("x.pdf: is not a web page …"). */
export function pageProblemText(problem: PageProblem): string {
  switch (problem.code) {
    case 'invalid-address':
      return 'is not a valid web address';
    case 'not-http':
      return `is not an http(s) address (${problem.scheme} addresses cannot be imported)`;
    case 'credentials':
      return 'holds a user name or password: remove it from the address';
    case 'timed-out':
      return `no complete answer within ${problem.seconds} s (timed out)`;
    case 'cancelled':
      return 'cancelled';
    case 'not-fetched':
      return `could not be fetched: ${problem.detail}`;
    case 'too-many-redirects':
      return `redirects more than ${problem.max} times (last to ${problem.target})`;
    case 'redirect-invalid':
      return `redirects to an invalid address (${problem.target})`;
    case 'redirect-not-http':
      return `redirects to a non-http(s) address (${problem.target})`;
    case 'redirect-loop':
      return `redirects in a loop (back to ${problem.target})`;
    case 'http-status':
      return `the server answered HTTP ${problem.status}${problem.at === null ? '' : ` (at ${problem.at})`}`;
    case 'not-html':
      return `is not a web page (content type ${problem.mediaType || 'empty'}; only HTML can be imported)`;
    case 'not-html-sniffed':
      return 'is not a web page (no content type, and it does not start like HTML)';
    case 'too-large':
      return problem.size === null ? `is larger than the ${megabytes(problem.maxBytes)} limit` : `is ${megabytes(problem.size)}, above the ${megabytes(problem.maxBytes)} limit`;
    case 'folder':
      return 'is a folder, not a saved page';
    case 'not-regular-file':
      return 'is not a regular file';
    case 'no-such-file':
      return 'no such file (give an http(s) address or a saved .html file)';
    case 'permission-denied':
      return 'permission denied';
    case 'binary':
      return 'is a binary file, not a saved web page';
    case 'not-saved-page':
      return 'is not a saved web page (it does not start like HTML)';
    case 'unreadable':
      return `could not be read as a web page (${problem.detail})`;
    case 'no-article':
      return 'has no recognisable article (nothing imported; open the page itself to analyze all of its text)';
  }
}
