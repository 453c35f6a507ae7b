// Bundles the CLI into dist/ so it starts fast (see stack notes): ESM output for Ink's
// top-level await, a `require` shim for CommonJS dependencies, and react-devtools-core
// replaced by a stub because Ink only imports it in development.
import { build } from 'esbuild';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';

// Chunk names carry content hashes: clear the old ones so dist/ holds one build.
await rm('dist', { recursive: true, force: true });
await mkdir('dist', { recursive: true });
await writeFile('dist/devtools-stub.js', 'export default {};\n');
await build({
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
  logLevel: 'warning',
});
await chmod('dist/cli.js', 0o755);
