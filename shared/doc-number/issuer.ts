// An issuer is the run of Han characters right before the bracket (or 令 / 公告). Running text
// glues words onto it (根据国科发资〔2021〕1号, 2001年1月20日科学技术部令第4号), so the run is
// cut after the last word that cannot belong to an issuer.

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const SPACE = /[ \t\u00a0\u3000]/;
const NUMERAL = /[0-9０-９〇零一二三四五六七八九十百千]/;

// Longest first so that 发文字号 wins over 文号 at the same position.
const BOUNDARY_WORDS = (
  '发文字号 根据 依据 按照 遵照 参照 对照 依照 印发 转发 下发 关于 文件 文号 字号 详见 参见 ' +
  '执行 落实 贯彻 现将 以及 通知 精神 要求 规定 的 和 与 及 或 见 将 即 号 等'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
// Most characters start no boundary word; skipping them keeps long runs cheap.
const BOUNDARY_STARTS = new Set(BOUNDARY_WORDS.map((w) => w[0]));

// 和 inside names: 共和国, ministries (工业和信息化部, 国家发展和改革委员会 …), 和平区 (Tianjin).
const HE_IN_NAMES = /^和(?:信息化|社会保障|城乡建设|旅游|改革|计划生育|平)/;

// 年/月/日/号 right after a number close a date or another number, never start an issuer.
const AFTER_NUMBER = /[年月日号]/;

// How far back to look; longer runs are prose, and the cut below keeps only the tail.
const MAX_RUN = 40;

function cutAfterLastBoundary(run: string, runStart: number, text: string): number {
  let cut = 0;
  for (let i = 0; i < run.length; i++) {
    const ch = run[i] ?? '';
    if (AFTER_NUMBER.test(ch) && NUMERAL.test(text[runStart + i - 1] ?? '')) {
      cut = i + 1;
      continue;
    }
    if (!BOUNDARY_STARTS.has(ch)) continue;
    const word = BOUNDARY_WORDS.find((w) => run.startsWith(w, i));
    if (!word) continue;
    if (word === '和' && (run[i - 1] === '共' || HE_IN_NAMES.test(run.slice(i)))) continue;
    cut = Math.max(cut, i + word.length);
  }
  return cut;
}

export interface Issuer {
  issuer: string;
  start: number;
}

/**
 * The issuer that ends right before `at` (spaces between it and the bracket are skipped),
 * trimmed of leading function words and capped at `maxLength` characters (the rightmost
 * ones). Null when nothing is left.
 */
export function findIssuerBefore(text: string, at: number, maxLength: number): Issuer | null {
  let end = at;
  while (end > 0 && end > at - 3 && SPACE.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < MAX_RUN && HAN.test(text[start - 1] ?? '')) start--;
  const run = text.slice(start, end);
  const cut = cutAfterLastBoundary(run, start, text);
  const kept = Math.max(start + cut, end - maxLength);
  if (kept >= end) return null;
  return { issuer: text.slice(kept, end), start: kept };
}
