import { runCli } from './run-cli';

// The one place that reads the process environment; everything below receives a parsed Config.
const code = await runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
});
process.exitCode = code;
if (process.env.OFFRAMP_NO_FORCED_EXIT === '1') {
  // Tests set this to prove a command ends by itself: anything still holding the event loop is
  // named (by resource type) instead of being cut short.
  setTimeout(() => {
    process.stderr.write(
      `${JSON.stringify({ level: 40, msg: 'still running after the command finished', resources: process.getActiveResourcesInfo() })}\n`,
    );
  }, 2_000).unref();
} else {
  // A finished command must not linger because of something it left running (a worker thread, a
  // timer): a stopped `serve` otherwise stayed alive after SIGTERM. Unref'd, this never delays an exit.
  setTimeout(() => process.exit(code), 2_000).unref();
}
