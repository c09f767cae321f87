// JSON Lines: one Notice per line, exactly the fields of the data model (what a store adds,
// such as version numbers, stays out), so `kjwatch extract` and `export --format jsonl` agree.
import type { Notice } from '../model.ts';

export function noticeFields(notice: Notice): Notice {
  const out: Notice = {
    id: notice.id,
    url: notice.url,
    title: notice.title,
    bodyText: notice.bodyText,
    attachments: notice.attachments,
    related: notice.related,
    matches: notice.matches,
  };
  const optional = [
    'siteId',
    'publishedAt',
    'publisher',
    'documentNumber',
    'indexNumber',
    'column',
    'fetchedAt',
    'contentHash',
  ] as const;
  for (const key of optional) {
    const value = notice[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function noticeToJsonLine(notice: Notice): string {
  return `${JSON.stringify(noticeFields(notice))}\n`;
}
