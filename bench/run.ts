import { benchCore } from './core.js';
import { printFigures } from './report.js';
import { benchStartup } from './startup.js';

// `npm run bench`: prints figures, asserts nothing. Ratios compare against a baseline
// measured in the same run, so they hold when the machine's speed drifts.
printFigures('Simulation core (issue: simulation core)', benchCore());
printFigures('Start-up (issue: scenario scripts)', await benchStartup());
