// Validates user site profiles (JSON files given with `--profile`) and explains every problem
// with its path at once — `profiles[1].list.paging.template: must contain {n}` — instead of
// throwing at the first: someone fixing a hand-written profile wants the whole list.
import type {
  DetailSpec,
  FetchMode,
  ListSpec,
  PagingSpec,
  ScriptListSpec,
  SiteLevel,
  SiteProfile,
} from './define-site-profile.ts';
import { cronProblems } from './validate-cron.ts';

export interface ProfileProblem {
  /** Where: `list.paging.template`, or `profiles[1].start[0]` in a file of several profiles. */
  path: string;
  message: string;
}

export type ProfileValidation<T> =
  | { ok: true; value: T }
  | { ok: false; problems: ProfileProblem[] };

export interface ValidateOptions {
  /**
   * Says why a CSS selector is invalid (undefined when it is fine). Parsing CSS needs a DOM
   * engine, which this pure module has none of: the scraper passes linkedom's, the extension
   * the browser's. Without it selectors are only checked to be non-empty strings.
   */
  checkSelector?: (selector: string) => string | undefined;
}

const LEVELS: readonly SiteLevel[] = ['national', 'provincial', 'city', 'cas', 'other'];
const FETCH_MODES: readonly FetchMode[] = ['http', 'browser', 'auto'];
const PAGING_KEYS: Readonly<Record<PagingSpec['type'], readonly string[]>> = {
  trs: ['type'],
  next: ['type', 'selector'],
  param: ['type', 'template', 'first'],
  none: ['type'],
};
const PROFILE_KEYS = ['id', 'name', 'org', 'level', 'start', 'list', 'detail', 'fetch', 'schedule'];
const LIST_KEYS = ['item', 'link', 'date', 'script', 'paging', 'maxPages'];
const SCRIPT_KEYS = ['url', 'title', 'date'];
const DETAIL_KEYS: readonly (keyof DetailSpec)[] = [
  'title',
  'body',
  'date',
  'publisher',
  'documentNumber',
];
// The id names the profile in rules (`sites`) and on the command line (`--site`).
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const JS_NAME = /^[A-Za-z_$][\w$]*$/;

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

class Problems {
  readonly list: ProfileProblem[] = [];
  constructor(private readonly options: ValidateOptions) {}
  add(path: string, message: string) {
    this.list.push({ path: path || '(profile)', message });
  }
  unknownKeys(obj: Json, known: readonly string[], path: string, what: string) {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key))
        this.add(at(path, key), `is not a field of ${what} (known: ${known.join(', ')})`);
    }
  }
  /** A required or optional non-empty string (a name or a CSS selector). */
  text(obj: Json, key: string, path: string, required: boolean): string | undefined {
    const v = obj[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      this.add(at(path, key), v === undefined ? 'is required' : 'must be a non-empty string');
      return undefined;
    }
    return v;
  }
  /** A CSS selector: a non-empty string the DOM engine (if given) can parse. */
  selector(obj: Json, key: string, path: string, required: boolean): string | undefined {
    const v = this.text(obj, key, path, required);
    const why = v === undefined ? undefined : this.options.checkSelector?.(v);
    if (why === undefined) return v;
    this.add(at(path, key), `is not a valid CSS selector: ${why}`);
    return undefined;
  }
}

// ---- parts of a profile -----------------------------------------------------------------

function checkStart(value: unknown, path: string, p: Problems): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    p.add(
      path,
      value === undefined
        ? 'is required: a list of the list pages to read'
        : 'must be a non-empty list of URLs',
    );
    return undefined;
  }
  const urls: string[] = [];
  value.forEach((v, i) => {
    let ok = false;
    if (typeof v === 'string') {
      try {
        ok = ['http:', 'https:'].includes(new URL(v).protocol);
      } catch {
        ok = false;
      }
    }
    if (ok) urls.push(v as string);
    else p.add(at(path, i), `must be an http(s) URL, got ${JSON.stringify(v)}`);
  });
  return urls.length === value.length ? urls : undefined;
}

