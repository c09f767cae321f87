import { describe, expect, it } from 'vitest';
import { parseWatchRules } from '../../shared/rules/validate-rules.ts';

const file = (rules: unknown, extra: Record<string, unknown> = {}) => ({
  formatName: 'kjwatch-rules',
  formatVersion: 1,
  rules,
  ...extra,
});

function problemsOf(input: unknown): string[] {
  const result = parseWatchRules(input);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('parseWatchRules', () => {
  it('accepts the DESIGN.md example and keeps every field', () => {
    const example = file([
      {
        id: 'inspection',
        name: '巡视巡察整改',
        color: '#ffd54f',
        any: ['巡视', '巡察'],
        all: ['整改'],
        none: ['招聘'],
        fields: ['title', 'body'],
        sites: ['most-kjbgz'],
      },
    ]);
    const result = parseWatchRules(example);
    expect(result).toEqual({ ok: true, rules: example.rules });
  });

  it.each([
    ['not an object', [], /^\(file\): must be a JSON object/],
    [
      'wrong formatName',
      { ...file([]), formatName: 'other' },
      /^formatName: must be "kjwatch-rules"/,
    ],
    [
      'newer formatVersion',
      file([], { formatVersion: 2 }),
      /^formatVersion: is 2: this file was written by a newer kjwatch/,
    ],
    ['rules not a list', file({}), /^rules: must be a list of rules/],
    ['rule not an object', file(['巡视']), /^rules\[0\]: must be an object/],
    ['missing id', file([{ any: ['a'] }]), /^rules\[0\]\.id: must be a short identifier/],
    [
      'duplicate id',
      file([
        { id: 'a', any: ['x'] },
        { id: 'a', any: ['y'] },
      ]),
      /^rules\[1\] "a"\.id: is used by an earlier rule/,
    ],
    ['no terms', file([{ id: 'a' }]), /^rules\[0\] "a": needs at least one term in "any" or "all"/],
    [
      'empty any and all',
      file([{ id: 'a', any: [], all: [] }]),
      /^rules\[0\] "a": needs at least one term/,
    ],
    [
      'terms not a list',
      file([{ id: 'a', any: '巡视' }]),
      /^rules\[0\] "a"\.any: must be a list of terms/,
    ],
    [
      'empty term',
      file([{ id: 'a', any: ['巡视', ' '] }]),
      /^rules\[0\] "a"\.any\[1\]: must be a non-empty string/,
    ],
    [
      'invisible-only term',
      file([{ id: 'a', all: ['\u200b'] }]),
      /^rules\[0\] "a"\.all\[0\]: "\u200b" has nothing left to match/,
    ],
    [
      'bad field name',
      file([{ id: 'a', any: ['x'], fields: ['summary'] }]),
      /^rules\[0\] "a"\.fields: must be a non-empty list of "title" and\/or "body"/,
    ],
    [
      'bad colour',
      file([{ id: 'a', any: ['x'], color: 'yellow' }]),
      /^rules\[0\] "a"\.color: must be a hex colour/,
    ],
    [
      'bad sites',
      file([{ id: 'a', any: ['x'], sites: [''] }]),
      /^rules\[0\] "a"\.sites: must be a list of site profile ids/,
    ],
    [
      'unknown key',
      file([{ id: 'a', any: ['x'], anyOf: ['y'] }]),
      /^rules\[0\] "a"\.anyOf: is not a rule field/,
    ],
  ])('%s', (_name, input, message) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('collects every problem of every rule instead of stopping at the first', () => {
    const problems = problemsOf({
      formatName: 'kjwatch-rules',
      formatVersion: 1,
      rules: [
        { id: 'ok', any: ['巡视'] },
        { id: 'b', any: [''], color: 'red' },
        { id: 'c', fields: 'title', all: ['x'] },
      ],
    });
    expect(problems).toEqual([
      'rules[1] "b".color: must be a hex colour such as "#ffd54f"',
      'rules[1] "b".any[0]: must be a non-empty string',
      'rules[2] "c".fields: must be a non-empty list of "title" and/or "body"',
    ]);
  });
});
