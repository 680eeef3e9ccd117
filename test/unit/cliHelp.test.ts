// The help of each command says what the command does: every option it accepts is listed, and an
// option it lists for the other command only is refused. `claimline timeline --locale es` worked
// and was missing from its help.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) }, '1.2.3');
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** The long options a help lists, with the value each takes (null for a flag). */
function optionsOf(help: string): Map<string, string | null> {
  const options = new Map<string, string | null>();
  for (const match of help.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)(?:, --[a-z-]+)?(?: ([A-Za-z|-]+))?/gm)) options.set(match[1], match[2] ?? null);
  return options;
}

/** A value the option accepts, for trying it. */
function valueFor(option: string, placeholder: string): string {
  if (placeholder.includes('|')) return placeholder.split('|')[0];
  if (placeholder === 'YYYY-MM-DD') return '2020-12-05';
  if (placeholder === 'MB' || placeholder === 'N' || placeholder === 'SECONDS') return '1';
  if (placeholder === 'URL') return 'https://example.org/review';
  if (placeholder === 'NAME=LEVEL') return 'quote=off';
  if (placeholder === 'LEVEL') return 'warning';
  if (option === '--notes' || option === '--config') return '/nonexistent/file.json';
  return 'x';
}

describe('claimline help matches what each command accepts', function () {
  this.timeout(60_000);
  let dir: string;
  let article: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimline-help-'));
    article = join(dir, 'a.txt');
    writeFileSync(article, '5 December 2020\n\nThe plant was signed off in 2017, the minister said.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [command, other] of [['timeline', 'check'], ['check', 'timeline']] as const) {
    it(`claimline ${command}: every option of its help is accepted, and the other command's own options are refused`, async () => {
      const own = optionsOf((await run(command, '--help')).stdout);
      const others = optionsOf((await run(other, '--help')).stdout);
      assert.ok(own.has('--locale'), `claimline ${command} --help lists --locale`);
      for (const [option, placeholder] of others) {
        if (own.has(option) || option === '--input' || option === '--stdin-name') continue;
        const args = placeholder === null ? [option] : [option, valueFor(option, placeholder)];
        const result = await run(command, ...args, article);
        assert.equal(result.code, 2, `claimline ${command} ${args.join(' ')}: ${result.stderr}`);
        assert.match(result.stderr, new RegExp(`${option} is an option of claimline ${other}`), `claimline ${command} accepts ${option} without listing it`);
      }
    });
  }

  it('exports the timeline in the language --locale names', async () => {
    const spanish = await run('timeline', '--locale', 'es', '--today', '2026-12-01', article);
    assert.equal(spanish.code, 0, spanish.stderr);
    assert.match(spanish.stdout, /^# Línea de tiempo de afirmaciones: a\.txt/);
  });
});
