// The `claimline` command: the same analyzer as the editor, for newsroom pipelines. This file only
// finds the subcommand in its table and hands the arguments over (check.ts, timeline.ts, import.ts).
import { COMMANDS, parseArguments, UsageError, USAGE, usageOf, type Command, type Options } from './args';
import { runCheck } from './check';
import type * as ImportModule from './import';
import { runTimeline } from './timeline';
import type { EarlyWorkers } from './workerStart';

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
  /** Worker threads main.ts started before loading the command line, for `check` to use. */
  earlyWorkers?: EarlyWorkers;
}

type LineIo = Required<Pick<CliIo, 'stdoutPiece'>> & CliIo;

interface Subcommand {
  /** What `claimline COMMAND --help` and `claimline help COMMAND` print. */
  usage: string;
  /** Runs the command on the arguments after its name; resolves with the exit status. */
  run: (args: string[], io: LineIo, version: string) => Promise<number>;
}

/** check and timeline share one option parser; a usage error prints the command's own usage. */
function parsed(command: 'check' | 'timeline', run: (options: Options, io: LineIo, version: string) => number | Promise<number>): Subcommand {
  return {
    usage: usageOf(command),
    run: async (args, io, version) => {
      let options: ReturnType<typeof parseArguments>;
      try {
        options = parseArguments([command, ...args]);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        io.stderr(`claimline: ${error.message}\n\n${usageOf(command)}`);
        return 2;
      }
      if (options === 'help' || options === 'version') {
        io.stdout(usageOf(command));
        return 0;
      }
      return run(options, io, version);
    },
  };
}

const SUBCOMMANDS: Record<Command, Subcommand> = {
  check: parsed('check', runCheck),
  timeline: parsed('timeline', runTimeline),
  // `import` waits on the network and has options of its own (import.ts).
  import: {
    get usage() {
      return importCommand().IMPORT_USAGE;
    },
    run: (args, io) => importCommand().runImport(args, io),
  },
};

/**
 * The import command's module, evaluated when it runs: it brings the page reader (the HTML parser,
 * the DOM, Readability), whose set-up was a third of the command line's start for every `check`.
 * Bundled, it is a file of its own, dist/cli-import.js (esbuild.js), not even read by other commands.
 */
function importCommand(): typeof ImportModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use, synchronously
  return require('./import') as typeof ImportModule;
}

function isCommand(name: string | undefined): name is Command {
  return (COMMANDS as readonly string[]).includes(name ?? '');
}

export async function runCli(args: string[], io: CliIo, version = '0.0.0'): Promise<number> {
  const [command, ...rest] = args;
  if (command === '-h' || command === '--help' || (command === 'help' && rest.length === 0)) {
    io.stdout(USAGE);
    return 0;
  }
  if (command === 'help') {
    if (isCommand(rest[0])) {
      io.stdout(SUBCOMMANDS[rest[0]].usage);
      return 0;
    }
    io.stderr(`claimline: unknown command "${rest[0]}"\n\n${USAGE}`);
    return 2;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(version);
    return 0;
  }
  if (!isCommand(command)) {
    io.stderr(`claimline: ${command === undefined ? 'missing command' : `unknown command "${command}"`}\n\n${USAGE}`);
    return 2;
  }
  const lines = withPieces(io);
  try {
    return await SUBCOMMANDS[command].run(rest, lines, version);
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
