// The notice's title, never the site name `<title>` carries: ArticleTitle meta, MOST's 标题
// cell, the heading nearest the body (checked against `<title>`), `<title>` without its
// `-中华人民共和国科学技术部` / `_科学技术部` / `-中国科学院…` tail.
import type { LabelledField } from './read-labels.ts';
import { type MetaTags, metaValue } from './read-meta.ts';
import type { Rendered } from './render-lines.ts';
import type { LineScores } from './score-lines.ts';
import { tidyLine } from './tidy-text.ts';

export interface TitleFound {
  text: string;
  /** The line showing the title, or -1. */
  line: number;
}

const ORG_TAIL =
  /(?:部|厅|廳|局|委|委员会|委員會|政府|门户网站|門戶網站|网站|網站|网|網|门户|門戶|院|所|中心|办公室|辦公室|大学|大學|学会|學會|协会|協會|平台)$/;
const PAGE_WORDS = new Set(['正文', '详情', '详细内容', '首页', '内容页', '文章', '信息公开']);
const LAST_SEPARATOR = /^(.*?\S)\s*([-_|｜]+|—+|–)\s*([^-_|｜—–]+)$/s;
const FIRST_SEPARATOR = /^([^-_|｜—–]+?)\s*(?:[-_|｜]+|—+|–)\s*(.+)$/s;

export const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * `标题_通知公告_科学技术部` → `标题`: trailing parts naming a site or an organisation, then
 * a short column name behind the same separator; `站名-标题` only for the page's own SiteName.
 * A hyphen inside a title (`1-10月…`) stays: what follows it names no organisation.
 */
export function stripSiteSuffix(title: string, known: readonly string[] = []): string {
  let t = tidyLine(title);
  const isKnown = (part: string) => known.some((k) => k.length > 1 && squash(k) === squash(part));
  let cutAt: string | undefined;
  for (let i = 0; i < 3; i++) {
    const [, head, separator, tail] = LAST_SEPARATOR.exec(t)?.map((p) => p.trim()) ?? [];
    if (!head || !tail || squash(head).length < 4) break;
    const isSite =
      isKnown(tail) ||
      PAGE_WORDS.has(tail) ||
      /中国科学院|中國科學院/.test(tail) ||
      (tail.length <= 40 && ORG_TAIL.test(tail));
    const isColumn = cutAt === separator && tail.length <= 12;
    if (!isSite && !isColumn) break;
    t = head;
    cutAt = separator;
  }
  const [, first, rest] = cutAt ? [] : (FIRST_SEPARATOR.exec(t) ?? []);
  return first && rest && isKnown(first) && squash(rest).length >= 4 ? rest.trim() : t;
}

export interface TitleInput {
  r: Rendered;
  scores: LineScores;
  meta: MetaTags;
  labels: readonly LabelledField[];
  pageTitle: string;
  bodyStart: number;
  bodyEnd: number;
}

function headingTitle(input: TitleInput, stripped: string): TitleFound | undefined {
  const { r, scores, meta, bodyStart, bodyEnd } = input;
  const page = squash(input.pageTitle);
  const column = squash(meta.get('columnname') ?? '');
  let top: { found: TitleFound; score: number } | undefined;
  for (const el of r.headings) {
    if (el.lineStart > bodyStart + 1 || el.lineEnd > bodyEnd || el.lineEnd - el.lineStart > 3)
      continue;
    const lines = r.lines.slice(el.lineStart, el.lineEnd);
    const text = tidyLine(lines.map((l) => l.text).join(' '));
    const key = squash(text);
    if (key.length < 2 || key.length > 200) continue;
    let score = -Math.max(0, bodyStart - el.lineStart);
    if (key.length >= 4 && page.includes(key)) score += 100;
    else if (squash(stripped).length >= 6 && key.includes(squash(stripped))) score += 80;
    if (key === column || key.length <= 4) score -= 60;
    if (scores.inFurniture(el.lineStart)) score -= 50;
    if (lines.some((l) => l.linkChars * 2 > l.chars)) score -= 50;
    if (!top || score > top.score) top = { found: { text, line: el.lineStart }, score };
  }
  return top && top.score > -60 ? top.found : undefined;
}

/** The line nearest before the body that shows `title`. */
function lineOf(input: TitleInput, title: string): number {
  const key = squash(title);
  if (key.length < 2) return -1;
  const from = Math.min(input.bodyStart + 1, input.r.lines.length - 1);
  for (let i = from; i >= 0 && i >= input.bodyStart - 80; i--) {
    const text = squash(input.r.lines[i]?.text ?? '');
    if (text === key || (text.includes(key) && text.length <= key.length * 1.5)) return i;
  }
  return -1;
}

export function findTitle(input: TitleInput, override?: string): TitleFound {
  const { meta } = input;
  const known = [meta.get('sitename') ?? '', meta.get('columnname') ?? ''];
  const stripped = stripSiteSuffix(input.pageTitle, known);
  const fromMeta = metaValue(meta, 'articletitle', 'title', 'ogtitle');
  const fromLabel = input.labels.find(
    (f) => f.key === 'title' && f.value && f.line < input.bodyStart,
  );
  const choices = [
    override,
    fromMeta && !known.includes(fromMeta) ? stripSiteSuffix(fromMeta, known) : undefined,
    fromLabel?.value,
  ];
  for (const choice of choices) {
    const text = choice && tidyLine(choice);
    if (text) return { text, line: lineOf(input, text) };
  }
  const heading = headingTitle(input, stripped);
  if (heading) return heading;
  return { text: stripped, line: lineOf(input, stripped) };
}
