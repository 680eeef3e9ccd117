// The `claimline` command: the same analyzer as the editor, for newsroom pipelines. This file only
// parses the arguments and hands over to the subcommand (check.ts, timeline.ts).
import { parseArguments, UsageError, USAGE, type Options } from './args';
import { runCheck } from './check';
import { runTimeline } from './timeline';

export { USAGE };

export interface CliIo {
  /** Writes one line to standard output. */
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /**
   * Writes part of a line to standard output (a line ends with "\n" in a piece). Optional: without
   * it, pieces are gathered into lines for `stdout` (fine for tests, too long for the largest files).
   */
  stdoutPiece?: (piece: string) => void;
  /**
   * Reads standard input to its end, for the FILE "-"; it may stop early once more than maxBytes
   * arrived (such input is reported as too large). Without it, "-" is reported as unreadable.
   */
  readStdin?: (maxBytes: number) => Buffer;
  /** Standard input line by line, for --input jsonl (null for a line longer than maxBytes). */
  stdinLines?: () => AsyncIterable<string | null>;
  /** The environment (NO_COLOR, FORCE_COLOR) and whether standard output is a terminal. */
  env?: Record<string, string | undefined>;
  isTerminal?: boolean;
}

type Subcommand = (options: Options, io: Required<Pick<CliIo, 'stdoutPiece'>> & CliIo, version: string) => number | Promise<number>;

const SUBCOMMANDS: Record<Options['command'], Subcommand> = {
  check: runCheck,
  timeline: runTimeline,
};

export async function runCli(args: string[], io: CliIo, version = '0.0.0'): Promise<number> {
  let options: Options | 'help' | 'version';
  try {
    options = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`claimline: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (options === 'version') {
    io.stdout(version);
    return 0;
  }
  const lines = withPieces(io);
  try {
    return await SUBCOMMANDS[options.command](options, lines, version);
  } finally {
    lines.flushPieces();
  }
}

/** `io` with a stdoutPiece that gathers pieces into lines when the caller gave none. */
function withPieces(io: CliIo): Required<Pick<CliIo, 'stdoutPiece'>> & CliIo & { flushPieces: () => void } {
  if (io.stdoutPiece) return { ...io, stdoutPiece: io.stdoutPiece, flushPieces: () => undefined };
  let pending = '';
  const flushPieces = () => {
    if (pending) io.stdout(pending);
    pending = '';
  };
  return {
    ...io,
    stdoutPiece: (piece) => {
      pending += piece;
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        io.stdout(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    },
    flushPieces,
  };
}
