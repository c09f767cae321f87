export interface ExportOptions {
  /** Rule id → rule name, to show `name (id)` where a format lists matched rules. */
  ruleNames?: ReadonlyMap<string, string>;
  /** Characters of the body in abstract fields and Markdown quotes (default 500; 0: none). */
  abstractLength?: number;
}

export const DEFAULT_ABSTRACT_LENGTH = 500;
