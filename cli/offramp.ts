import { runCli } from './run-cli';

// The one place that reads the process environment; everything below receives a parsed Config.
const code = await runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
});
process.exitCode = code;
// A finished command must not linger because of something it left running (a worker thread, a
// timer): a stopped `serve` otherwise stayed alive after SIGTERM. Unref'd, this never delays an exit.
setTimeout(() => process.exit(code), 2_000).unref();
