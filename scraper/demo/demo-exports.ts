// The demo's exports: every stored notice in each format of shared/export, one file each.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createExporter, EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats.ts';
import type { WatchRule } from '../../shared/model.ts';
import { writeOutput } from '../cli/write-output.ts';
import type { Store } from '../store/store-types.ts';

export interface ExportedFile {
  format: ExportFormat;
  path: string;
  count: number;
}

export async function writeDemoExports(
  store: Store,
  dir: string,
  rules: readonly WatchRule[],
): Promise<ExportedFile[]> {
  mkdirSync(dir, { recursive: true });
  const ruleNames = new Map(rules.flatMap((r) => (r.name ? [[r.id, r.name] as const] : [])));
  const files: ExportedFile[] = [];
  for (const format of EXPORT_FORMATS) {
    const exporter = createExporter(format, { ruleNames });
    const path = join(dir, `kjwatch-demo.${exporter.extension}`);
    let count = 0;
    function* chunks(): Generator<string> {
      yield exporter.begin();
      for (const notice of store.iterateNotices()) yield exporter.item(notice, count++);
      yield exporter.end(count);
    }
    await writeOutput(path, chunks());
    files.push({ format, path, count });
  }
  return files;
}
