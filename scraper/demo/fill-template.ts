// Replica pages are the repository's fixture pages with their content swapped: the fixture
// keeps each family's real markup (navigation, metadata, footer), and the profile's own
// selectors say where title, date, body and list go. linkedom edits and serialises them.
import { parseHTML } from 'linkedom';

export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`,
  );

export interface Fill {
  selector: string;
  /** Replaces the element's content (HTML). */
  html?: string;
  /** Replaces the element's content (text). */
  text?: string;
  /** Sets attributes. */
  attrs?: Record<string, string>;
  /** Removes the element. */
  remove?: boolean;
}

type Doc = ReturnType<typeof parseHTML>['document'];

/** Applies the fills to a page; a selector that finds nothing is a broken template. */
export function fillTemplate(html: string, fills: readonly Fill[], edit?: (doc: Doc) => void) {
  const { document } = parseHTML(html);
  for (const fill of fills) {
    const elements = Array.from(document.querySelectorAll(fill.selector));
    if (elements.length === 0)
      throw new Error(`replica template: nothing matches ${fill.selector}`);
    for (const el of elements) {
      if (fill.remove) {
        el.remove();
        continue;
      }
      if (fill.html !== undefined) el.innerHTML = fill.html;
      if (fill.text !== undefined) el.textContent = fill.text;
      for (const [name, value] of Object.entries(fill.attrs ?? {})) el.setAttribute(name, value);
    }
  }
  edit?.(document);
  return document.toString();
}

/** `<title>` and `ArticleTitle` of a page: the notice's title with the site's suffix kept. */
export function titleFills(fixtureTitle: string, title: string, html: string): Fill[] {
  const pageTitle = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  const suffix = pageTitle.startsWith(fixtureTitle) ? pageTitle.slice(fixtureTitle.length) : '';
  const fills: Fill[] = [{ selector: 'title', text: `${title}${suffix}` }];
  if (/name="ArticleTitle"/i.test(html))
    fills.push({ selector: 'meta[name="ArticleTitle"]', attrs: { content: title } });
  return fills;
}

/** The closing signature: an issuer line followed by a date line at the very end. */
function signatureStart(paragraphs: readonly string[]): number {
  const n = paragraphs.length;
  const last = paragraphs[n - 1] ?? '';
  const before = paragraphs[n - 2] ?? '';
  return n >= 3 && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(last) && before.length <= 40 ? n - 2 : n;
}

/**
 * A notice body as the family writes it: paragraphs with a full-width indent (not the
 * addressee line), the `附件：` links, then the signature lines right-aligned.
 */
export function bodyHtml(
  paragraphs: readonly string[],
  attachments: readonly { name: string; path: string }[] = [],
  indent = '　　',
): string {
  const signature = signatureStart(paragraphs);
  const text = paragraphs.slice(0, signature).map((p, i) => {
    const addressee = i === 0 && /[：:]$/.test(p);
    return `<p>${addressee ? '' : indent}${escapeHtml(p)}</p>`;
  });
  const links = attachments.map(
    (a, i) =>
      `<p>${i === 0 ? '附件：' : '　　　'}<a href="${escapeHtml(a.path)}">${escapeHtml(a.name)}</a></p>`,
  );
  const closing = paragraphs
    .slice(signature)
    .map((p) => `<p style="text-align: right;">${escapeHtml(p)}</p>`);
  return [...text, ...links, ...closing].join('\n');
}
