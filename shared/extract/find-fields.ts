// The metadata researchers cite besides title and date: 发文机构/来源, 文号, 索引号, 栏目.
import { findDocumentNumbers } from '../doc-number/find-document-numbers.ts';
import { squash } from './find-title.ts';
import { labelled, type PageContext } from './page-context.ts';
import { metaValue } from './read-meta.ts';

/** `省发改委 | 浏览次数` → `省发改委`; a date or a bare number is not a publisher. */
function cleanSource(value: string | undefined): string | undefined {
  const v = value
    ?.replace(/\s*(?:[|｜【[（(]|\s{2,}|作者|编辑|浏览|点击|发布|时间|日期).*$/s, '')
    .trim();
  if (!v || v.length > 40 || /^[\d\s:：.\-/年月日]+$/.test(v)) return undefined;
  // "this site", "original": the page names no one.
  if (/^(?:本站|本网|本网站|原创|网站|未知|其他|无)$/.test(v)) return undefined;
  return v;
}

export function findPublisher(ctx: PageContext, override?: string): string | undefined {
  const line = (i: number) => ctx.r.lines[i]?.text ?? '';
  // `（来源：科技日报）` as a body's first or last line.
  const edges = [ctx.bodyLines[0], ...ctx.bodyLines.slice(-2)].filter((i) => i !== undefined);
  const edgeSource = edges
    .map(
      (i) => /^[（(]?\s*(?:文章|信息|稿件)?来源\s*[:：]\s*([^）)]{2,40})[）)]?$/.exec(line(i))?.[1],
    )
    .find((v) => v !== undefined);
  return (
    cleanSource(override) ??
    labelled(ctx, 'publisher')
      .map((f) => cleanSource(f.value))
      .find((v) => v !== undefined) ??
    cleanSource(metaValue(ctx.meta, 'contentsource', 'source')) ??
    labelled(ctx, 'source')
      .map((f) => cleanSource(f.value))
      .find((v) => v !== undefined) ??
    cleanSource(edgeSource) ??
    ctx.signature?.issuer
  );
}

/** A line that is (mostly) one 文号: `遂科技党组〔2020〕20号` standing under the title. */
function numberLine(text: string): string | undefined {
  if (text.length > 60) return undefined;
  const [first] = findDocumentNumbers(text);
  if (!first) return undefined;
  return first.raw.length >= squash(text).length * 0.6 ? first.raw : undefined;
}

export function findDocumentNumber(ctx: PageContext, override?: string): string | undefined {
  if (override?.trim()) return override.trim();
  // MOST's 发文字号 cell is taken exactly as written (主席令第四十三号 is no bracket number).
  const cell = labelled(ctx, 'docNumber').find((f) => f.line < ctx.body.start);
  if (cell) return cell.value;
  const top = [];
  for (let i = ctx.headerStart; i < ctx.headerEnd; i++) top.push(i);
  top.push(...ctx.bodyLines.slice(0, 3));
  for (const i of top) {
    const found = numberLine(ctx.r.lines[i]?.text ?? '');
    if (found) return found;
  }
  return undefined;
}

export function findIndexNumber(ctx: PageContext): string | undefined {
  const field = ctx.labels.find((f) => f.key === 'index' && f.value);
  return field?.value.match(/[A-Za-z0-9][\w\-/.]*\w/)?.[0];
}

const CRUMB_LABEL =
  /^(?:当前位置|您的位置|你的位置|您现在的位置|您当前的位置|所在位置|當前位置|位置)\s*[:：]?\s*/;
const CRUMB_SEPARATOR = /\s*(?:>+|＞|›|»|→|\/|》|-{2,})\s*/;
const NOT_A_COLUMN = new Set([
  '正文',
  '详情',
  '内容',
  '文章',
  '浏览',
  '详细内容',
  '正文内容',
  '阅读',
]);

export function findColumn(ctx: PageContext): string | undefined {
  const fromMeta = metaValue(ctx.meta, 'columnname');
  if (fromMeta) return fromMeta;
  const title = squash(ctx.title.text);
  const line = (i: number) => ctx.r.lines[i]?.text ?? '';
  for (let i = 0; i < ctx.body.start && i < ctx.r.lines.length; i++) {
    let text = line(i);
    if (!CRUMB_LABEL.test(text) && !/^首页/.test(text)) continue;
    // Crumbs written one per element: `首页` / `> 要闻` / `> 山西要闻`.
    for (let j = i + 1; j < i + 10 && /^(?:>|＞|›|»|→)/.test(line(j)); j++) text += line(j);
    const parts = text
      .replace(CRUMB_LABEL, '')
      .split(CRUMB_SEPARATOR)
      .map((p) => p.trim())
      .filter((p) => p && !NOT_A_COLUMN.has(p) && squash(p) !== title);
    const last = parts[parts.length - 1];
    if (last && parts.length > 1) return last;
  }
  return undefined;
}
