import { endQuietlyOnClosedPipe } from './io/closedPipe.js';
import { processIo } from './commands/io.js';
import { main } from './commands/main.js';

// The program, as dist/cli.js (src/launch.ts) starts it: one CommonJS script, so no top-level await.
endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);

void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
