import { runCli } from "./main.js";
import { processOutput } from "./output.js";

// The process entry point: real clock, real streams, real environment.
const code = await runCli(process.argv.slice(2), {
  output: processOutput(),
  now: () => new Date(),
  env: process.env,
});
process.exitCode = code;
