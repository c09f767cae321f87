// Labelled fields: `索 引 号：30642-2025-001`, MOST's metadata table (a label cell, then its
// value cell), `发布时间：2021-01-28 | 文章来源：党委办公室 | 【打印】`. Rendered lines keep
// table cells apart with tabs, so one reader covers tables, definition lists and inline text.
import type { Line } from './render-lines.ts';

export type LabelKey =
  | 'title'
  | 'index'
  | 'publisher'
  | 'docNumber'
  | 'published'
  | 'written'
  | 'source'
  | 'other';

export interface LabelledField {
  key: LabelKey;
  label: string;
  value: string;
  line: number;
}

// Simplified and traditional spellings; longest first so 发布日期 wins over 日期.
const LABELS: ReadonlyArray<[LabelKey, string[]]> = [
  ['title', ['标题', '標題', '文件名称']],
  ['index', ['索引号', '索引號']],
  [
    'publisher',
    [
      '发文机构',
      '发布机构',
      '发文机关',
      '发文单位',
      '发布单位',
      '制发机关',
      '發文機構',
      '發布機構',
    ],
  ],
  ['docNumber', ['发文字号', '发文文号', '文件编号', '發文字號', '文号', '文號']],
  [
    'published',
    [
      '发布日期',
      '发布时间',
      '发表时间',
      '公开日期',
      '發布日期',
      '發佈日期',
      '發布時間',
      '發佈時間',
      '日期',
      '时间',
      '時間',
    ],
  ],
  ['written', ['成文日期', '印发日期', '生成日期']],
  ['source', ['文章来源', '信息来源', '稿件来源', '新闻来源', '消息来源', '来源', '來源', '出处']],
  [
    'other',
    [
      '有效性',
      '主题分类',
      '公文种类',
      '主题词',
      '体裁分类',
      '组配分类',
      '服务对象',
      '实施日期',
      '生效日期',
      '废止日期',
      '所属机构',
      '信息分类',
      '关键词',
      '作者',
      '浏览次数',
      '点击数',
      '阅读次数',
      '字号',
      '统一编号',
      '有效期',
    ],
  ],
];

const KEY_OF = new Map<string, LabelKey>();
for (const [key, labels] of LABELS) for (const l of labels) KEY_OF.set(l, key);

const spaced = (label: string) => [...label].join('\\s*');
const ALTERNATION = [...KEY_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .join('|');
// A label starts a field or follows a space, bracket or separator (会议时间： is not 时间：).
const LABEL_AT = new RegExp(`(?<![\\u3400-\\u9fff])(${ALTERNATION})\\s*[:：]`, 'g');
const BARE_LABEL = new RegExp(`^[【\\[]?\\s*(${ALTERNATION})\\s*[:：]?\\s*[】\\]]?$`);
const VALUE_END = /\s*(?:[|｜【[]|\t).*$/s;

const STARTS_WITH_LABEL = new RegExp(`^[【\\[]?\\s*(?:${ALTERNATION})\\s*[:：]`);

/** A line opening with a field label (`发布时间：…`, `索 引 号：…`): page metadata. */
export function startsWithLabel(text: string): boolean {
  return STARTS_WITH_LABEL.test(text);
}

const keyOf = (label: string): LabelKey => KEY_OF.get(label.replace(/\s+/g, '')) ?? 'other';

/** Every labelled field on the given lines, in document order. */
export function readLabels(lines: readonly Line[], from = 0, to = lines.length): LabelledField[] {
  const found: LabelledField[] = [];
  // Fields of the whole range as one sequence: a label cell's value may be the next line.
  const fields: Array<{ text: string; line: number }> = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || line.text.length > 400) continue;
    for (const text of line.text.split('\t')) fields.push({ text, line: i });
  }
  fields.forEach((field, f) => {
    const bare = field.text.length <= 16 ? BARE_LABEL.exec(field.text) : null;
    if (bare?.[1]) {
      const next = fields[f + 1];
      const isLabel = next && next.text.length <= 16 && BARE_LABEL.test(next.text);
      const value = next && !isLabel && next.line <= field.line + 1 ? next.text : '';
      found.push({ key: keyOf(bare[1]), label: bare[1], value: value.trim(), line: field.line });
      return;
    }
    if (!field.text.includes(':') && !field.text.includes('：')) return;
    const hits = [...field.text.matchAll(LABEL_AT)];
    hits.forEach((hit, h) => {
      const start = hit.index + hit[0].length;
      const end = hits[h + 1]?.index ?? field.text.length;
      const value = field.text.slice(start, end).replace(VALUE_END, '').trim();
      const label = hit[1] ?? '';
      found.push({ key: keyOf(label), label, value: value.slice(0, 120), line: field.line });
    });
  });
  return found;
}
