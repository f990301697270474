/**
 * `--coverage [dir]`, main-thread side: merges the workers' istanbul data (worker/coverage-data.ts)
 * and writes `lcov.info` and an HTML report (`index.html`) with istanbul's own libraries, the
 * format coverage tools and editors of the JavaScript ecosystem read. The libraries load only
 * when a report is asked for.
 */
import { join } from 'node:path';
import type { CoverageMapData } from 'istanbul-lib-coverage';
import { FuzzCodes, FuzzHints } from '../failure/codes.js';
import { FuzzStartError } from '../options.js';
import { checkWritable } from '../store/artifacts.js';

export interface CoverageSummary {
  dir: string;
  lcov: string;
  html: string;
  /** counted regions (edges) reached by the pool, and instrumented */
  edges: { covered: number; total: number };
  files: number;
}

/** the report folder must be writable before the run starts */
export function checkCoverageDir(dir: string): void {
  try {
    checkWritable(dir);
  } catch (e) {
    throw new FuzzStartError((e as Error).message.replace('artifacts folder', 'coverage folder'), FuzzCodes.coverageNotWritable, FuzzHints[FuzzCodes.coverageNotWritable]);
  }
}

export async function writeCoverage(dir: string, data: CoverageMapData[]): Promise<CoverageSummary> {
  const [{ default: libCoverage }, { default: libReport }, { default: reports }] = await Promise.all([import('istanbul-lib-coverage'), import('istanbul-lib-report'), import('istanbul-reports')]);
  const map = libCoverage.createCoverageMap({});
  for (const d of data) map.merge(d);
  const context = libReport.createContext({ dir, coverageMap: map, defaultSummarizer: 'nested' });
  reports.create('lcovonly', { file: 'lcov.info' }).execute(context);
  reports.create('html', {}).execute(context);
  const s = map.getCoverageSummary().statements;
  return { dir, lcov: join(dir, 'lcov.info'), html: join(dir, 'index.html'), edges: { covered: s.covered, total: s.total }, files: map.files().length };
}
