/**
 * bracket: 国科发资〔2021〕1号 · order: 科学技术部令第24号 · announcement: 科技部公告2021年第1号
 */
export type DocumentNumberKind = 'bracket' | 'order' | 'announcement';

export interface DocumentNumber {
  /** As written, from the issuer to 号. */
  raw: string;
  /** The join key between copies of one document on several sites. */
  normalized: string;
  issuer: string;
  year?: number;
  serial: number;
  kind: DocumentNumberKind;
  /** UTF-16 offsets into the searched text. */
  start: number;
  end: number;
}
