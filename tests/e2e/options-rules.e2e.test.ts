// The options page's watch-rule editor: editing, adding, colours and deleting rules; problems
// shown at their rule and field (nothing saved); the `kjwatch-rules` file imported through the
// 导入规则 / Import rules file input (a bad file changes nothing) and exported.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WatchRule } from '../../shared/model.ts';
import { replaceRules, rulesFile, sendFromPage } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { download, openReadyPage } from './harness/library-pages.ts';
import { type SiteServer, startSiteServer } from './harness/site-server.ts';

const START: WatchRule[] = [
  { id: 'inspection', name: '巡视巡察', color: '#ffd54f', any: ['巡视', '巡察'], none: ['招聘'] },
  { id: 'party', any: ['党建'], fields: ['title'], sites: ['most-tztg'] },
];

function tempFile(content: string): string {
  const path = join(tmpdir(), `kjwatch-rules-${Date.now()}-${Math.random()}.json`);
  writeFileSync(path, content);
  return path;
}

describe('the watch-rule editor', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;
  const storedRules = async () =>
    ((await sendFromPage(page, { type: 'rules:list' })) as { value: { rules: WatchRule[] } }).value
      .rules;
  const rule = (n: number) => page.getByRole('group', { name: new RegExp(`^Rule ${n}:`) });

  beforeAll(async () => {
    server = await startSiteServer([]);
    session = await launchExtension(server.port);
  });
  beforeEach(async () => {
    await replaceRules(session, START);
    await page?.close();
    page = await openReadyPage(session, 'options.html');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows each rule field by field', async () => {
    expect(await rule(1).getByLabel('ID', { exact: true }).inputValue()).toBe('inspection');
    expect(await rule(1).getByLabel('Name', { exact: true }).inputValue()).toBe('巡视巡察');
    expect(await rule(1).getByLabel('Colour', { exact: true }).inputValue()).toBe('#ffd54f');
    expect(await rule(1).getByLabel('Any of (one term per line)').inputValue()).toBe('巡视\n巡察');
    expect(await rule(1).getByLabel('None of (one term per line)').inputValue()).toBe('招聘');
    expect(await rule(2).getByLabel('Title', { exact: true }).isChecked()).toBe(true);
    expect(await rule(2).getByLabel('Body', { exact: true }).isChecked()).toBe(false);
    expect(
      await rule(2)
        .getByLabel(/^Only on sites/)
        .inputValue(),
    ).toBe('most-tztg');
  });

  it('edits, adds, colours and deletes rules, and saves them', async () => {
    await rule(1).getByLabel('Any of (one term per line)').fill('巡视\n巡察\n整改');
    await rule(1).getByLabel('Colour', { exact: true }).fill('#90caf9');
    await rule(2).getByRole('button', { name: 'Delete this rule' }).click();
    await page.getByRole('button', { name: 'Add rule' }).click();
    await rule(2).getByLabel('ID', { exact: true }).fill('plan');
    await rule(2).getByLabel('Name', { exact: true }).fill('科技计划');
    await rule(2).getByLabel('All of (one term per line)').fill('科技计划');
    await rule(2).getByLabel('Colour', { exact: true }).fill('#a5d6a7');
    await rule(2).getByLabel('Body', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent())
      .toBe('Saved 2 rules.');
    expect(await storedRules()).toEqual([
      {
        id: 'inspection',
        name: '巡视巡察',
        color: '#90caf9',
        any: ['巡视', '巡察', '整改'],
        none: ['招聘'],
      },
      {
        id: 'plan',
        name: '科技计划',
        color: '#a5d6a7',
        all: ['科技计划'],
        fields: ['title'],
      },
    ]);
  });

  it('shows each problem at its rule and field, and saves nothing', async () => {
    await rule(1).getByLabel('ID', { exact: true }).fill('bad id!');
    await rule(2).getByLabel('Any of (one term per line)').fill('');
    await rule(2).getByLabel('Title', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Save rules' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'problem' });
    await expect
      .poll(() => alert.locator('p').textContent())
      .toBe('The rules have 3 problem(s) and were not saved:');
    const id = rule(1).getByLabel('ID', { exact: true });
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    const described = await id.getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).textContent()).toMatch(/short identifier/);
    expect(
      await rule(2).getByLabel('Any of (one term per line)').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await rule(2).locator('.problem').allTextContents()).toEqual([
      'needs at least one term in "any" or "all"',
      'must be a non-empty list of "title" and/or "body"',
    ]);
    expect(
      await rule(1).getByLabel('Name', { exact: true }).getAttribute('aria-invalid'),
    ).toBeNull();
    expect(await storedRules()).toEqual(START);
  });

  it('imports a kjwatch-rules file through the Import rules input', async () => {
    const imported: WatchRule[] = [{ id: 'ai', name: '人工智能', any: ['人工智能', 'AI'] }];
    await page
      .getByLabel('Import rules')
      .setInputFiles(tempFile(JSON.stringify(rulesFile(imported))));
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).textContent())
      .toBe('Imported 1 rules.');
    expect(await storedRules()).toEqual(imported);
    expect(await rule(1).getByLabel('ID', { exact: true }).inputValue()).toBe('ai');
    expect(await page.locator('fieldset.rule').count()).toBe(1);
  });

  it.each([
    ['not JSON', '{ "formatName": ', /^Cannot import: the rules file is not JSON/, 0],
    [
      'invalid rules',
      JSON.stringify({ formatName: 'kjwatch-rules', formatVersion: 9, rules: [{ id: 'x' }] }),
      /^Cannot import: the rules file has 2 problem\(s\)/,
      2,
    ],
  ])(
    'refuses a bad rules file (%s) and keeps the rules',
    async (_why, content, message, listed) => {
      await page.getByLabel('Import rules').setInputFiles(tempFile(content));
      const alert = page.getByRole('alert').filter({ hasText: 'Cannot import' });
      await expect.poll(() => alert.locator('p').textContent()).toMatch(message);
      expect(await alert.locator('li').count()).toBe(listed);
      expect(await storedRules()).toEqual(START);
    },
  );

  it('exports the stored rules as a kjwatch-rules file the CLI reads', async () => {
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Export rules' }).click(),
    );
    expect(file.name).toBe('kjwatch-rules.json');
    expect(JSON.parse(file.text)).toEqual(rulesFile(START));
  });
});
