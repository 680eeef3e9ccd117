// npm run test:tz: the date tests again under time zones other than the machine's, so that a result
// depending on the zone fails in CI (issue 16). `npm run test:unit` covers the machine's own zone;
// this adds a zone west of UTC with daylight saving (New York) and one with a half-hour offset and
// none (Kolkata), and one that skipped a whole day (Apia, 30 Dec 2011), where day arithmetic on
// local Dates went wrong. Pacific/Chatham (45 minutes, southern daylight saving) is compared with the
// others in test/unit/timeZone.test.ts, on generated documents.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';

const ZONES = ['America/New_York', 'Asia/Kolkata', 'Pacific/Apia'];
const TESTS = ['temporal', 'temporalState', 'temporalClasses', 'temporalNarrative', 'temporalReferenceWords', 'temporalNewsReports', 'temporalNewsValues', 'tense', 'analyze', 'publication', 'timeline', 'explain', 'exports'].map((name) => join('test', 'unit', `${name}.test.ts`));

let failed = false;
for (const zone of ZONES) {
  console.log(`\n== TZ=${zone}`);
  const mocha = join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const run = spawnSync(process.execPath, [mocha, '--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--timeout', '20000', '--reporter', 'dot', ...TESTS], {
    cwd: REPO_ROOT,
    env: { ...process.env, TZ: zone },
    stdio: 'inherit',
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
