// Exports from the side panel, downloaded and read back field by field: CSV (BOM, formula-safe),
// the JSON backup, Markdown, RIS, BibTeX, CSL-JSON and W3C Web Annotations; buttons named by
// their formats; only what the list shows when it is filtered.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clipping } from '../../shared/model.ts';
import { csvRecords } from '../support/read-csv.ts';
import {
  EXPORT_CLIPPINGS as CLIPPINGS,
  type ExportSession,
  exportFrom,
  MOST,
  notice,
  openPanelForExport,
} from './sidepanel-export-data.ts';

const sorted = (cs: readonly { id: string }[]) => [...cs].sort((x, y) => x.id.localeCompare(y.id));

describe('side panel exports', () => {
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

  it('names the export buttons by their formats', async () => {
    const region = panel.getByRole('region', { name: 'Export' });
    const names = await region.locator('.formats').getByRole('button').allTextContents();
    expect(names).toEqual(['CSV', 'JSON', 'Markdown', 'RIS', 'BibTeX', 'CSL-JSON', 'JSON-LD']);
    for (const name of names)
      expect(await region.getByRole('button', { name, exact: true }).count()).toBe(1);
  });

  it('exports CSV with a BOM, every field, formula-safe', async () => {
    const file = await exportAs('CSV');
    expect(file.name).toMatch(/^kjwatch-clippings-\d{8}\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRecords(file.text.slice(1));
    expect(rows.map((r) => r['编号 id'])).toEqual(['c', 'b', 'a']);
    const [c, b, a] = rows;
    expect(a).toMatchObject({
      '摘录 quote': '开展巡视整改工作',
      '批注 note': '要点：\n按期整改',
      '标签 tags': '巡视; 整改',
      '公文标题 title': notice.title,
      '发布日期 publishedAt': '2024-01-05',
      '发文机构 publisher': '科学技术部',
      '发文字号 documentNumber': '国科发〔2024〕1号',
      '网址 URL': MOST,
      '摘录时间 createdAt': '2024-01-05T08:00:00.000Z',
      '修改时间 updatedAt': '2024-01-06T08:00:00.000Z',
    });
    expect(b).toMatchObject({
      '摘录 quote': `'=HYPERLINK("http://evil")`,
      '批注 note': "'@x",
      '标签 tags': "'+x; -x; ＝1+1",
    });
    expect(c).toMatchObject({
      '页面标题 pageTitle': '光机所新闻',
      '公文标题 title': '',
      '发文机构 publisher': '',
    });
  });

  it('exports the JSON backup with every clipping as stored', async () => {
    const file = await exportAs('JSON');
    expect(file.name).toMatch(/^kjwatch-clippings-\d{8}\.json$/);
    const backup = JSON.parse(file.text);
    expect(backup.formatName).toBe('kjwatch-clippings');
    expect(backup.formatVersion).toBe(1);
    expect(Date.parse(backup.exportedAt)).toBeGreaterThan(Date.parse('2024-01-01'));
    expect(sorted(backup.clippings)).toEqual(sorted(CLIPPINGS));
  });

  it('exports Markdown: one section per page, quotes as blockquotes, notes below', async () => {
    const { text } = await exportAs('Markdown');
    expect(text.match(/^## .*$/gm)).toEqual(['## 光机所新闻', `## ${notice.title}`]);
    expect(text).toContain('> 开展巡视整改工作\n\n要点：\n按期整改\n\n标签 Tags: 巡视 · 整改');
  });

  it('exports RIS records for Zotero', async () => {
    const { text } = await exportAs('RIS');
    const records = text.split('ER  - \r\n').filter((r) => r.trim());
    expect(records).toHaveLength(3);
    const a = records[2]!;
    for (const line of [
      'TY  - GOVDOC',
      `TI  - ${notice.title}`,
      'AU  - 科学技术部,',
      'DA  - 2024/01/05/',
      `UR  - ${MOST}`,
      'Y2  - 2024/01/05/',
      'KW  - 巡视',
      'AB  - 开展巡视整改工作',
      'N1  - 要点： 按期整改',
    ])
      expect(a).toContain(`${line}\r\n`);
  });

  it('exports BibTeX and CSL-JSON', async () => {
    const bib = (await exportAs('BibTeX')).text;
    expect(bib.match(/^@\w+\{[^,]+,/gm)).toEqual([
      '@misc{kjwatch-nd-c,',
      '@techreport{kjwatch-2024-b,',
      '@techreport{kjwatch-2024-a,',
    ]);
    expect(bib).toContain('  annote = {要点： 按期整改}');
    const csl = JSON.parse((await exportAs('CSL-JSON')).text);
    expect(csl[2]).toMatchObject({
      id: 'a',
      type: 'report',
      title: notice.title,
      abstract: '开展巡视整改工作',
      note: '要点：\n按期整改',
      keyword: '巡视, 整改',
      issued: { 'date-parts': [[2024, 1, 5]] },
    });
  });

  it('exports W3C Web Annotations (JSON-LD)', async () => {
    const file = await exportAs('JSON-LD');
    expect(file.name).toMatch(/\.jsonld$/);
    const doc = JSON.parse(file.text);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const a = doc.first.items[2];
    expect(a).toMatchObject({
      type: 'Annotation',
      id: 'urn:kjwatch:clipping:a',
      target: { source: MOST },
    });
    expect(a.body).toEqual([
      {
        type: 'TextualBody',
        value: '要点：\n按期整改',
        format: 'text/plain',
        purpose: 'commenting',
      },
      { type: 'TextualBody', value: '巡视', purpose: 'tagging' },
      { type: 'TextualBody', value: '整改', purpose: 'tagging' },
    ]);
    expect(a.target.selector).toEqual(CLIPPINGS[0]!.selectors);
  });

  it('exports only what the list shows when filtered', async () => {
    await panel.getByRole('searchbox').fill('激光');
    const backup = JSON.parse((await exportAs('JSON')).text);
    expect(backup.clippings.map((c: Clipping) => c.id)).toEqual(['c']);
    await panel.getByRole('searchbox').fill('');
  });
});
