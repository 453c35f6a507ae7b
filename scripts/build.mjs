// Bundles the CLI into dist/ so it starts fast (see stack notes): ESM output for Ink's
// top-level await, a `require` shim for CommonJS dependencies, and react-devtools-core
// replaced by a stub because Ink only imports it in development.
import { build } from 'esbuild';
import { chmod, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';

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

await mkdir('dist/chunks', { recursive: true });
await writeFile('dist/devtools-stub.js', 'export default {};\n');
const result = await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: { 'react-devtools-core': './dist/devtools-stub.js' },
  banner: {
    js: "import {createRequire as __liaisonCreateRequire} from 'node:module'; const require = __liaisonCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  // Less text to parse at every start: Node 20 has no compile cache, so every command
  // compiles its chunks afresh, and short names cut that by about a third. (A linked source
  // map costs start-up time even when unused.) For stacks with real names, build with
  // `node scripts/build.mjs --readable` and run with LIAISON_DEBUG=1.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: !process.argv.includes('--readable'),
  logLevel: 'warning',
  metafile: true,
  plugins: [lazyWidthLibraries],
});
await chmod('dist/cli.js', 0o755);

// Chunk names carry content hashes: drop the chunks this build did not write, so dist/
// holds one build. (Pruning after writing, not emptying first, keeps a CLI that another
// process is running whole.)
const written = new Set(Object.keys(result.metafile.outputs).map((file) => relative('dist/chunks', file)));
for (const name of await readdir('dist/chunks'))
  if (!written.has(name)) await rm(`dist/chunks/${name}`, { force: true });
