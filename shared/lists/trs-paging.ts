// TRS WCM pages its static lists with a script call written into every list page:
//   createPageHTML(34, 0, "index", "html");            page 0 is index.html, page i index_i.html
//   var countPage = 34//共多少页
//   createPageHTML(countPage, currentPage, "index", "shtml");
// The page itself says how many pages exist and which one this is.
import type { DocLike } from '../dom/doc-like.ts';

export interface TrsPaging {
  /** Number of pages the list has. */
  count: number;
  /** This page's index, 0 for `index.html`. */
  index: number;
  /** File name stem and extension: page i is `${name}_${i}.${ext}`. */
  name: string;
  ext: string;
}

const CALL = /(\bfunction\s+)?createPageHTML\s*\(([^)]*)\)/g;
const QUOTED = /^(['"])(.*)\1$/s;

function numberArg(arg: string | undefined, script: string): number | undefined {
  if (arg === undefined) return undefined;
  if (/^\d+$/.test(arg)) return Number(arg);
  if (!/^[A-Za-z_$][\w$]*$/.test(arg)) return undefined;
  // A variable: its last numeric assignment before the call (`var countPage = 34//共多少页`).
  const assignments = [
    ...script.matchAll(new RegExp(`\\b${arg.replace(/\$/g, '\\$')}\\s*=\\s*(\\d+)`, 'g')),
  ];
  const last = assignments[assignments.length - 1];
  return last ? Number(last[1]) : undefined;
}

function stringArg(arg: string | undefined, fallback: string): string {
  const m = arg ? QUOTED.exec(arg) : null;
  return m?.[2]?.trim() || fallback;
}

/** The paging a TRS list page declares, or undefined when it declares none. */
export function parseTrsPaging(doc: DocLike): TrsPaging | undefined {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    for (const call of text.matchAll(CALL)) {
      if (call[1]) continue; // the pager's own definition, not a call
      const args = (call[2] ?? '').split(',').map((a) => a.trim());
      // Some templates pass the pager element's id first: createPageHTML('page_div', 34, 0, …).
      while (args.length > 0 && QUOTED.test(args[0] ?? '')) args.shift();
      const count = numberArg(args[0], text);
      const index = numberArg(args[1], text);
      if (count === undefined || index === undefined) continue;
      return { count, index, name: stringArg(args[2], 'index'), ext: stringArg(args[3], 'html') };
    }
  }
  return undefined;
}
