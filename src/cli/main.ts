// Entry point of dist/cli.js. Exit codes are set, not forced, so piped output is flushed first.
import { version } from '../../package.json';
import { runCli } from './run';

process.exitCode = runCli(
  process.argv.slice(2),
  {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  },
  version,
);
