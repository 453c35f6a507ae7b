import { endQuietlyOnClosedPipe } from './io/closedPipe.js';
import { enterUserFolder, processIo } from './commands/io.js';
import { main } from './commands/main.js';

// The program, as dist/cli.js (src/launch.ts) starts it: one CommonJS script, so no top-level await.
endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);
// Run through npm, the user's paths are relative to where they typed the command.
enterUserFolder();

void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
