import { SIMULATE_ONCE, benchCore, simulateOnceAndReport } from './core.js';
import { printFigures } from './report.js';
import { benchJsonMemory, benchScale } from './scale.js';
import { benchStartup } from './startup.js';
import { RENDER_STEPS, benchUi, renderStepsAndReport } from './ui.js';

// `npm run bench`: prints figures, asserts nothing. Ratios compare against a baseline
// measured in the same run, so they hold when the machine's speed drifts.
if (process.argv.includes(SIMULATE_ONCE)) simulateOnceAndReport();
else if (process.argv.includes(RENDER_STEPS)) await renderStepsAndReport();
else {
  printFigures('Simulation core (issue: simulation core)', benchCore());
  printFigures('Whole process, against node -e 0 (issue: speed at scale)', await benchStartup());
  printFigures('validate at scale (issue: speed at scale)', benchScale());
  printFigures('run --json at scale, streamed (issue 8)', benchJsonMemory());
  printFigures('Terminal UI (issue: interactive terminal UI)', await benchUi());
}
