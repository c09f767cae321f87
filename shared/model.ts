// The data model of DESIGN.md. One concept, one name: a notice is never an "article" or "item".

export interface Attachment {
  name: string;
  url: string;
}

export interface RelatedLink {
  title: string;
  url: string;
}

export interface Notice {
  /** Stable: hash of the canonical URL. */
  id: string;
  url: string;
  siteId?: string;
  title: string;
  /** ISO 8601 date, or date-time with +08:00 when the page gives a time. Never invented. */
  publishedAt?: string;
  /** 发文机构 / 来源 */
  publisher?: string;
  /** 文号 */
  documentNumber?: string;
  /** 索引号 */
  indexNumber?: string;
  /** 栏目 */
  column?: string;
  bodyText: string;
  attachments: Attachment[];
  /** 相关文档 / 政策解读: links the page lists beside the body, never part of it. */
  related: RelatedLink[];
  fetchedAt?: string;
  contentHash?: string;
  /** Ids of the watch rules the notice satisfies. */
  matches: string[];
}

export type RuleField = 'title' | 'body';

export interface WatchRule {
  id: string;
  name?: string;
  color?: string;
  any?: string[];
  all?: string[];
  none?: string[];
  fields?: RuleField[];
  sites?: string[];
}

export interface WatchRulesFile {
  formatName: 'kjwatch-rules';
  formatVersion: 1;
  rules: WatchRule[];
}

/** W3C Web Annotation selectors. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Clipping {
  id: string;
  url: string;
  pageTitle: string;
  notice?: Pick<Notice, 'publisher' | 'publishedAt' | 'documentNumber' | 'title'>;
  quote: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  note: string;
  tags: string[];
  color: string;
  createdAt: string;
  updatedAt: string;
}
