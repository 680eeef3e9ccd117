import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { analyze } from '../../src/core/analyze';
import { NEWS_PAGE } from './newsPage';
import { anchorFor, serializeNotesFile, sidecarPath, upsertNote } from '../../src/core/notes';

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

function run(...args: string[]): Promise<Run> {
  return runOnInput(undefined, ...args);
}

/** runCli with `input` as its standard input (read through the CliIo hook, as main.ts provides it). */
async function runOnInput(input: string | Buffer | undefined, ...args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const readStdin = input === undefined ? undefined : () => Buffer.from(input);
  const code = await runCli(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), readStdin }, '1.2.3');
  return { code, stdout, stderr };
}

/** The real entry point (src/cli/main.ts) in a child process, as `claimline` runs. */
function runEntryPoint(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'src', 'cli', 'main.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26, input });
}

describe('claimline CLI', function () {
  // Two or more files start worker threads, which compile the analyzer through tsx in the tests.
  this.timeout(60_000);
  let dir: string;
  let dated: string;
  let undated: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimline-cli-'));
    dated = join(dir, 'dated.txt');
    writeFileSync(dated, '5 December 2020\n\nThe plant was signed off in 2017, the minister said.\n');
    undated = join(dir, 'undated.txt');
    writeFileSync(undated, 'The plant was signed off in 2017.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints clickable file:line:col lines and a summary, exit 0 without warnings', async () => {
    const result = await run('check', '--today', '2026-11-28', dated);
    assert.equal(result.code, 0, result.stderr.join('\n'));
    assert.match(result.stdout.at(-1) ?? '', /^1 file checked: \d+ findings?/);
    for (const line of result.stdout.slice(0, -1)) assert.match(line, /^.+:\d+:\d+: (error|warning|information|hint) [a-z-]+: .+/);
  });

  it('exits 1 when a finding is a warning (no publication date)', async () => {
    const result = await run('check', undated);
    assert.equal(result.code, 1);
    assert.ok(result.stdout.some((l) => l.includes('warning no-publication-date')));
    assert.ok(result.stdout.some((l) => l.startsWith(`${undated}:1:1:`)));
  });

  it('--published overrides detection and silences no-publication-date', async () => {
    const result = await run('check', '--format', 'json', '--published', '2020-12-05', undated);
    const record = JSON.parse(result.stdout[0]);
    assert.deepEqual(record.published, { value: '2020-12-05', source: 'caller' });
    assert.ok(!record.findings.some((f: { rule: string }) => f.rule === 'no-publication-date'));
  });

  it('emits one lean JSON object per file with the contract keys; --messages adds the messages', async () => {
    const result = await run('check', '--format=json', dated, undated);
    assert.equal(result.stdout.length, 2);
    for (const line of result.stdout) {
      const record = JSON.parse(line);
      assert.deepEqual(Object.keys(record), ['file', 'published', 'timexes', 'quotes', 'claims', 'findings']);
      for (const timex of record.timexes) assert.deepEqual(Object.keys(timex), ['start', 'end', 'type', 'value']);
      for (const claim of record.claims) assert.deepEqual(Object.keys(claim), ['start', 'end', 'kind', 'timexes', 'speaker']);
      for (const finding of record.findings) {
        const subject = Object.keys(finding).slice(4);
        assert.deepEqual(Object.keys(finding).slice(0, 4), ['rule', 'severity', 'start', 'end']);
        assert.ok(subject.length === 0 || ['claim', 'quote', 'timex'].includes(subject[0]), subject.join());
      }
    }
    const [withMessages] = (await run('check', '--format=json', '--messages', dated)).stdout.map((line) => JSON.parse(line));
    const claim = withMessages.findings.find((f: { claim?: number }) => f.claim !== undefined);
    assert.match(claim.message, /in 2017 → 2017/);
    assert.equal(withMessages.claims[claim.claim].timexes.length, 1);
  });

  it('checks only the article of an .html page and gives it in the JSON record', async () => {
    const page = join(dir, 'story.html');
    writeFileSync(page, NEWS_PAGE);
    const result = await run('check', '--format', 'json', '--published', '2024-03-12', '--today', '2026-11-28', page);
    const record = JSON.parse(result.stdout[0]);
    assert.deepEqual(Object.keys(record), ['file', 'published', 'article', 'timexes', 'quotes', 'claims', 'findings']);
    assert.equal(record.article.title, 'Tram line to reach the harbour by 2027');
    assert.equal(record.article.byline, 'By Jane Doe, Transport Correspondent');
    assert.equal(record.article.published, '2024-03-12');
    assert.equal(record.article.fallback, false);
    assert.ok(record.article.ranges.length > 0);
    const inArticle = (offset: number) => record.article.ranges.some((r: { start: number; end: number }) => r.start <= offset && offset < r.end);
    assert.ok(record.findings.length > 0);
    for (const finding of record.findings) assert.ok(inArticle(finding.start), `finding outside the article at ${finding.start}`);
  });

  it('a missing file gets a clear message and exit 2, the other files are still checked', async () => {
    const missing = join(dir, 'nope.txt');
    const result = await run('check', missing, dated);
    assert.equal(result.code, 2);
    assert.ok(result.stderr.some((l) => l === `claimline: ${missing}: no such file`));
    assert.match(result.stdout.at(-1) ?? '', /^1 file checked: .*1 file could not be read/);
  });

  it('rejects binary files and invalid UTF-8 without stopping; an empty folder has nothing to check', async () => {
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x32, 0x30, 0x31, 0x37]));
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const result = await run('check', '--format', 'json', binary, latin1, folder, dated);
    assert.equal(result.code, 2);
    assert.ok(result.stderr.some((l) => l.includes('image.png: is a binary file')));
    assert.ok(result.stderr.some((l) => l.includes('latin1.txt: is not valid UTF-8')));
    assert.ok(result.stderr.some((l) => l.includes('folder: no articles found in this folder')));
    // Every stdout line is still valid JSON, and the good file is there.
    const records = result.stdout.map((l) => JSON.parse(l));
    assert.equal(records.filter((r) => r.error).length, 2);
    assert.ok(records.some((r) => r.file === dated && Array.isArray(r.findings)));
  });

  it('an empty file is checked and reported as empty, with exit status 0', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const result = await run('check', '--format', 'json', '--published', '2020-01-01', empty);
    assert.equal(result.code, 0);
    const record = JSON.parse(result.stdout[0]);
    assert.deepEqual([record.timexes, record.quotes, record.claims], [[], [], []]);
    assert.deepEqual(record.findings.map((f: { rule: string }) => f.rule), ['empty-article']);
    // Without a publication date too: an empty article has no date to miss.
    const text = await run('check', empty);
    assert.equal(text.code, 0);
    assert.deepEqual(text.stdout, [`${empty}:1:1: information empty-article: The article is empty: there is no text to check.`, '1 file checked: 1 finding (1 information)']);
  });

  it('drops a UTF-8 BOM so offsets match the editor', async () => {
    const bom = join(dir, 'bom.txt');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Signed in 2017.')]));
    const record = JSON.parse((await run('check', '--format', 'json', '--published', '2020-12-05', bom)).stdout[0]);
    assert.deepEqual(record.timexes.map((timex: { start: number; end: number }) => 'Signed in 2017.'.slice(timex.start, timex.end)), ['2017']);
  });

  it('usage errors: bad --published, unknown option, no files', async () => {
    const bad = await run('check', '--published', '2020-02-30', dated);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr[0], /--published must be a calendar date YYYY-MM-DD, not "2020-02-30"/);
    assert.equal((await run('check', '--frobnicate', dated)).code, 2);
    assert.match((await run('check')).stderr[0], /no files given/);
    assert.match((await run('lint', dated)).stderr[0], /unknown command "lint"/);
    assert.equal((await run('check', '--format', 'xml', dated)).code, 2);
  });

  it('the command writes every line of a long report, in blocks, and errors on stderr', async () => {
    // The real entry point (src/cli/main.ts), not runCli: its output is written in 64 KB blocks.
    const long = join(dir, 'long.txt');
    writeFileSync(long, 'In 2019, the plant opened.\n\n'.repeat(3000));
    const missing = join(dir, 'missing.txt');
    const child = runEntryPoint(['check', '--published', '2020-12-05', missing, long]);
    assert.equal(child.status, 2, child.stderr);
    assert.equal(child.stderr, `claimline: ${missing}: no such file\n`);
    const lines = child.stdout.split('\n');
    assert.equal(lines.pop(), '', 'the output ends with a line break');
    assert.equal(lines.length, 3001);
    for (const [i, line] of lines.slice(0, -1).entries()) assert.ok(line.startsWith(`${long}:${2 * i + 1}:4: information dated-claim: In 2019 → 2019`), line);
    assert.match(lines[3000], /^1 file checked: 3000 findings \(3000 information\); 1 file could not be read/);
  });

  it('writes a JSON record in pieces that make one valid line, as the whole record would', async () => {
    const many = join(dir, 'many.txt');
    writeFileSync(many, '“We will open in 2023,” Arce said in September.\n\n'.repeat(2000));
    const child = runEntryPoint(['check', '--format', 'json', '--published', '2020-12-05', many, dated]);
    assert.equal(child.status, 1, child.stderr);
    const lines = child.stdout.split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 2);
    const records = lines.map((line) => JSON.parse(line));
    assert.deepEqual(records.map((r) => r.file), [many, dated]);
    assert.equal(records[0].quotes.length, 2000);
    assert.equal(records[0].timexes.length, 4000);
    // The same as the record made at once, the way the tests' own runner (no stdoutPiece) gets it.
    assert.deepEqual(records, (await run('check', '--format', 'json', '--published', '2020-12-05', many, dated)).stdout.map((line) => JSON.parse(line)));
  });

  it('reads standard input for "-", reported as <stdin> or under --stdin-name, whose extension says how to read it', async () => {
    const plain = await runOnInput('LA PAZ, Dec. 5, 2020 (Reuters) - The plant is expected to open in 2023, Arce said.\n', 'check', '--today', '2026-11-28', '-', dated);
    assert.equal(plain.code, 1, plain.stderr.join('\n'));
    assert.ok(plain.stdout.some((l) => l.startsWith('<stdin>:1:67: warning stale-prediction: in 2023 → 2023')), plain.stdout.join('\n'));
    assert.ok(plain.stdout.some((l) => l.startsWith(`${dated}:`)), 'the file after it is checked too');
    assert.match(plain.stdout.at(-1) ?? '', /^2 files checked/);

    const page = '<html><head><meta property="article:published_time" content="2020-12-05T07:08:00Z"></head><body><p>It opened <b>in September</b>.</p></body></html>';
    const html = JSON.parse((await runOnInput(page, 'check', '--format', 'json', '--stdin-name', 'story.html', '-')).stdout[0]);
    assert.equal(html.file, 'story.html');
    assert.deepEqual(html.published, { value: '2020-12-05', source: 'html-meta' }, 'a web page gives the publisher\'s calendar day');
    assert.deepEqual(html.timexes.map((t: { value: string; start: number; end: number }) => [t.value, page.slice(t.start, t.end)]), [['2020-09', 'September']]);
  });

  it('standard input gets the checks a file gets, and can be given only once', async () => {
    const binary = await runOnInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]), 'check', '-', dated);
    assert.equal(binary.code, 2);
    assert.deepEqual(binary.stderr, ['claimline: <stdin>: is a binary file, not a text article']);
    assert.match(binary.stdout.at(-1) ?? '', /^1 file checked: .*1 file could not be read/);
    const large = await runOnInput('In 2017. '.repeat(200_000), 'check', '--max-size', '1', '-');
    assert.deepEqual(large.stderr, ['claimline: <stdin>: is larger than the 1 MB limit (raise it with --max-size or maxFileSize)']);
    const twice = await runOnInput('In 2017.', 'check', '-', '-');
    assert.equal(twice.code, 2);
    assert.match(twice.stderr[0], /standard input \(-\) can be given only once/);
    // Without a way to read it (an embedding that passes no reader), "-" is that file's error only.
    const unreadable = await run('check', '-', dated);
    assert.deepEqual(unreadable.stderr, ['claimline: <stdin>: standard input cannot be read here']);
  });

  it('the command reads a pipe on standard input', async () => {
    const child = runEntryPoint(['check', '--format', 'json', '--published', '2020-12-05', '-'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('“We will open in 2023,” Arce said.\n'.repeat(5000))]));
    assert.equal(child.status, 1, child.stderr);
    const record = JSON.parse(child.stdout);
    assert.equal(record.file, '<stdin>');
    assert.ok(record.findings.some((f: { rule: string }) => f.rule === 'stale-prediction'));
    assert.equal(record.quotes.length, 5000, 'all of a pipe longer than one read (the BOM dropped)');
    assert.equal(record.quotes[0].start, 0);
  });

  describe('claimline timeline', () => {
    const article = '5 December 2020\n\nThe bridge was closed in 2017, the mayor said.\n\nIt is expected to reopen in 2023.\n';
    let file: string;
    before(() => {
      file = join(dir, 'bridge.txt');
      writeFileSync(file, article);
      // A note written as the editor writes it: anchored to the claim's text, in the sidecar beside it.
      const claim = analyze(article, { today: '2026-11-28' }).claims[1];
      const anchor = anchorFor(article, { kind: 'claim', index: 1, start: claim.start, end: claim.end, text: claim.text });
      const { notes } = upsertNote([], undefined, anchor, { status: 'false', text: 'Still closed <b>in 2026</b>', sources: ['https://example.org/bridge'] }, new Date('2026-11-20T10:00:00Z'), () => 'note-1');
      writeFileSync(sidecarPath(file, 'beside'), serializeNotesFile(notes, 'bridge.txt'));
    });

    it('prints the Markdown timeline with the notes of the sidecar beside the article', async () => {
      const result = await run('timeline', '--today', '2026-11-28', file);
      assert.equal(result.code, 0, result.stderr.join('\n'));
      const markdown = result.stdout.join('\n');
      assert.match(markdown, /^# Claim timeline: bridge\.txt\n\nPublished 5 Dec 2020 \(the dateline\)/);
      assert.match(markdown, /\*\*2023\*\*: It is expected to reopen in 2023\. \(\*\*stale prediction\*\*, future claim, false\)\n {2}- Note: Still closed &lt;b&gt;in 2026&lt;\/b&gt;\n/, 'note text escaped, never markup');
      assert.match(markdown, /https:\/\/example\.org\/bridge/);
    });

    it('exports CSV and ClaimReview, with the review and article addresses given', async () => {
      const csv = (await run('timeline', '--format', 'csv', '--today', '2026-11-28', file)).stdout.join('\n').split('\n');
      assert.ok(csv[0].startsWith('section,date,'), csv[0]);
      assert.ok(csv.some((row) => row.includes('It is expected to reopen in 2023.') && row.includes(',false,')), csv.join('\n'));
      const result = await run('timeline', '--format=claimreview', '--review-url', 'https://checks.example/bridge', '--article-url', 'https://news.example/a', file);
      assert.equal(result.code, 0, result.stderr.join('\n'));
      const [review] = JSON.parse(result.stdout.join('\n'));
      assert.equal(review['@type'], 'ClaimReview');
      assert.equal(review.url, 'https://checks.example/bridge');
      assert.equal(review.claimReviewed, 'It is expected to reopen in 2023.');
      assert.equal(review.reviewRating.alternateName, 'False');
    });

    it('reads standard input without a sidecar, and --notes names one', async () => {
      const alone = await runOnInput(article, 'timeline', '--format', 'json', '--today', '2026-11-28', '-');
      assert.equal(alone.code, 0, alone.stderr.join('\n'));
      const model = JSON.parse(alone.stdout.join('\n'));
      assert.ok(JSON.stringify(model).includes('reopen in 2023'));
      assert.ok(!JSON.stringify(model).includes('Still closed'));
      const withNotes = await runOnInput(article, 'timeline', '--notes', sidecarPath(file, 'beside'), '--today', '2026-11-28', '-');
      assert.match(withNotes.stdout.join('\n'), /Still closed/);
    });

    it('a notes file that cannot be read is reported with its path, and nothing is exported', async () => {
      const broken = join(dir, 'broken.claims.json');
      writeFileSync(broken, '{"version": 1, "notes": [');
      const invalid = await run('timeline', '--notes', broken, file);
      assert.equal(invalid.code, 2);
      assert.deepEqual(invalid.stdout, []);
      assert.match(invalid.stderr[0], new RegExp(`^claimline: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: notes file .*broken\\.claims\\.json: not valid JSON`));
      const newer = join(dir, 'newer.claims.json');
      writeFileSync(newer, '{"version": 99, "notes": []}');
      assert.match((await run('timeline', '--notes', newer, file)).stderr[0], /written by a newer Claimline \(format version 99/);
      assert.match((await run('timeline', '--notes', join(dir, 'absent.json'), file)).stderr[0], /notes file .*absent\.json: no such file/);
      assert.equal(readFileSync(broken, 'utf8'), '{"version": 1, "notes": [', 'the broken file is left as it was');
    });

    it('usage errors: one article, its own formats and options', async () => {
      assert.match((await run('timeline', file, dated)).stderr[0], /claimline timeline takes one article/);
      assert.match((await run('timeline', '--format', 'text', file)).stderr[0], /--format of claimline timeline must be one of "markdown", "csv", "json", "claimreview", not "text"/);
      assert.match((await run('check', '--notes', 'x.json', file)).stderr[0], /--notes is an option of claimline timeline/);
      assert.match((await run('timeline', '--review-url', 'javascript:alert(1)', file)).stderr[0], /--review-url must be an http\(s\) address/);
    });
  });

  it('--help and --version', async () => {
    const overview = (await run('--help')).stdout[0];
    for (const command of ['check', 'timeline', 'import']) assert.match(overview, new RegExp(`^  ${command} `, 'm'), `${command} is in the command table`);
    assert.deepEqual((await run('--version')).stdout, ['1.2.3']);
  });

  it('every command has its own --help, also as claimline help COMMAND, with its exit statuses', async () => {
    for (const [command, options, exit] of [
      ['check', /--min-severity/, /0 no finding shown at warning or above, 1 a finding shown/],
      ['timeline', /--review-url/, /0 exported, 2 usage/],
      ['import', /--force/, /0 imported, 2 usage/],
    ] as const) {
      for (const args of [[command, '--help'], [command, '-h'], ['help', command], [command, 'x.txt', '--help']]) {
        const result = await run(...args);
        assert.equal(result.code, 0, args.join(' '));
        assert.deepEqual(result.stderr, []);
        assert.match(result.stdout[0], new RegExp(`^Usage: claimline ${command} `), args.join(' '));
        assert.match(result.stdout[0], options);
        assert.match(result.stdout[0], exit);
      }
    }
    // A usage error prints the usage of the command it is about.
    const wrong = await run('timeline', '--jobs', '2', 'x.txt');
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr[0], /^claimline: --jobs is an option of claimline check\n\nUsage: claimline timeline /);
    const unknown = await run('help', 'frobnicate');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr[0], /^claimline: unknown command "frobnicate"/);
    assert.match((await run('frobnicate')).stderr[0], /^claimline: unknown command "frobnicate"\n\nUsage: claimline check/);
    assert.equal((await run()).code, 2);
  });

  it('lays out every help the same way: within 100 columns, an Options heading, descriptions in one column', async () => {
    for (const args of [['--help'], ['check', '--help'], ['timeline', '--help'], ['import', '--help']]) {
      const help = (await run(...args)).stdout[0];
      const lines = help.split('\n');
      for (const line of lines) assert.ok(line.length <= 100, `${args.join(' ')}: longer than 100 columns: ${line}`);
      const heading = lines.indexOf('Options:');
      assert.ok(heading > 0, `${args.join(' ')}: no Options: heading`);
      const options = lines.slice(heading + 1, lines.indexOf('', heading));
      assert.ok(options.length > 1, args.join(' '));
      for (const line of options) {
        // An option, alone (its description on the next line) or with its description at column 25;
        // or a description's continuation, at column 25 too.
        const description = /^  -/.test(line) ? line.search(/(?<=\S {2,})\S/) : line.search(/\S/);
        if (/^  -/.test(line) && description === -1) continue;
        assert.equal(description, 25, `${args.join(' ')}: description not at column 25: ${line}`);
      }
    }
  });
});
