import { runCli } from './run-cli';

// The one place that reads the process environment; everything below receives a parsed Config.
const code = await runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
});
process.exitCode = code;