function checkPaging(value: unknown, path: string, p: Problems): PagingSpec | undefined {
  if (!isRecord(value)) {
    p.add(path, 'must be an object such as {"type": "trs"}');
    return undefined;
  }
  const type = value.type;
  if (typeof type !== 'string' || !(type in PAGING_KEYS)) {
    p.add(at(path, 'type'), `must be one of ${Object.keys(PAGING_KEYS).join(', ')}`);
    return undefined;
  }
  const kind = type as PagingSpec['type'];
  for (const key of Object.keys(value)) {
    if (!PAGING_KEYS[kind].includes(key))
      p.add(at(path, key), `is not used by paging type "${kind}"`);
  }
  if (kind === 'next') {
    const selector = p.selector(value, 'selector', path, true);
    return selector ? { type: 'next', selector } : undefined;
  }
  if (kind === 'param') {
    const template = p.text(value, 'template', path, true);
    if (template !== undefined && !template.includes('{n}'))
      p.add(at(path, 'template'), 'must contain {n}');
    const first = value.first;
    if (first !== undefined && !(Number.isInteger(first) && (first as number) >= 0)) {
      p.add(at(path, 'first'), 'must be a whole number ≥ 0 (the page number after the start page)');
    }
    if (!template?.includes('{n}')) return undefined;
    return typeof first === 'number'
      ? { type: 'param', template, first }
      : { type: 'param', template };
  }
  return { type: kind };
}

function checkScript(value: unknown, path: string, p: Problems): ScriptListSpec | undefined {
  if (!isRecord(value)) {
    p.add(path, 'must be an object such as {"url": "urls", "title": "headers"}');
    return undefined;
  }
  p.unknownKeys(value, SCRIPT_KEYS, path, 'a script list');
  const names: Record<string, string | undefined> = {};
  for (const key of ['url', 'title']) {
    const v = p.text(value, key, path, true);
    if (v !== undefined && !JS_NAME.test(v))
      p.add(at(path, key), `must be a script array name, got ${JSON.stringify(v)}`);
    names[key] = v !== undefined && JS_NAME.test(v) ? v : undefined;
  }
  const date = value.date;
  const dateOk =
    date === undefined ||
    (Array.isArray(date) &&
      (date.length === 1 || date.length === 3) &&
      date.every((d) => typeof d === 'string' && JS_NAME.test(d)));
  if (!dateOk)
    p.add(at(path, 'date'), 'must list one array name (whole dates) or three (year, month, day)');
  if (!names.url || !names.title || !dateOk) return undefined;
  return date
    ? { url: names.url, title: names.title, date: date as string[] }
    : { url: names.url, title: names.title };
}

function checkList(value: unknown, path: string, p: Problems): ListSpec | undefined {
  if (!isRecord(value)) {
    p.add(path, value === undefined ? 'is required' : 'must be an object with at least "item"');
    return undefined;
  }
  const before = p.list.length;
  p.unknownKeys(value, LIST_KEYS, path, 'list');
  const item = p.selector(value, 'item', path, true);
  const link = p.selector(value, 'link', path, false);
  const date = p.selector(value, 'date', path, false);
  const script =
    value.script === undefined ? undefined : checkScript(value.script, at(path, 'script'), p);
  const paging =
    value.paging === undefined ? undefined : checkPaging(value.paging, at(path, 'paging'), p);
  const maxPages = value.maxPages;
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && (maxPages as number) > 0)) {
    p.add(at(path, 'maxPages'), 'must be a positive whole number');
  }
  if (p.list.length > before || item === undefined) return undefined;
  const list: ListSpec = { item };
  if (link) list.link = link;
  if (date) list.date = date;
  if (script) list.script = script;
  if (paging) list.paging = paging;
  if (typeof maxPages === 'number') list.maxPages = maxPages;
  return list;
}

