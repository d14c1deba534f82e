/**
 * The instructor command-line tool: `tradeoffs play | validate | …`. Every failure is one clear line on stderr
 * with exit code 2 for usage errors (unknown scenario, bot or flag), never a stack trace. Everything printed
 * passes through printable(): a control, format or bidi character from a file, a link or a run (a C1 CSI that
 * a terminal would obey, a U+202E that reverses the line) is shown as its \uXXXX escape.
 */
import { Command, CommanderError } from 'commander';
import { printable } from '../lib/printable.ts';
import { registerBalance } from './balance.ts';
import { UsageError } from './errors.ts';
import { registerGuide } from './guide.ts';
import { registerPackage } from './package.ts';
import { registerPlay } from './play.ts';
import { registerSearch } from './search.ts';
import { registerValidate } from './validate.ts';
import { registerVerify } from './verify.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const STD_IO: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Output whose lines may be several (help, reports) but never hold a raw control or format character. */
function escaped(io: Io): Io {
  return { out: (text) => io.out(printable(text, '\n\t')), err: (text) => io.err(printable(text, '\n\t')) };
}

/** Where to run the tool from: npx outside the game's folder would fetch whatever the registry calls tradeoffs. */
const WHERE_TO_RUN = `
Run it from the game's folder (npx tradeoffs …, or npm run tradeoffs -- …). From any other folder, use
npm --prefix <the game's folder> exec --no -- tradeoffs … (paths stay relative to where you are): outside the
game's folder, npx would download a package named tradeoffs from the registry, which is not this game.`;

function program(io: Io): Command {
  const p = new Command('tradeoffs')
    .description(
      'Tradeoffs: play, validate and check scenarios of the AI-startup leadership game, verify classroom runs and package courses for an LMS',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
    })
    .showSuggestionAfterError(true)
    .addHelpText('after', WHERE_TO_RUN);
  registerPlay(p, io.out);
  registerValidate(p, io.out);
  registerVerify(p, io.out, io.err);
  registerBalance(p, io);
  registerSearch(p, io);
  registerPackage(p, io.out);
  registerGuide(p, io);
  return p;
}

/** Runs the tool on `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], raw: Io = STD_IO): Promise<number> {
  const io = escaped(raw);
  const p = program(io);
  try {
    await p.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are "errors" to commander; they exit 0. Everything else is a usage error.
      if (e.exitCode === 0) return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}`);
      return e.exitCode;
    }
    io.err(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
