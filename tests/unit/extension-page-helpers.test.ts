// Small pure parts of the extension pages: site addresses as typed, the reveal fragment, the
// rule editor's drafts and where parseWatchRules' problems belong, message slots.
import { describe, expect, it } from 'vitest';
import { fillMessage } from '../../extension/lib/i18n/fill-message.ts';
import {
  draftFromRule,
  newDraft,
  ruleFromDraft,
} from '../../extension/lib/pages/options/rule-draft.ts';
import { locateProblem, problemsByField } from '../../extension/lib/pages/options/rule-problems.ts';
import { revealIdFromHash, revealUrl } from '../../extension/lib/protocol/tab-messages.ts';
import { parseSiteHost } from '../../extension/lib/sites/site-input.ts';
import type { WatchRule } from '../../shared/model.ts';
import { parseWatchRules } from '../../shared/rules/validate-rules.ts';

describe('parseSiteHost', () => {
  it.each([
    ['kjj.example.gov.cn', 'kjj.example.gov.cn'],
    [' www.KJJ.example.gov.cn ', 'kjj.example.gov.cn'],
    ['https://www.kjj.example.gov.cn/tzgg/index.html', 'kjj.example.gov.cn'],
    ['kjj.example.gov.cn:8080/x', 'kjj.example.gov.cn'],
    ['科技局.中国', 'xn--dgt58lv2v.xn--fiqs8s'],
    ['localhost', undefined],
    ['not a host', undefined],
    ['ftp://x.example.org', undefined],
    ['', undefined],
    ['*.example.org', undefined],
  ])('%j → %j', (input, host) => {
    expect(parseSiteHost(input)).toBe(host);
  });
});

describe('the reveal fragment', () => {
  it('round-trips an id through the URL, replacing a fragment the page had', () => {
    const url = revealUrl('https://www.most.gov.cn/a.html#top', 'id 1/2');
    expect(url).toBe('https://www.most.gov.cn/a.html#kjwatch-clipping=id%201%2F2');
    expect(revealIdFromHash(new URL(url).hash)).toBe('id 1/2');
  });

  it.each(['', '#top', '#xkjwatch-clipping=a', '#kjwatch-clipping=', '#kjwatch-clipping=%E0'])(
    'finds no id in %j',
    (hash) => {
      expect(revealIdFromHash(hash)).toBeUndefined();
    },
  );
});

describe('rule drafts', () => {
  it('turn a rule into editable text and back', () => {
    const rule: WatchRule = {
      id: 'inspection',
      name: '巡视',
      color: '#ffd54f',
      any: ['巡视', '巡察'],
      all: ['整改'],
      none: ['招聘'],
      fields: ['title'],
      sites: ['most-kjbgz', 'most-tztg'],
    };
    const draft = draftFromRule(rule);
    expect(draft.any).toBe('巡视\n巡察');
    expect(draft.sites).toBe('most-kjbgz, most-tztg');
    expect(ruleFromDraft(draft)).toEqual(rule);
    expect(ruleFromDraft(draftFromRule({ id: 'x', any: ['y'] }))).toEqual({ id: 'x', any: ['y'] });
  });

  it('name a new rule with an unused id', () => {
    const drafts = [
      draftFromRule({ id: 'rule-2', any: ['a'] }),
      draftFromRule({ id: 'b', any: ['a'] }),
    ];
    expect(newDraft(drafts).id).toBe('rule-3');
  });

  it('get their problems by rule and field', () => {
    const noFields = { ...draftFromRule({ id: 'ok', any: ['a'] }), title: false, body: false };
    const file = {
      formatName: 'kjwatch-rules',
      formatVersion: 1,
      rules: [
        ruleFromDraft(noFields),
        { id: 'bad id!', any: ['x'], color: 'red' },
        { id: 'empty' },
      ],
    };
    const parsed = parseWatchRules(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byField = problemsByField(parsed.problems);
    expect([...byField.keys()]).toEqual([0, 1, 2]);
    expect([...byField.get(0)!.keys()]).toEqual(['fields']);
    expect([...byField.get(1)!.keys()]).toEqual(['id', 'color']);
    expect([...byField.get(2)!.keys()]).toEqual(['any']);
    expect(locateProblem('rules[3] "a.b".any[1]')).toEqual({ rule: 3, field: 'any' });
    expect(locateProblem('formatName')).toBeUndefined();
  });
});

describe('fillMessage', () => {
  it('fills named slots and leaves unknown ones', () => {
    expect(fillMessage('共 {shown} 条（全部 {total} 条）{x}', { shown: 3, total: 10 })).toBe(
      '共 3 条（全部 10 条）{x}',
    );
  });
});