function checkDetail(value: unknown, path: string, p: Problems): DetailSpec | undefined {
  if (!isRecord(value)) {
    p.add(path, 'must be an object of CSS selectors, e.g. {"title": "h1", "body": ".TRS_Editor"}');
    return undefined;
  }
  p.unknownKeys(value, DETAIL_KEYS, path, 'detail');
  const detail: DetailSpec = {};
  for (const key of DETAIL_KEYS) {
    const v = p.selector(value, key, path, false);
    if (v) detail[key] = v;
  }
  return detail;
}

// ---- a profile, a file ------------------------------------------------------------------

function checkProfile(input: unknown, path: string, p: Problems): SiteProfile | undefined {
  if (!isRecord(input)) {
    p.add(path, 'must be an object with id, name, org, level, start and list');
    return undefined;
  }
  const before = p.list.length;
  p.unknownKeys(input, PROFILE_KEYS, path, 'a site profile');
  const id = p.text(input, 'id', path, true);
  if (id !== undefined && !ID.test(id)) {
    p.add(
      at(path, 'id'),
      `must be lower-case words joined by "-" (e.g. "ntsc-zhxw"), got ${JSON.stringify(id)}`,
    );
  }
  const name = p.text(input, 'name', path, true);
  const org = p.text(input, 'org', path, true);
  const level = input.level;
  if (!LEVELS.includes(level as SiteLevel))
    p.add(at(path, 'level'), `must be one of ${LEVELS.join(', ')}`);
  const start = checkStart(input.start, at(path, 'start'), p);
  const list = checkList(input.list, at(path, 'list'), p);
  const detail =
    input.detail === undefined ? undefined : checkDetail(input.detail, at(path, 'detail'), p);
  const fetch = input.fetch;
  if (fetch !== undefined && !FETCH_MODES.includes(fetch as FetchMode)) {
    p.add(at(path, 'fetch'), `must be one of ${FETCH_MODES.join(', ')}`);
  }
  const schedule = input.schedule;
  if (schedule !== undefined) {
    if (typeof schedule !== 'string')
      p.add(at(path, 'schedule'), 'must be a cron expression such as "0 7 * * *"');
    else for (const problem of cronProblems(schedule)) p.add(at(path, 'schedule'), problem);
  }
  if (p.list.length > before || !id || !name || !org || !start || !list) return undefined;
  const profile: SiteProfile = { id, name, org, level: level as SiteLevel, start, list };
  if (detail) profile.detail = detail;
  if (fetch) profile.fetch = fetch as FetchMode;
  if (typeof schedule === 'string') profile.schedule = schedule;
  return profile;
}

/** Checks one site profile; `path` prefixes the problems' paths. */
export function validateSiteProfile(
  input: unknown,
  options: ValidateOptions & { path?: string } = {},
): ProfileValidation<SiteProfile> {
  const { path = '' } = options;
  const p = new Problems(options);
  const profile = checkProfile(input, path, p);
  return profile && p.list.length === 0
    ? { ok: true, value: profile }
    : { ok: false, problems: p.list };
}

/** Checks the content of a profile file: one profile, or an array of them (`profiles[i]…`). */
export function validateSiteProfiles(
  input: unknown,
  options: ValidateOptions = {},
): ProfileValidation<SiteProfile[]> {
  if (!Array.isArray(input)) {
    const one = validateSiteProfile(input, options);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  const p = new Problems(options);
  if (input.length === 0)
    p.add('profiles', 'the file holds an empty list; give one profile or a list of them');
  const seen = new Map<string, number>();
  const profiles: SiteProfile[] = [];
  input.forEach((raw, i) => {
    const profile = checkProfile(raw, `profiles[${i}]`, p);
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const earlier = id === undefined ? undefined : seen.get(id);
    if (earlier !== undefined)
      p.add(
        `profiles[${i}].id`,
        `"${id}" is also the id of profiles[${earlier}]; ids must be unique`,
      );
    else if (id !== undefined) seen.set(id, i);
    if (profile) profiles.push(profile);
  });
  return p.list.length === 0 ? { ok: true, value: profiles } : { ok: false, problems: p.list };
}

export function formatProfileProblems(problems: readonly ProfileProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('; ');
}
