import { join } from 'node:path';
import { FileExistsError, writeFileSafely } from '../io/writeFileSafely.js';
import { scenarioToYaml } from '../scenario/write.js';
import { branchScenario } from '../timeline/branchScenario.js';
import type { Timeline } from '../timeline/timeline.js';
import type { Lang } from '../words/lang.js';

/**
 * Writes a what-if branch as `<id>-what-if-<n>.yaml` in `dir`, with the first free number:
 * atomically, never over an existing file, worded in the UI's language `lang`. Resolves to
 * the path written.
 */
export async function saveBranch(
  branch: Timeline,
  dir: string,
  lang: Lang = 'en',
  displayDir = '.',
): Promise<string> {
  for (let number = 1; number < 1000; number++) {
    const scenario = branchScenario(branch, number, lang);
    const name = `${scenario.id}.yaml`;
    try {
      await writeFileSafely(join(dir, name), scenarioToYaml(scenario));
      return `${displayDir}/${name}`;
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
    }
  }
  throw new Error(`no free file name for a what-if of ${branch.scenario.id} in ${dir}`);
}
