// The start of a body for formats that carry an abstract or a quote, cut on a character
// boundary (never inside a surrogate pair).

export function excerpt(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= maxLength) return flat;
  let end = maxLength;
  const c = flat.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${flat.slice(0, end)}…`;
}

/** Rule ids as a reader sees them: `name (id)` when the rules file gives a name. */
export function ruleLabels(ids: readonly string[], names?: ReadonlyMap<string, string>): string[] {
  return ids.map((id) => {
    const name = names?.get(id);
    return name && name !== id ? `${name} (${id})` : id;
  });
}
