#!/usr/bin/env node
import { main } from './commands/main.js';

// A reader that stops early (`| head`) closes the pipe: end quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
