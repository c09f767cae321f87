export interface ChineseDate {
  /** `2021-12-06`, or `2021-12-06T15:11+08:00` / `…T15:11:05+08:00` when the page gives a time. */
  iso: string;
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

export interface DateMatch extends ChineseDate {
  /** UTF-16 offsets into the text given to `findChineseDates`. */
  start: number;
  end: number;
  raw: string;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}
