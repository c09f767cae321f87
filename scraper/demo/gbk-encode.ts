// Text → GBK bytes, for the replica of a GBK-encoded provincial site. Node can decode GBK but
// not encode it; the table is built once by decoding every two-byte GBK code, so no encoding
// package is needed. Characters GBK lacks become numeric character references (`&#8226;`),
// which is what CMSs writing GBK pages do with them.

let table: Map<number, number> | undefined;

function buildTable(): Map<number, number> {
  const map = new Map<number, number>();
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      // One code point that is not the replacement character: a real mapping. The first
      // byte pair found for a character is the one GBK encoders use.
      if (ch.length !== 1 || ch === '\ufffd') continue;
      const cp = ch.charCodeAt(0);
      if (!map.has(cp)) map.set(cp, (lead << 8) | trail);
    }
  }
  return map;
}

export function encodeGbk(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const code = table.get(cp);
    if (code === undefined) {
      for (const b of Buffer.from(`&#${cp};`, 'ascii')) out.push(b);
      continue;
    }
    out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}
