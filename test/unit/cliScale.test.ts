// The command line at newsroom scale: configuration files, folders and globs, terminal output,
// SARIF, worker threads and JSON Lines input.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parseArguments, type Options } from '../../src/cli/args';
import { runCheck } from '../../src/cli/check';
import { runCli } from '../../src/cli/run';
import { ConfigError, mergeConfigs, parseConfigText } from '../../src/core/config';
import { ignoredBy } from '../../src/core/ignoreRules';
import { RULE_IDS } from '../../src/core/findings';

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

async function run(...args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) }, '1.2.3');
  return { code, stdout, stderr };
}

const ROOT = join(__dirname, '..', '..');
const ENTRY = join(ROOT, 'src', 'cli', 'main.ts');

/** The real command in a child process (standard input, environment, worker threads as shipped). */
function command(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string; unprivileged?: boolean } = {}) {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  Object.assign(env, options.env);
  // tsx by its path: the child may run in a folder where the package cannot be found.
  const tsx = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  // Permissions do not stop root: a test of an unreadable folder runs the command as nobody there.
  const user = options.unprivileged && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return spawnSync(process.execPath, ['--import', tsx, ENTRY, ...args], { encoding: 'utf8', input: options.input, env, cwd: options.cwd ?? ROOT, maxBuffer: 1 << 26, ...user });
}

