#!/usr/bin/env node
import { endQuietlyOnClosedPipe } from './io/closedPipe.js';
import { processIo } from './commands/io.js';
import { main } from './commands/main.js';

endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);

process.exitCode = await main(process.argv.slice(2), processIo());
