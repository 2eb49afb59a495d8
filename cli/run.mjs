// Fast start for the CLI: `npm run digest` used to go through tsx, which compiles every module on
// each run (~1.5 s). Here cli/digest.ts is bundled once with esbuild, packages included, into
// node_modules/.cache, and the bundle is reused while every input it was built from is unchanged
// (project sources compared byte for byte, package files by size and time), so the CLI always
// runs the current lib/ code. Stack traces point into the bundle, whose comments name the source
// files; STANDPOINT_NO_BUNDLE=1 runs the sources through tsx instead.
//
//   node cli/run.mjs <entry.ts> [args...]      (STANDPOINT_NO_BUNDLE=1 runs the entry through tsx)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = resolve(process.argv[2] ?? 'cli/digest.ts');
// one cache per checkout and entry: worktrees sharing node_modules do not evict each other
const name = `${relative(root, entry).replace(/[^\w.-]+/g, '_')}-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`;
const cacheDir = join(root, 'node_modules', '.cache', 'standpoint-cli');
const manifestPath = join(cacheDir, `${name}.json`);
// The entry sees the argv it would see when run directly: [node, entry, ...args].
process.argv.splice(1, 2, entry);

/** Hash of the inputs: contents of the project's, size and time of the packages'; null when one is gone. */
function hashOf(inputs) {
  // this file too: a change in how bundles are built makes the old ones stale
  const h = createHash('sha1').update(readFileSync(fileURLToPath(import.meta.url)));
  for (const file of inputs) {
    try {
      const path = join(root, file);
      if (file.includes('node_modules/')) {
        const st = statSync(path);
        h.update(`${file}\0${st.size}:${st.mtimeMs}\0`);
      } else h.update(file).update('\0').update(readFileSync(path)).update('\0');
    } catch {
      return null;
    }
  }
  return h.digest('hex');
}

function cachedBundle() {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    return manifest.hash && hashOf(manifest.inputs) === manifest.hash ? join(cacheDir, manifest.bundle) : null;
  } catch {
    return null;
  }
}

/** Drops bundles of this entry that are an hour old (younger ones may still be loading elsewhere). */
function pruneOldBundles(keep) {
  try {
    for (const file of readdirSync(cacheDir)) {
      const path = join(cacheDir, file);
      if (file !== keep && file.startsWith(`${name}-`) && Date.now() - statSync(path).mtimeMs > 3_600_000)
        unlinkSync(path);
    }
  } catch {
    // a cache that cannot be pruned still works
  }
}

async function build() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // bundled CommonJS packages (and linkedom's optional canvas) still call require
    banner: {
      js: "import { createRequire as __standpointRequire } from 'node:module'; const require = __standpointRequire(import.meta.url);",
    },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const hash = hashOf(inputs);
  const bundle = `${name}-${hash}.mjs`;
  mkdirSync(cacheDir, { recursive: true });
  // Two scorer processes may build at once: write aside, then rename (atomic on one filesystem).
  const tmp = `.${process.pid}.tmp`;
  writeFileSync(join(cacheDir, bundle + tmp), result.outputFiles[0].contents);
  renameSync(join(cacheDir, bundle + tmp), join(cacheDir, bundle));
  writeFileSync(manifestPath + tmp, JSON.stringify({ hash, inputs, bundle }));
  renameSync(manifestPath + tmp, manifestPath);
  pruneOldBundles(bundle);
  return join(cacheDir, bundle);
}

async function runWithTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}

let bundle = process.env.STANDPOINT_NO_BUNDLE ? null : cachedBundle();
if (!bundle && !process.env.STANDPOINT_NO_BUNDLE) {
  try {
    bundle = await build();
  } catch (e) {
    if (e?.errors?.length) {
      const where = (m) => (m.location ? `${m.location.file}:${m.location.line}: ` : '');
      console.error(
        `standpoint: cannot build ${relative(root, entry)}:\n${e.errors.map((m) => where(m) + m.text).join('\n')}`,
      );
      process.exit(2);
    }
    // esbuild itself unavailable: the slow path still runs the current code
  }
}
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  await runWithTsx();
}