/** The SARIF 2.1.0 schema (draft-04, as OASIS published it; shipped by @microsoft/jest-sarif), with its formats. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // One of its patterns ("[a-zA-Z]{2}]?") is not valid with the u flag, which ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const compiled = ajv.compile(schema);
  // Not a type guard: a validated log keeps its type for the assertions that follow.
  return Object.assign((data: unknown): boolean => compiled(data), { errors: () => compiled.errors });
}

const DATED = '5 December 2020\n\nThe plant was signed off in 2017, the minister said. It will open in 2023, officials said.\n';
const UNDATED = 'The plant was signed off in 2017.\n';

// Worker threads run from the TypeScript source here (each compiles the analyzer through tsx), which
// takes seconds on a busy machine: tests that are not about workers run with --jobs 1.
describe('claimline check at scale', function () {
  this.timeout(120_000);
  let dir: string;
  const file = (path: string, text: string) => {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'claimline-scale-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('configuration', () => {
    it('parses the settings keys, reads package.json "claimline", merges rule by rule', () => {
      assert.deepEqual(parseConfigText('{"rules": {"quote": "off"}, "today": "2026-11-28", "maxFileSize": 3, "extensions": ["adoc"]}'), { rules: { quote: 'off' }, today: '2026-11-28', maxFileSize: 3, extensions: ['.adoc'] });
      assert.equal(parseConfigText('{"name": "site"}', true), null);
      assert.deepEqual(parseConfigText('{"name": "site", "claimline": {"notesLocation": "workspaceFolder"}}', true), { notesLocation: 'workspaceFolder' });
      assert.deepEqual(mergeConfigs({ rules: { quote: 'off', 'dated-claim': 'hint' }, today: '2026-01-01' }, { rules: { quote: 'error' } }), { rules: { quote: 'error', 'dated-claim': 'hint' }, today: '2026-01-01' });
    });

    it('says where broken JSON is (line and column) and which key or value is wrong', () => {
      const broken = (text: string) => {
        try {
          parseConfigText(text);
        } catch (error) {
          assert.ok(error instanceof ConfigError);
          return error.message;
        }
        assert.fail(`accepted ${text}`);
      };
      assert.match(broken('{\n  "rules": {\n    "quote": "off",\n  }\n}'), /^line 4, column 3: invalid JSON/);
      assert.match(broken('{"rules": {"quote": "loud"}}'), /rule "quote" must be one of error, warning, information, hint, off/);
      assert.match(broken('{"rulez": {}}'), /unknown key "rulez"/);
      assert.match(broken('{"today": "2026-13-01"}'), /"today" must be a date YYYY-MM-DD/);
      assert.match(broken('{"rules": {"quotes": "off"}}'), /unknown rule "quotes"/);
      assert.match(broken('{"today": '), /^line 1, column 11: invalid JSON/);
    });

    it('the nearest .claimline.json (or package.json key) above each article applies to it', async () => {
      file('.claimline.json', JSON.stringify({ rules: { 'stale-prediction': 'error' }, today: '2026-11-28' }));
      file('desk/package.json', JSON.stringify({ name: 'desk', claimline: { rules: { 'stale-prediction': 'off' }, today: '2026-11-28' } }));
      const top = file('top.txt', DATED);
      const desk = file('desk/sub/story.txt', DATED);
      const result = await run('check', top, desk);
      assert.ok(result.stdout.some((l) => l.startsWith(`${top}:3:70: error stale-prediction`)), result.stdout.join('\n'));
      assert.ok(!result.stdout.some((l) => l.startsWith(desk) && l.includes('stale-prediction')));
      assert.equal(result.code, 1);
      // --rule and --today win over the file; --no-config ignores it; --config names another.
      assert.ok((await run('check', '--rule', 'stale-prediction=warning', top)).stdout.some((l) => l.includes('warning stale-prediction')));
      assert.ok(!(await run('check', '--today', '2021-01-01', top)).stdout.some((l) => l.includes('stale-prediction')));
      assert.ok((await run('check', '--no-config', '--today', '2026-11-28', top)).stdout.some((l) => l.includes('warning stale-prediction')));
      const other = file('other.json', JSON.stringify({ rules: { 'stale-prediction': 'hint' }, today: '2026-11-28' }));
      assert.ok((await run('check', '--config', other, top)).stdout.some((l) => l.includes('hint stale-prediction')));
    });

    it('a broken configuration stops the run before anything is checked: its path, line and column, exit 2', async () => {
      const config = file('desk/.claimline.json', '{\n  "rules": { "quote": "off" ,}\n}\n');
      const good = file('a.txt', DATED);
      const story = file('desk/story.txt', DATED);
      for (const format of ['text', 'json', 'sarif']) {
        const result = await run('check', '--format', format, good, story);
        assert.equal(result.code, 2);
        assert.deepEqual(result.stdout, [], `${format}: nothing checked`);
        assert.equal(result.stderr.length, 1);
        assert.match(result.stderr[0], new RegExp(`^claimline: configuration ${config.replace(/[.\\]/g, '\\$&')}: line 2, column 30: invalid JSON`));
      }
      const missing = await run('check', '--config', join(dir, 'absent.json'), good);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr[0], /absent\.json: no such file/);
    });

    it('the schema contributed for .claimline.json knows every key and rule of the parser', () => {
      const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'claimline.schema.json'), 'utf8'));
      assert.deepEqual(Object.keys(schema.properties).filter((k) => k !== '$schema').sort(), ['extensions', 'ignore', 'languages', 'maxDiagnostics', 'maxFileSize', 'notesLocation', 'rules', 'today']);
      assert.deepEqual(Object.keys(schema.properties.rules.properties), RULE_IDS);
      const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
      const registered = manifest.contributes.jsonValidation.filter((v: { url: string }) => v.url !== './schemas/claims.schema.json');
      assert.deepEqual(registered.map((v: { fileMatch: string }) => v.fileMatch), ['.claimline.json', 'package.json']);
    });
  });

  describe('folders and globs', () => {
    it('walks folders for articles in a stable order, honouring ignore globs and .claimlineignore', async () => {
      file('.claimline.json', JSON.stringify({ ignore: ['drafts/', '*.tmp.md'], extensions: ['.adoc'] }));
      file('b/z.txt', DATED);
      file('b/a.md', DATED);
      file('a/story.html', `<p>${DATED}</p>`);
      file('a/story.adoc', DATED);
      file('a/photo.png', '\u0000PNG');
      file('drafts/x.txt', DATED);
      file('b/notes.tmp.md', DATED);
      file('c/.claimlineignore', 'private/\n*.markdown\n!keep.markdown\n');
      file('c/private/secret.txt', DATED);
      file('c/skip.markdown', DATED);
      file('c/keep.markdown', DATED);
      file('node_modules/pkg/readme.md', DATED);
      file('a/story.txt.claims.json', '{"version":1,"notes":[]}');
      const result = await run('check', '--format', 'json', dir);
      const files = result.stdout.map((line) => relative(dir, JSON.parse(line).file));
      assert.deepEqual(files, ['a/story.adoc', 'a/story.html', 'b/a.md', 'b/z.txt', 'c/keep.markdown']);
      // A file named explicitly is checked even when an ignore rule would leave it out.
      assert.equal((await run('check', '--format', 'json', join(dir, 'drafts', 'x.txt'))).stdout.length, 1);
    });

    it('the editor’s ignore check (core/ignoreRules) leaves out exactly what the folder walk leaves out', async () => {
      const patterns = ['drafts/', '*.tmp.md', 'archive/**/old-*.txt', '!archive/keep/old-1.txt', 'desk/*/private/'];
      file('.claimline.json', JSON.stringify({ ignore: patterns }));
      const paths = ['a.txt', 'drafts/x.txt', 'drafts/deep/y.md', 'b/notes.tmp.md', 'b/notes.md', 'archive/2020/old-1.txt', 'archive/2020/new-1.txt', 'archive/keep/old-1.txt', 'desk/one/private/s.txt', 'desk/one/public/s.txt', 'desk/private/s.txt'];
      for (const path of paths) file(path, DATED);
      const walked = (await run('check', '--format', 'json', '--jobs', '1', dir)).stdout.map((line) => relative(dir, JSON.parse(line).file).split('\\').join('/'));
      assert.deepEqual(
        paths.filter((path) => !ignoredBy(patterns, path)).sort(),
        [...walked].sort(),
      );
      assert.ok(walked.length >= 4 && walked.length < paths.length, walked.join(' '));
    });

    it('matches globs itself, each file once; a pattern matching nothing is an error', async () => {
      file('news/2020/a.md', DATED);
      file('news/2021/b.md', DATED);
      file('news/2021/c.txt', DATED);
      const result = await run('check', '--format', 'json', `${dir}/news/**/*.md`, join(dir, 'news', '2021', 'b.md'));
      assert.deepEqual(result.stdout.map((line) => relative(dir, JSON.parse(line).file)), ['news/2020/a.md', 'news/2021/b.md']);
      const none = await run('check', `${dir}/news/**/*.html`);
      assert.equal(none.code, 2);
      assert.match(none.stderr[0], /no files match this pattern/);
    });

    it('a folder that cannot be read is reported (exit 2) and the others are checked', () => {
      chmodSync(dir, 0o755);
      file('desk/a.txt', DATED);
      file('locked/b.txt', DATED);
      file('open/c.txt', DATED);
      chmodSync(join(dir, 'desk'), 0o755);
      chmodSync(join(dir, 'open'), 0o755);
      chmodSync(join(dir, 'locked'), 0o000);
      try {
        for (const format of ['json', 'sarif']) {
          const child = command(['check', '--jobs', '1', '--format', format, '--today', '2026-11-28', '.'], { cwd: dir, unprivileged: true });
          assert.equal(child.status, 2, child.stderr);
          assert.match(child.stderr, /^claimline: locked: folder cannot be read: permission denied$/m);
          if (format === 'json') assert.deepEqual(child.stdout.trim().split('\n').map((line) => JSON.parse(line).file), ['desk/a.txt', 'open/c.txt']);
          else {
            const log = JSON.parse(child.stdout);
            assert.deepEqual([...new Set(log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri))], ['desk/a.txt', 'open/c.txt']);
            assert.match(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /locked: folder cannot be read/);
          }
        }
      } finally {
        chmodSync(join(dir, 'locked'), 0o755);
      }
    });

    it('a symbolic link loop named on the command line is reported, not followed', async () => {
      symlinkSync('self', join(dir, 'self'));
      file('a.txt', DATED);
      const result = await run('check', '--format', 'json', '--today', '2026-11-28', join(dir, 'self'), join(dir, 'a.txt'));
      assert.equal(result.code, 2);
      assert.ok(result.stderr.some((l) => l.endsWith('self: symbolic link loop')), result.stderr.join('\n'));
      assert.deepEqual(result.stdout.map((line) => Object.keys(JSON.parse(line)).includes('error')), [true, false]);
    });

    it('nothing is written into the article folders, whatever the format, the jobs or the configuration', async () => {
      file('.claimline.json', JSON.stringify({ notesLocation: 'workspaceFolder', ignore: ['skip/'] }));
      file('desk/a.txt', DATED);
      file('desk/b.md', `---\npublished: 2020-12-05\n---\n${DATED}`);
      file('desk/page.html', `<article><p>${DATED}</p></article>`);
      file('desk/empty.txt', '');
      file('skip/c.txt', DATED);
      file('desk/a.txt.claims.json', '{"version":1,"notes":[]}');
      const snapshot = () =>
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .map((entry) => {
            const full = join(entry.parentPath, entry.name);
            const stat = statSync(full);
            return `${relative(dir, full)} ${stat.isDirectory() ? 'dir' : stat.size} ${stat.mtimeMs}`;
          })
          .sort();
      const before = snapshot();
      for (const format of ['text', 'json', 'sarif']) {
        const result = await run('check', '--jobs', '1', '--format', format, '--messages', '--today', '2026-11-28', dir);
        assert.equal(result.code, 1, `${format}: ${result.stderr.join('\n')}`);
      }
      // Worker threads, as shipped, in a child process.
      const child = command(['check', '--jobs', '2', '--today', '2026-11-28', '.'], { cwd: dir });
      assert.equal(child.status, 1, child.stderr);
      assert.equal((await run('timeline', '--format', 'csv', join(dir, 'desk', 'a.txt'))).code, 0);
      assert.deepEqual(snapshot(), before);
    });

    it('follows symbolic links once and notices loops; broken links are skipped', async () => {
      file('desk/a.txt', DATED);
      symlinkSync(join(dir, 'desk'), join(dir, 'desk', 'loop'));
      symlinkSync(join(dir, 'nowhere'), join(dir, 'desk', 'broken.txt'));
      const result = await run('check', '--format', 'json', dir);
      assert.deepEqual(result.stdout.map((line) => relative(dir, JSON.parse(line).file)), ['desk/a.txt']);
      assert.ok(result.stderr.some((l) => l.includes('loop: symbolic link loop, not followed')), result.stderr.join('\n'));
      assert.ok(result.stderr.some((l) => l.includes('broken.txt: broken symbolic link')));
      assert.equal(result.code, 1, 'the stale prediction; the links are not failures');
    });
  });

  describe('terminal output', () => {
    it('--min-severity shows only what is at that level or above, and the exit status follows what is shown', async () => {
      const story = file('story.txt', DATED);
      const all = await run('check', '--today', '2026-11-28', story);
      assert.equal(all.code, 1);
      assert.match(all.stdout.at(-1) ?? '', /2 findings \(1 warning, 1 information\)/);
      const warnings = await run('check', '--today', '2026-11-28', '--min-severity', 'warning', story);
      assert.deepEqual(warnings.stdout.slice(0, -1).map((l) => l.split(' ')[1]), ['warning']);
      const errors = await run('check', '--today', '2026-11-28', '--min-severity', 'error', story);
      assert.equal(errors.code, 0, 'nothing shown, nothing to fail on');
      assert.equal(errors.stdout.length, 1);
      const off = await run('check', '--today', '2026-11-28', '--rule', 'stale-prediction=off', story);
      assert.equal(off.code, 0);
      const quiet = await run('check', '--today', '2026-11-28', '--quiet', story);
      assert.deepEqual(quiet.stdout, ['1 file checked: 2 findings (1 warning, 1 information)']);
      assert.equal(quiet.code, 1);
      assert.match((await run('check', '--rule', 'quote', story)).stderr[0], /--rule takes NAME=LEVEL/);
      assert.match((await run('check', '--rule', 'quotes=off', story)).stderr[0], /unknown rule "quotes"/);
      assert.match((await run('check', '--quiet', '--format', 'json', story)).stderr[0], /--quiet is for the text format/);
    });

    it('disable comments count as in the editor', async () => {
      const story = file('story.txt', `5 December 2020\n\n// claimline-disable-next-line stale-prediction\nIt will open in 2023, officials said.\n`);
      const result = await run('check', '--today', '2026-11-28', story);
      assert.equal(result.code, 0, result.stdout.join('\n'));
    });

    it('colours on a terminal or with FORCE_COLOR, never with NO_COLOR or --no-color', () => {
      const story = file('story.txt', DATED);
      const plain = command(['check', '--today', '2026-11-28', story]);
      assert.ok(!plain.stdout.includes('\x1b['), 'a pipe gets no colours');
      const forced = command(['check', '--today', '2026-11-28', story], { env: { FORCE_COLOR: '1' } });
      assert.match(forced.stdout, /\x1b\[33mwarning\x1b\[0m/);
      // The problem matcher's pattern still reads the line once colours are removed.
      const matcher = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.problemMatchers[0];
      const line = forced.stdout.split('\n')[0].replace(/\x1b\[[0-9;]*m/g, '');
      const match = new RegExp(matcher.pattern.regexp).exec(line);
      assert.deepEqual(match?.slice(2, 6), ['3', '29', 'information', 'dated-claim']);
      assert.ok(!command(['check', '--today', '2026-11-28', story], { env: { FORCE_COLOR: '0' } }).stdout.includes('\x1b['));
      assert.ok(!command(['check', '--no-color', '--today', '2026-11-28', story], { env: { FORCE_COLOR: '1' } }).stdout.includes('\x1b['));
    });
  });

  describe('SARIF', () => {
    it('is valid SARIF 2.1.0: rules with help, results with regions, levels, unreadable files as notifications', async () => {
      const story = file('news/story.txt', DATED);
      file('news/undated.md', UNDATED);
      const missing = join(dir, 'news', 'missing.txt');
      const child = command(['check', '--jobs', '1', '--format', 'sarif', '--today', '2026-11-28', 'news', 'news/missing.txt'], { cwd: dir });
      assert.equal(child.status, 2, child.stderr);
      const log = JSON.parse(child.stdout);
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors(), null, 1));
      const [sarifRun] = log.runs;
      assert.deepEqual(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id), RULE_IDS);
      assert.equal(sarifRun.tool.driver.informationUri, undefined);
      for (const rule of sarifRun.tool.driver.rules) {
        assert.equal(rule.helpUri, undefined, 'no link without --help-uri: Claimline has no public address of its own');
        assert.ok(rule.help.text.length > 40 && !rule.help.text.includes('`'), rule.id);
      }
      const staleHelp = sarifRun.tool.driver.rules.find((r: { id: string }) => r.id === 'stale-prediction').help;
      assert.match(staleHelp.markdown, /^A future claim whose every predicted date is before today\./);
      assert.match(staleHelp.text, /check whether it happened\.$/);
      const stale = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'stale-prediction');
      assert.equal(stale.level, 'warning');
      assert.deepEqual(stale.locations[0].physicalLocation, { artifactLocation: { uri: 'news/story.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 70, endLine: 3, endColumn: 74 } });
      assert.equal(sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'dated-claim').level, 'note');
      assert.ok(sarifRun.results.some((r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.ruleId === 'no-publication-date' && r.locations[0].physicalLocation.artifactLocation.uri === 'news/undated.md'));
      assert.equal(sarifRun.invocations[0].executionSuccessful, false);
      assert.match(sarifRun.invocations[0].toolExecutionNotifications[0].message.text, /missing\.txt: no such file/);
      assert.ok(readFileSync(story, 'utf8') === DATED && !readdirSync(join(dir, 'news')).some((name) => name !== 'story.txt' && name !== 'undated.md'), 'nothing written into the article folder');
      void missing;
    });

    it('links each rule to its section where --help-uri says the rules help is published', () => {
      const story = file('news/story.txt', DATED);
      const base = 'https://newsroom.example/docs/claimline-rules.md';
      const child = command(['check', '--format', 'sarif', '--help-uri', `${base}#old`, story], { cwd: dir });
      assert.ok(child.status === 0 || child.status === 1, child.stderr);
      const log = JSON.parse(child.stdout);
      assert.ok(sarifValidator()(log));
      assert.equal(log.runs[0].tool.driver.informationUri, base);
      assert.deepEqual(
        log.runs[0].tool.driver.rules.map((r: { helpUri: string }) => r.helpUri),
        RULE_IDS.map((id) => `${base}#rule-${id}`),
      );
      const bad = command(['check', '--format', 'sarif', '--help-uri', 'javascript:alert(1)', story], { cwd: dir });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--help-uri must be an http\(s\) address/);
    });

    it('the README CI example uploads what the CLI writes: the same command gives valid SARIF', () => {
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      const workflow = /```yaml\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('### In CI')))?.[1] ?? '';
      assert.match(workflow, /github\/codeql-action\/upload-sarif@v3/);
      const step = /npx claimline check (.*) > (\S+)/.exec(workflow);
      assert.ok(step, 'the workflow runs claimline check into a file');
      const sarifFile = step[2];
      assert.match(workflow, new RegExp(`sarif_file: ${sarifFile.replace(/\./g, '\\.')}`));
      file('articles/story.txt', DATED);
      const child = command(['check', ...step[1].split(/\s+/)], { cwd: dir });
      assert.ok(child.status === 0 || child.status === 1, child.stderr);
      const validate = sarifValidator();
      const log = JSON.parse(child.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors()));
      assert.ok(log.runs[0].results.length > 0);
      // The step's shell line as written: warnings (exit 1) pass, a broken configuration (2) fails it.
      const line = /- run: (npx claimline check .*)$/m.exec(workflow)?.[1];
      assert.ok(line);
      const tsx = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
      const shell = (script: string) => spawnSync('bash', ['-c', script.replace('npx claimline check', `"${process.execPath}" --import ${tsx} "${ENTRY}" check --jobs 1`)], { cwd: dir, encoding: 'utf8' });
      const passed = shell(line);
      assert.equal(passed.status, 0, passed.stderr);
      assert.ok(validate(JSON.parse(readFileSync(join(dir, sarifFile), 'utf8'))));
      file('articles/.claimline.json', '{"rules": ');
      const failed = shell(line);
      assert.equal(failed.status, 1, 'exit status 2 fails the step');
      assert.match(failed.stderr, /configuration .*\.claimline\.json: line 1, column 11: invalid JSON/);
    });
  });

  describe('worker threads', () => {
    const options = (...args: string[]) => parseArguments(['check', ...args]) as Options;
    const collect = () => {
      const stdout: string[] = [];
      const stderr: string[] = [];
      return { stdout, stderr, io: { stdout: (l: string) => stdout.push(l), stderr: (l: string) => stderr.push(l), stdoutPiece: (p: string) => stdout.push(p) } };
    };

    it('gives the same output in the same order with one job or several', async () => {
      for (let i = 0; i < 30; i++) file(`desk/${String(i).padStart(2, '0')}.txt`, i % 3 ? DATED.repeat(1 + (i % 7) * 40) : UNDATED);
      const one = await run('check', '--format', 'json', '--jobs', '1', '--today', '2026-11-28', dir);
      const three = await run('check', '--format', 'json', '--jobs', '3', '--today', '2026-11-28', dir);
      assert.equal(one.stdout.length, 30);
      assert.deepEqual(three.stdout, one.stdout);
      assert.deepEqual(three.code, one.code);
    });

    it('a worker that crashes on one article: that article is reported, the others finish', async () => {
      const names = ['a.txt', 'b-crash.txt', 'c.txt', 'd.txt', 'e.txt'];
      for (const name of names) file(`desk/${name}`, DATED);
      const out = collect();
      const code = await runCheck(options('--format', 'json', '--jobs', '2', '--today', '2026-11-28', dir), out.io, '1.2.3', { file: join(__dirname, 'cliTestWorker.ts') });
      assert.equal(code, 2);
      const records = out.stdout.join('').trim().split('\n').map((line) => JSON.parse(line));
      assert.deepEqual(records.map((r) => relative(join(dir, 'desk'), r.file)), names);
      assert.match(records[1].error, /the analysis crashed \(the worker exited with code 70\)/);
      assert.ok(records.filter((r) => r !== records[1]).every((r) => Array.isArray(r.findings) && r.findings.length === 2));
      assert.ok(out.stderr.some((l) => l.includes('b-crash.txt: the analysis crashed')));
    });

    it('a file that vanishes before it is read is skipped with a notice, not a failure', async () => {
      for (const name of ['a.txt', 'b-vanish.txt', 'c.txt']) file(`desk/${name}`, DATED);
      const out = collect();
      const code = await runCheck(options('--jobs', '2', '--today', '2026-11-28', dir), out.io, '1.2.3', { file: join(__dirname, 'cliTestWorker.ts') });
      assert.equal(code, 1);
      assert.ok(out.stderr.some((l) => l.endsWith('b-vanish.txt: vanished before it was read, skipped')), out.stderr.join('\n'));
      assert.match(out.stdout.at(-1) ?? '', /^2 files checked: 4 findings/);
    });
  });

  describe('--input jsonl', () => {
    it('reads one article a line from standard input, as a batch engine pipes a partition, and answers in order', () => {
      // What Spark's RDD.pipe or Dask's map_partitions does: each record on its own line to the
      // process's standard input, the process's output lines read back as the partition's result.
      const partition: unknown[] = [
        { id: 'a-1', text: 'LA PAZ, Dec. 5, 2020 (Reuters) - The plant is expected to open in 2023, Arce said.' },
        { id: 2, text: '<p>It opened <b>in September</b>, “as we promised,” the mayor said.</p>', format: 'html', published: '2020-12-05' },
        'not an object',
        { id: 'bad-date', text: 'x', published: 'yesterday' },
        { id: 'c-3', text: UNDATED },
      ];
      const input = partition.map((record) => (typeof record === 'string' ? `{"id": "broken", ${record}` : JSON.stringify(record))).join('\n') + '\n';
      const child = command(['check', '--jobs', '1', '--input', 'jsonl', '--today', '2026-11-28', '-'], { input });
      const lines = child.stdout.trim().split('\n').map((line) => JSON.parse(line));
      assert.deepEqual(lines.map((l) => l.id), ['a-1', 2, null, 'bad-date', 'c-3']);
      assert.equal(child.status, 2, 'a bad line makes the exit status 2, after the stream went on');
      assert.ok(lines[0].findings.some((f: { rule: string }) => f.rule === 'stale-prediction'));
      assert.deepEqual(lines[1].published, { value: '2020-12-05', source: 'caller' });
      assert.equal(lines[1].quotes.length, 1);
      assert.match(lines[2].error, /^line 3: not JSON/);
      assert.match(lines[3].error, /^line 4: "published" must be a date/);
      assert.ok(lines[4].findings.some((f: { rule: string }) => f.rule === 'no-publication-date'));
      assert.equal(lines[0].file, undefined, 'records carry the id, not a file name');
      const good = command(['check', '--jobs', '1', '--input', 'jsonl', '--today', '2026-11-28', '--rule', 'stale-prediction=off', '--rule', 'no-publication-date=off', '-'], { input: `${JSON.stringify(partition[0])}\n${JSON.stringify(partition[4])}` });
      assert.equal(good.status, 0, good.stderr);
      assert.equal(good.stdout.trim().split('\n').length, 2, 'a last line without a newline is read too');
    });

    it('the README recipes (Spark RDD.pipe, Dask) run a command that answers each partition line for line', () => {
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      const section = readme.slice(readme.indexOf('### Beyond one machine'));
      // RDD.pipe splits its command as a shell would (shlex); Dask's recipe gives the argument list.
      const spark = /\.pipe\("([^"]+)"\)/.exec(section)?.[1].split(/\s+/);
      const dask = /subprocess\.run\(\[([^\]]+)\]/.exec(section)?.[1].split(',').map((arg) => JSON.parse(arg.trim()));
      assert.ok(spark && dask, 'both recipes are in the README');
      const partition = [
        { id: 'p-1', text: 'LA PAZ, Dec. 5, 2020 (Reuters) - The plant is expected to open in 2023, Arce said.', published: '2020-12-05' },
        { id: 'p-2', text: '' },
        { id: 'p-3', text: UNDATED, published: null },
      ];
      const input = partition.map((record) => `${JSON.stringify(record)}\n`).join('');
      for (const argv of [spark, dask]) {
        assert.deepEqual(argv.slice(0, 3), ['npx', 'claimline', 'check'], argv.join(' '));
        const child = command(['check', '--jobs', '1', ...argv.slice(3)], { input });
        const lines = child.stdout.trim().split('\n').map((line) => JSON.parse(line));
        assert.deepEqual(lines.map((line) => line.id), ['p-1', 'p-2', 'p-3'], argv.join(' '));
        assert.ok(child.status === 0 || child.status === 1, child.stderr);
        assert.ok(lines.every((line) => Array.isArray(line.findings) && line.error === undefined), child.stdout);
      }
    });

    it('with worker threads, one result line per input line, in order', async () => {
      const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: i, text: i % 2 ? DATED.repeat(1 + i * 20) : UNDATED }));
      lines.splice(5, 0, '{"id": "x"');
      const stdout: string[] = [];
      const code = await runCli(['check', '--jobs', '2', '--input', 'jsonl', '-'], {
        stdout: (l) => stdout.push(l),
        stderr: () => undefined,
        stdinLines: async function* () {
          yield* lines;
        },
      });
      assert.equal(code, 2);
      const records = stdout.map((line) => JSON.parse(line));
      assert.deepEqual(records.map((r) => r.id), [0, 1, 2, 3, 4, null, 5, 6, 7, 8, 9, 10, 11]);
      assert.match(records[5].error, /^line 6: not JSON/);
    });

    it('usage: --input jsonl reads standard input only', async () => {
      assert.match((await run('check', '--input', 'jsonl', 'a.txt')).stderr[0], /give - as the only FILE/);
      assert.match((await run('check', '--input', 'csv', '-')).stderr[0], /--input must be "jsonl"/);
    });
  });
});
