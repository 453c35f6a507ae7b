import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The specifiers a source file imports code from (type-only imports leave no code behind). */
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)(?! type)[^'"]*from\s+'([^']+)'/gm)].map(
    (m) => m[1]!,
  );

const sources = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));

describe('layers', () => {
  it('the loader does not depend on the timeline: simulating is the session’s work', () => {
    for (const file of sources('src/scenario'))
      expect(
        importsOf(file).filter((i) => i.includes('timeline/')),
        file,
      ).toEqual([]);
  });

  it('the UI reducer creates no actors: it neither imports XState nor the what-if core', () => {
    const reducer = [
      'state.ts',
      'ui-state.ts',
      'reduce-moves.ts',
      'reduce-prompts.ts',
      'navigate.ts',
      'keys.ts',
    ];
    for (const name of reducer) {
      const imports = importsOf(join('src/ui', name));
      expect(
        imports.filter((i) => i === 'xstate' || /whatIf|session\/|simulate|resume/.test(i)),
        name,
      ).toEqual([]);
    }
  });
});
