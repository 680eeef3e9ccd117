// Entry point of dist/cli.js. Exit codes are set, not forced, so piped output is flushed first.
import { version } from '../../package.json';
import { runCli } from './run';

// Output lines are written in blocks rather than one write per line: a dense file has 900,000
// findings, and every write to a file or a pipe is a system call (it took seconds). Standard error
// empties the block first, so messages keep their order in a terminal showing both.
const BLOCK = 1 << 16;
let pending: string[] = [];
let pendingLength = 0;

function flush(): void {
  if (pending.length === 0) return;
  process.stdout.write(pending.join(''));
  pending = [];
  pendingLength = 0;
}

process.exitCode = runCli(
  process.argv.slice(2),
  {
    stdout: (line) => {
      pending.push(line, '\n');
      pendingLength += line.length + 1;
      if (pendingLength >= BLOCK) flush();
    },
    stdoutPiece: (piece) => {
      pending.push(piece);
      pendingLength += piece.length;
      if (pendingLength >= BLOCK) flush();
    },
    stderr: (line) => {
      flush();
      process.stderr.write(`${line}\n`);
    },
  },
  version,
);
flush();
