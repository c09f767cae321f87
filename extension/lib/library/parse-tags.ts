// Tags as typed in one box: separated by commas (ASCII or full-width), 、, semicolons or line
// breaks — whatever a Chinese or an English keyboard gives — trimmed, once each.
export function parseTagInput(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\n]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
