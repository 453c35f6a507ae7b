/**
 * The scenarios shipped in the package's scenarios/ folder, found from wherever this code
 * runs: src/ under vitest, dist/cli.js or dist/chunks/* when built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

export const DEFAULT_SCENARIO_ID = 'march-2019-withdrawal';
const PACKAGE_NAME = 'liaison-sim';

let root: string | undefined;

function isPackageRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** The directory holding liaison-sim's package.json, walking up from this module. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isPackageRoot(dir)) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`cannot find the ${PACKAGE_NAME} package above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** A path as the user would like to read it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export interface BundledScenario {
  id: string;
  title: string;
  file: string;
  /** The first sentence of the scenario's summary, or ''. */
  summary?: string;
}

/** The first sentence of a summary (at most about a line), for listings. */
function firstLine(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = value.replace(/\s+/g, ' ').trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  if (sentence.length <= 100) return sentence;
  return `${sentence.slice(0, 99).replace(/\s+\S*$/, '')}…`;
}

/** The file of the bundled scenario `id`, found without reading the others; null if none. */
export function bundledScenarioFile(id: string): string | null {
  // Only plain ids: nothing like ../ can reach outside the folder.
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return null;
  let folder: string;
  try {
    folder = join(packageRoot(), 'scenarios');
  } catch {
    return null;
  }
  for (const ext of ['.yaml', '.yml']) {
    const file = join(folder, `${id}${ext}`);
    if (existsSync(file)) return displayPath(file);
  }
  return null;
}

/** scenarios/*.yaml, sorted by id with the default scenario first. */
export function bundledScenarios(): BundledScenario[] {
  let folder: string;
  try {
    folder = join(packageRoot(), 'scenarios');
  } catch {
    return []; // running outside the package (an ad hoc bundle): nothing is bundled
  }
  if (!existsSync(folder)) return [];
  const rank = (id: string) => (id === DEFAULT_SCENARIO_ID ? 0 : 1);
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => {
      const file = join(folder, name);
      const id = name.replace(/\.ya?ml$/, '');
      // Only the title and summary are needed here; a broken file still gets listed.
      const doc = parseDocument(readFileSync(file, 'utf8'), { schema: 'core' });
      const title = doc.get('title');
      return {
        id,
        title: typeof title === 'string' ? title : id,
        file: displayPath(file),
        summary: firstLine(doc.get('summary')),
      };
    })
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
