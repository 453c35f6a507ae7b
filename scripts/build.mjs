// Bundles the CLI into dist/ so it starts fast (see stack notes). Three pieces:
// - dist/program-[hash].cjs: the whole program (src/cli.ts, Ink, React and every other
//   library), one CommonJS script, so that dist/cli.js can compile it with a V8 code cache
//   (src/launch.ts); the cache, program-[hash].cjs.v8cache, is made here by one warm-up run.
// - dist/chunks/yoga-[hash].js: Ink's layout engine, an ES module, because it loads its
//   WebAssembly with a top-level await, which CommonJS cannot hold. play loads it before the
//   screen code (src/ui/libraries.ts) and Ink's `import Yoga from 'yoga-layout'` reads it.
// - dist/cli.js: the launcher.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

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
 * string-width, slice-ansi and @alcalzone/ansi-tokenize each make an Intl.Segmenter as they
 * load, and the first one a process makes loads ICU's break rules (10 ms or more of the
 * screen's start). In the bundle they get src/text/graphemes.ts instead, which splits text
 * that holds no joining code point without ICU and makes the real segmenter at first need.
 */
const SEGMENTING =
  /node_modules\/(string-width\/index|slice-ansi\/tokenize-ansi|@alcalzone\/ansi-tokenize\/build\/tokenize)\.js$/;
const graphemesWithoutIcu = {
  name: 'graphemes-without-icu',
  setup(build) {
    build.onLoad({ filter: SEGMENTING }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const made = source.split('new Intl.Segmenter(').length - 1;
      if (made !== 1) throw new Error(`${args.path}: expected one Intl.Segmenter, found ${made}`);
      const graphemes = JSON.stringify(resolve('src/text/graphemes.ts'));
      return {
        contents: `import { GraphemeSegmenter as __LiaisonGraphemes } from ${graphemes};\n${source.replace('new Intl.Segmenter(', 'new __LiaisonGraphemes(')}`,
        loader: 'js',
      };
    });
  },
};

const HANDOFF = `globalThis[Symbol.for('liaison-sim yoga')]`;

/**
 * In the program, `import Yoga from 'yoga-layout'` reads what the yoga module handed over,
 * and src/ui/libraries.ts loads that module, through the import function the launcher gives
 * the program (src/launch.ts: a script compiled by node:vm cannot import() by itself).
 */
const yogaFromItsModule = (yogaModule) => ({
  name: 'yoga-from-its-module',
  setup(build) {
    build.onResolve({ filter: /^yoga-layout$/ }, () => ({ path: 'yoga-layout', namespace: 'handed-over' }));
    build.onLoad({ filter: /.*/, namespace: 'handed-over' }, () => ({
      contents: `const yoga = ${HANDOFF};
if (yoga === undefined) throw new Error('Ink ran before play loaded its layout engine');
export default yoga;
`,
    }));
    build.onLoad({ filter: /src\/ui\/libraries\.ts$/ }, () => ({
      contents: `export async function loadUiLibraries() {
  await __liaisonImport(${JSON.stringify(`./${yogaModule}`)});
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

// Chunk and program names carry content hashes; what this build did not write is dropped at
// the end, so dist/ holds one build. (Pruning after writing, not emptying first, keeps a CLI
// that another process is running whole.)
const written = new Set(['cli.js', 'chunks']);
const keep = (result) => {
  for (const file of Object.keys(result.metafile.outputs)) written.add(relative('dist', file));
};
const entryOf = (result) =>
  relative(
    'dist',
    Object.keys(result.metafile.outputs).find((f) => result.metafile.outputs[f].entryPoint),
  );

const yoga = await build({
  ...common,
  stdin: {
    contents: `import Yoga from 'yoga-layout';\n${HANDOFF} = Yoga;\n`,
    resolveDir: process.cwd(),
    sourcefile: 'yoga.js',
  },
  outdir: 'dist/chunks',
  entryNames: 'yoga-[hash]',
  format: 'esm',
});
keep(yoga);

const program = await build({
  ...common,
  entryPoints: { program: 'src/cli.ts' },
  outdir: 'dist',
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__liaisonModuleUrl' },
  banner: { js: "const __liaisonModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Ink's reconciler fits in CommonJS because its devtools awaits are patched out (patches/README.md).
  plugins: [graphemesWithoutIcu, lazyWidthLibraries, yogaFromItsModule(entryOf(yoga))],
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

// play's own cache (src/launch.ts): the default scenario's first frames in a pseudo-terminal,
// made by util-linux `script`, quit with q once the key bar is on screen. Without `script`
// play starts with the general cache, about 20 ms slower.
if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0) {
  const played = await playOnce(`${JSON.stringify(process.execPath)} dist/cli.js play march-2019-withdrawal`);
  if (played === 0) written.add(`${programFile}.play.v8cache`);
  else console.warn(`build: no code cache for play (its warm-up run ended with ${played})`);
} else console.warn('build: no code cache for play (no `script` command for a pseudo-terminal)');

/** Runs `command` in a pseudo-terminal: one step at the first full frame, then q. */
function playOnce(command) {
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...process.env, LIAISON_SIM_WRITE_CODE_CACHE: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // The run may end before a key reaches it.
  child.stdin.on('error', () => undefined);
  let screen = '';
  const keys = ['l', 'q'];
  child.stdout.on('data', (chunk) => {
    screen += chunk;
    // The step once the first full frame is on screen, q at the next output.
    if (keys.length === 2 && !screen.includes('q quit')) return;
    if (keys.length > 0) child.stdin.write(keys.shift());
  });
  const timer = setTimeout(() => child.kill(), 30_000);
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    }),
  );
}

for (const dir of ['dist', 'dist/chunks'])
  for (const name of await readdir(dir)) {
    const path = relative('dist', `${dir}/${name}`);
    if (!written.has(path)) await rm(`${dir}/${name}`, { force: true });
  }
