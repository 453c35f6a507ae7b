/**
 * Cross-reference checks for a file that also has shape problems, so the author sees
 * every problem at once. The parts with shape problems are set aside (a typo'd key
 * dropped, a broken event replaced by an empty one); if what is left is a valid scenario,
 * its names and times are checked too. Findings inside an entry that already has a shape
 * problem are left out, as they are most likely consequences of it.
 */
import type * as z from 'zod';
import { problemsBeyondShape } from './check.js';
import type { PathProblem } from './issues.js';
import type { Path } from './locate.js';
import { scenarioFileSchema } from './schema.js';
import type { Words } from '../words/index.js';

type Issue = z.core.$ZodIssue;
type Container = Record<PropertyKey, unknown>;

/** Plain maps and lists only: YAML can also yield binary data, which must be left alone. */
const isContainer = (value: unknown): value is Container =>
  Array.isArray(value) ||
  (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype);

function nodeAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) node = isContainer(node) ? node[segment] : undefined;
  return node;
}

/** The entry a path belongs to: ['events', 2] for ['events', 2, 'at'], ['tag'] for ['tag']. */
function entryOf(path: Path): Path {
  const grouped = ['parties', 'channels', 'events', 'questions'].includes(String(path[0]));
  return path.slice(0, grouped ? 2 : 1);
}

const within = (path: Path, prefix: Path) =>
  prefix.every((segment, i) => String(path[i]) === String(segment));

/** Sets aside what one issue complains about; false when that cannot be done safely. */
function setAside(data: Container, issue: Issue): boolean {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const owner = nodeAt(data, path);
    if (!isContainer(owner)) return false;
    for (const key of issue.keys) delete owner[key];
    return true;
  }
  if (path.length === 0) return false;
  const [head, index] = path;
  if ((head === 'events' || head === 'questions') && typeof index === 'number') {
    const list = data[head];
    if (!Array.isArray(list)) return false;
    // An empty stand-in keeps the positions (and so the line numbers) of the other items.
    list[index] = head === 'events' ? { at: data.start } : { at: data.start, ask: '?', answer: '?' };
    return true;
  }
  const last = path[path.length - 1]!;
  const parent = nodeAt(data, path.slice(0, -1));
  if (Array.isArray(parent)) {
    const grand = nodeAt(data, path.slice(0, -2));
    if (!isContainer(grand)) return false;
    delete grand[path[path.length - 2]!];
    return true;
  }
  if (!isContainer(parent)) return false;
  delete parent[last];
  return true;
}

export function checksDespiteShapeProblems(
  data: unknown,
  issues: readonly Issue[],
  words: Words,
): PathProblem[] {
  if (!isContainer(data)) return [];
  const cleaned = structuredClone(data);
  for (const issue of issues) if (!setAside(cleaned, issue)) return [];
  let reparsed = scenarioFileSchema.safeParse(cleaned);
  // Setting a value aside can leave its owner short of a key it needs (a check calendar
  // whose only time was wrong): set that owner aside too, once, if it is inside an entry.
  if (!reparsed.success) {
    for (const issue of reparsed.error.issues) {
      const owner = issue.path.slice(0, -1) as Path;
      if (owner.length < 3 || !setAside(cleaned, { ...issue, code: 'custom', path: owner } as Issue))
        return [];
    }
    reparsed = scenarioFileSchema.safeParse(cleaned);
    if (!reparsed.success) return [];
  }
  // A typo'd key does not make the rest of its entry suspect; any other shape problem does.
  const tainted = issues.filter((i) => i.code !== 'unrecognized_keys').map((i) => entryOf(i.path as Path));
  return problemsBeyondShape(reparsed.data, words).filter(
    (p) => !tainted.some((prefix) => within(p.path, prefix)),
  );
}
