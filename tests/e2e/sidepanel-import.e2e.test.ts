// Importing the JSON backup in the side panel: a round trip (export, clear, import) restores the
// same clippings, and importing it again adds nothing; a bad file — not JSON, another format, a
// newer version, invalid items — is refused with a clear message and changes nothing.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearClippings, clippingRows } from './harness/library-pages.ts';
import {
  EXPORT_CLIPPINGS as CLIPPINGS,
  type ExportSession,
  exportFrom,
  openPanelForExport,
} from './sidepanel-export-data.ts';

const strip = (rows: Record<string, unknown>[]) => rows.map(({ host: _h, ...c }) => c);

describe('side panel backup import', () => {
  let es: ExportSession;
  let panel: Page;
  const exportAs = (label: string) => exportFrom(panel, label);

  beforeAll(async () => {
    es = await openPanelForExport();
    panel = es.panel;
  });
  afterAll(async () => {
    await es?.close();
  });

  it('restores the same clippings from the JSON backup after they were cleared', async () => {
    const backup = await exportAs('JSON');
    const before = strip(await clippingRows(es.session.worker));
    await clearClippings(es.session.worker);
    await panel.reload();
    await panel.waitForSelector('#app[data-ready]', { state: 'attached' });
    await expect.poll(() => panel.locator('#count').textContent()).toBe('0 clippings (of 0)');
    await panel.getByLabel('Import backup (JSON)').setInputFiles(backup.path);
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Imported' }).textContent())
      .toBe('Imported: 3 added, 0 updated, 0 unchanged.');
    expect(strip(await clippingRows(es.session.worker))).toEqual(before);
    await expect.poll(() => panel.locator('#clippings blockquote').count()).toBe(3);
    // Again: nothing new, nothing duplicated.
    await panel.getByLabel('Import backup (JSON)').setInputFiles(backup.path);
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Imported' }).textContent())
      .toBe('Imported: 0 added, 0 updated, 3 unchanged.');
    expect(await clippingRows(es.session.worker)).toHaveLength(3);
  });

  it.each([
    [
      'not JSON',
      'this is not JSON {',
      /^Cannot import: the file is not JSON \(.+\)\. Saved clippings were not changed\.$/,
      [],
    ],
    [
      'a rules file',
      JSON.stringify({ formatName: 'kjwatch-rules', formatVersion: 1, rules: [] }),
      /not a kjwatch clippings backup \(formatName "kjwatch-rules"\)/,
      [],
    ],
    [
      'a newer version',
      JSON.stringify({ formatName: 'kjwatch-clippings', formatVersion: 2, clippings: [] }),
      /from a newer kjwatch \(formatVersion 2\)/,
      [],
    ],
    [
      'invalid items',
      JSON.stringify({
        formatName: 'kjwatch-clippings',
        formatVersion: 1,
        clippings: [CLIPPINGS[0], { ...CLIPPINGS[1], quote: '' }, 7],
      }),
      /^Cannot import: the file has 2 problem\(s\)\. Saved clippings were not changed:/,
      ['clippings[1].quote: must be non-empty text', 'clippings[2]: must be a clipping object'],
    ],
  ])('refuses %s, saying why, and changes nothing', async (_why, content, message, items) => {
    const before = await clippingRows(es.session.worker);
    const path = join(tmpdir(), `kjwatch-bad-${Date.now()}.json`);
    writeFileSync(path, content);
    await panel.getByLabel('Import backup (JSON)').setInputFiles(path);
    const alert = panel.locator('.import-status[role="alert"]');
    await expect.poll(() => alert.locator('p').textContent()).toMatch(message);
    expect(await alert.locator('li').allTextContents()).toEqual(items);
    expect(await clippingRows(es.session.worker)).toEqual(before);
  });
});
