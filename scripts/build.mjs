// Bundles the CLI into dist/ so it starts fast (see stack notes). Three pieces:
// - dist/program-[hash].cjs: the whole program (src/cli.ts and every library but the UI's),
//   one CommonJS script, so that dist/cli.js can compile it with a V8 code cache
//   (src/launch.ts); the cache, program-[hash].cjs.v8cache, is made here by one warm-up run.
// - dist/chunks/ui-libraries-[hash].js: Ink and React, an ES module (Ink's layout engine and
//   reconciler load with top-level await, which CommonJS cannot hold). play imports it before
//   the screen code; the program's own `import … from 'ink'/'react'` read what it exported.
// - dist/cli.js: the launcher.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';

const readable = process.argv.includes('--readable');

/**
 * The width libraries build an emoji regex and an Intl.Segmenter as they load (about 30 ms).
 * src/text/width.ts imports them through stand-ins that load the real module on the first
 * call, so a command that measures no text (run --json, validate of a good file) never
 * pays for them. Ink imports them directly and loads them with the terminal UI.
 */
const LAZY = ['string-width', 'cli-truncate', 'wrap-ansi'];
const lazyWidthLibraries = {
  name: 'lazy-width-libraries',
  setup(build) {
    const filter = new RegExp(`^(${LAZY.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.importer.endsWith('src/text/width.ts') ? { path: args.path, namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      resolveDir: process.cwd(),
      contents: `let real;
export default function lazy(...args) {
  real ??= require(${JSON.stringify(args.path)}).default;
  return real(...args);
}
`,
    }));
  },
};

/**
 * Ink goes in a module of its own. What it shares with the program stays in the program,
 * where the code cache covers it, and is handed to Ink's module before it loads: React and
 * its reconciler (one React for both), and the width libraries (one emoji pattern and one
 * segmenter built, not two). The CommonJS packages are handed over as their module.exports,
 * the ES ones as their default export, the only one Ink imports.
 */
const SHARED_COMMONJS = [
  'react',
  'react/jsx-runtime',
  'react-reconciler',
  'react-reconciler/constants.js',
  'scheduler',
];
const SHARED_ESM = ['string-width', 'wrap-ansi', 'cli-truncate'];
const SHARED = [...SHARED_COMMONJS, ...SHARED_ESM];
const HANDOFF = `globalThis[Symbol.for('liaison-sim ui-libraries')]`;
const exactly = (names) => new RegExp(`^(${names.map((n) => n.replace(/[./]/g, '\\$&')).join('|')})$`);

/** A module that exports what the other bundle handed over under `name`. */
const handedOver = (name, whoHands) => `const handed = ${HANDOFF}?.[${JSON.stringify(name)}];
if (handed === undefined) throw new Error('${name} is used before ${whoHands}');
${SHARED_ESM.includes(name) ? 'export default handed.default;' : 'module.exports = handed;'}
`;

/** In Ink's module: what it shares with the program is the program's. */
const sharedFromTheProgram = {
  name: 'shared-from-the-program',
  setup(build) {
    build.onResolve({ filter: exactly(SHARED) }, (args) => ({ path: args.path, namespace: 'handed-over' }));
    build.onLoad({ filter: /.*/, namespace: 'handed-over' }, (args) => ({
      contents: handedOver(args.path, 'the program hands it over'),
    }));
  },
};

/**
 * In the program, `import … from 'ink'` reads what Ink's module exported, and
 * src/ui/libraries.ts hands React over and loads that module, through the import function
 * the launcher gives the program (src/launch.ts: a script compiled by node:vm cannot
 * import() by itself).
 */
const inkFromItsModule = (inkModule) => ({
  name: 'ink-from-its-module',
  setup(build) {
    build.onResolve({ filter: /^ink$/ }, () => ({ path: 'ink', namespace: 'handed-over' }));
    build.onLoad({ filter: /.*/, namespace: 'handed-over' }, () => ({
      contents: handedOver('ink', 'play loads it (src/ui/libraries.ts)'),
    }));
    build.onLoad({ filter: /src\/ui\/libraries\.ts$/ }, () => ({
      resolveDir: process.cwd(),
      contents: `export async function loadUiLibraries() {
  ${HANDOFF} = { ${SHARED.map((name) => `${JSON.stringify(name)}: require(${JSON.stringify(name)})`).join(', ')} };
  await __liaisonImport(${JSON.stringify(`./${inkModule}`)});
}
`,
    }));
  },
});

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  // Less text to parse at every start, and a smaller code cache: short names cut both by
  // about a third. (A linked source map costs start-up time even when unused.) For stacks
  // with real names, build with `node scripts/build.mjs --readable` and run with
  // LIAISON_DEBUG=1.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: !readable,
  logLevel: 'warning',
  metafile: true,
};

await mkdir('dist/chunks', { recursive: true });
await writeFile('dist/devtools-stub.js', 'export default {};\n');

// Chunk and program names carry content hashes; what this build did not write is dropped at
// the end, so dist/ holds one build. (Pruning after writing, not emptying first, keeps a CLI
// that another process is running whole.)
const written = new Set(['cli.js', 'devtools-stub.js', 'chunks']);
const keep = (result) => {
  for (const file of Object.keys(result.metafile.outputs)) written.add(relative('dist', file));
};
const entryOf = (result) =>
  relative(
    'dist',
    Object.keys(result.metafile.outputs).find((f) => result.metafile.outputs[f].entryPoint),
  );

const ink = await build({
  ...common,
  stdin: {
    contents: `import * as ink from 'ink';\n${HANDOFF}.ink = ink;\n`,
    resolveDir: process.cwd(),
    sourcefile: 'ink.js',
  },
  outdir: 'dist/chunks',
  entryNames: 'ink-[hash]',
  chunkNames: '[name]-[hash]',
  splitting: true,
  format: 'esm',
  // react-devtools-core replaced by a stub because Ink only imports it in development.
  alias: { 'react-devtools-core': './dist/devtools-stub.js' },
  banner: {
    js: "import {createRequire as __liaisonCreateRequire} from 'node:module'; const require = __liaisonCreateRequire(import.meta.url);",
  },
  plugins: [sharedFromTheProgram],
});
keep(ink);

const program = await build({
  ...common,
  entryPoints: { program: 'src/cli.ts' },
  outdir: 'dist',
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__liaisonModuleUrl' },
  banner: { js: "const __liaisonModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyWidthLibraries, inkFromItsModule(entryOf(ink))],
});
keep(program);
const programFile = entryOf(program);

await build({
  ...common,
  entryPoints: ['src/launch.ts'],
  outfile: 'dist/cli.js.tmp',
  format: 'esm',
  define: { ...common.define, LIAISON_PROGRAM: JSON.stringify(programFile) },
});
// Renamed into place: a CLI started meanwhile finds the old launcher or the new, whole.
await rename('dist/cli.js.tmp', 'dist/cli.js');
await chmod('dist/cli.js', 0o755);

// The code cache: one run of the default scenario's JSON report compiles what every command
// starts with (loading, checking, simulating). Without a cache the CLI still works.
const warm = spawnSync(process.execPath, ['dist/cli.js', 'run', 'march-2019-withdrawal', '--json'], {
  env: { ...process.env, LIAISON_SIM_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (warm.status === 0) written.add(`${programFile}.v8cache`);
else console.warn(`build: no code cache (the warm-up run exited ${warm.status ?? warm.signal})`);

for (const dir of ['dist', 'dist/chunks'])
  for (const name of await readdir(dir)) {
    const path = relative('dist', `${dir}/${name}`);
    if (!written.has(path)) await rm(`${dir}/${name}`, { force: true });
  }
