// Fills the `{name}` slots of a message (messages.ts) with values: word order differs between
// Chinese and English, so numbers and names go where each language puts them.
export function fillMessage(
  text: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
