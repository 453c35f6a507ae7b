import { SIMULATE_ONCE, benchCore, simulateOnceAndReport } from './core.js';
import { printFigures } from './report.js';
import { benchStartup } from './startup.js';
import { benchUi } from './ui.js';

// `npm run bench`: prints figures, asserts nothing. Ratios compare against a baseline
// measured in the same run, so they hold when the machine's speed drifts.
if (process.argv.includes(SIMULATE_ONCE)) simulateOnceAndReport();
else {
  printFigures('Simulation core (issue: simulation core)', benchCore());
  printFigures('Start-up (issue: scenario scripts)', await benchStartup());
  printFigures('Terminal UI (issue: interactive terminal UI)', await benchUi());
}
