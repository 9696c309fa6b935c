import { failureText } from './failures';
import { runCli } from './run';

const debug = process.env.GOODWILL_DEBUG === '1';

/** The last line of defence: whatever escapes still ends as one line and exit code 1 (never 70, never a bare stack). */
function die(err: unknown): void {
  process.stderr.write(failureText(err, debug));
  process.exitCode = 1;
}

// A reader that stops early (`| head`) is no failure of Goodwill's.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') die(err);
});
// Thrown outside the run's promise (a callback of Node's own): the state is unknown, so stop here.
process.on('uncaughtException', (err) => {
  die(err);
  process.exit(1);
});

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  debug,
}).then((code) => {
  // A failure already reported (stdout broke meanwhile) keeps its code.
  if (process.exitCode === undefined) process.exitCode = code;
}, die);
