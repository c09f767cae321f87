import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/kjwatch.js');
const sampleRules = join(import.meta.dirname, '../fixtures/rules/sample.json');

function kjwatch(args: string[], stdin = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { input: stdin, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kjwatch match', () => {
  it('prints satisfied rules and spans in UTF-16 offsets of the input', () => {
    const text = '😀院黨組巡視整改工作';
    const r = kjwatch(['match', '--rules', sampleRules], text);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.rules).toEqual(['inspection']);
    expect(out.spans).toEqual([
      { rule: 'inspection', term: '巡视', start: 5, end: 7 },
      { rule: 'inspection', term: '整改', start: 7, end: 9 },
    ]);
    expect(text.slice(5, 9)).toBe('巡視整改');
  });

  it('applies --field to rules limited to titles', () => {
    expect(
      JSON.parse(kjwatch(['match', '--rules', sampleRules, '--field', 'title'], '人工智能').stdout)
        .rules,
    ).toEqual(['ai']);
    expect(
      JSON.parse(kjwatch(['match', '--rules', sampleRules, '--field', 'body'], '人工智能').stdout)
        .rules,
    ).toEqual([]);
  });

  it.each([
    [
      'a missing rules file',
      ['--rules', '/nonexistent/rules.json'],
      /^kjwatch: rules file \/nonexistent\/rules.json: no such file\n$/,
    ],
    [
      'a rules file that is not JSON',
      ['--rules', 'NOTJSON'],
      /^kjwatch: rules file .* is not valid JSON: /,
    ],
    [
      'an invalid rules file',
      ['--rules', 'INVALID'],
      /^kjwatch: rules file .* has 2 problems: rules\[0\] "a"\.any\[0\]: must be a non-empty string; rules\[1\]\.id: /,
    ],
    [
      'a bad --field',
      ['--rules', sampleRules, '--field', 'summary'],
      /^kjwatch: --field must be "title" or "body"/,
    ],
  ])('rejects %s with one line and a non-zero exit', (_name, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'kjwatch-'));
    const notJson = join(dir, 'broken.json');
    const invalid = join(dir, 'invalid.json');
    writeFileSync(notJson, '{"formatName": "kjwatch-rules", ');
    writeFileSync(
      invalid,
      JSON.stringify({
        formatName: 'kjwatch-rules',
        formatVersion: 1,
        rules: [{ id: 'a', any: [''] }, { any: ['x'] }],
      }),
    );
    const resolved = args.map((a) => (a === 'NOTJSON' ? notJson : a === 'INVALID' ? invalid : a));
    const r = kjwatch(['match', ...resolved], '巡视');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
