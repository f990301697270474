/**
 * `derive-mutators init oss-fuzz <targets...>`: the ClusterFuzzLite / OSS-Fuzz files for a project
 * with derived mutators: `.clusterfuzzlite/` (Dockerfile on the JavaScript base builder, build.sh
 * with one `compile_javascript_fuzzer` per target, project.yaml, a Jazzer.js entry per target
 * through `derive-mutators/jazzer`) and a pull-request workflow. Each target is loaded first, so a
 * module without a fuzz target is reported here, not in the cloud. Existing files that differ are
 * never overwritten without --force.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTargetInProcess } from '../fuzz/main/load-in-process.js';

export interface PlannedFile {
  path: string;
  content: string;
  executable?: boolean;
}

export interface OssFuzzOptions {
  /** project name in $SRC; default: package.json's name, else the folder's */
  project?: string;
  /** tsconfig used to compile TypeScript targets; default tsconfig.json when present */
  tsconfig?: string;
}

const templateDir = (): string => fileURLToPath(new URL('../../templates/oss-fuzz/', import.meta.url));

function fill(name: string, values: Record<string, string>): string {
  const text = readFileSync(join(templateDir(), name), 'utf8');
  return text.replace(/@@(\w+)@@/g, (_, k: string) => values[k] ?? '');
}

function projectName(root: string, given: string | undefined): string {
  let name = given;
  if (name === undefined) {
    try {
      name = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string }).name;
    } catch {
      // no package.json: the folder's name
    }
  }
  name ??= basename(root);
  return name.replace(/^@[^/]+\//, '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'project';
}

/** nested-enum for examples/nested-enum/fuzz.ts, order for src/order.fuzz.ts */
function fuzzerName(file: string, taken: Set<string>): string {
  const stem = basename(file, extname(file)).replace(/\.fuzz$/, '');
  let name = (stem === 'fuzz' || stem === 'index' ? basename(dirname(file)) : stem).toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  for (let i = 2; taken.has(name); i++) name = `${name.replace(/-\d+$/, '')}-${i}`;
  taken.add(name);
  return name;
}

const posix = (p: string): string => p.split(sep).join('/');

/** The files to write for these targets (paths relative to `root`). Loads each target. */
export async function planOssFuzz(root: string, targets: string[], options: OssFuzzOptions = {}): Promise<PlannedFile[]> {
  const project = projectName(root, options.project);
  const taken = new Set<string>();
  const files: PlannedFile[] = [];
  const fuzzerLines: string[] = [];
  const tsTargets: string[] = [];
  for (const t of targets) {
    const abs = resolve(t);
    const target = await loadTargetInProcess(abs, undefined);
    const rel = posix(relative(root, abs));
    if (rel.startsWith('../')) throw new Error(`target ${t} is outside the project folder ${root}`);
    const name = fuzzerName(abs, taken);
    const ts = /\.[cm]?ts$/.test(rel);
    if (ts) tsTargets.push(rel);
    const imported = ts ? `../build/${rel.replace(/\.([cm]?)ts$/, '.$1js')}` : `../../${rel}`;
    files.push({ path: `.clusterfuzzlite/fuzzers/${name}.js`, content: fill('fuzzer.js', { target: rel, import: imported, options: '' }) });
    // an async test needs Jazzer.js's asynchronous mode; everything else runs faster with --sync
    const sync = target.test.constructor.name === 'AsyncFunction' ? '' : ' --sync';
    fuzzerLines.push(`compile_javascript_fuzzer ${project} .clusterfuzzlite/fuzzers/${name}.js${sync}`);
  }
  const tsconfig = options.tsconfig ?? (existsSync(join(root, 'tsconfig.json')) ? 'tsconfig.json' : undefined);
  const emit = '--outDir .clusterfuzzlite/build --rootDir . --noEmit false --declaration false --declarationMap false --sourceMap false --incremental false --composite false';
  const compile =
    tsTargets.length === 0
      ? ''
      : `# Jazzer.js loads JavaScript: the TypeScript fuzz targets and what they import go to .clusterfuzzlite/build/\n${
          tsconfig !== undefined
            ? `npx tsc -p ${tsconfig} ${emit}`
            : `npx tsc ${tsTargets.join(' ')} --module nodenext --moduleResolution nodenext --target es2022 --skipLibCheck ${emit}`
        }`;
  files.push(
    { path: '.clusterfuzzlite/Dockerfile', content: fill('Dockerfile', { project }) },
    { path: '.clusterfuzzlite/build.sh', content: fill('build.sh', { project, compile, fuzzers: fuzzerLines.join('\n') }).replace(/\n{3,}/g, '\n\n'), executable: true },
    { path: '.clusterfuzzlite/project.yaml', content: fill('project.yaml', {}) },
    { path: '.clusterfuzzlite/fuzzers/package.json', content: '{ "type": "module" }\n' },
    { path: '.github/workflows/cflite_pr.yml', content: fill('cflite_pr.yml', {}) },
  );
  return files;
}
