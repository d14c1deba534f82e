/**
 * A roster file's bytes as text, whatever wrote it: UTF-8 with or without a byte order mark (Canvas, Moodle),
 * UTF-16 with its mark (Blackboard's tab-separated "Excel" download), or Windows-1252 (Excel's plain "CSV" on
 * Windows, the usual result of editing a roster before loading it). Pure.
 */

export interface DecodedText {
  text: string;
  /** What the bytes were read as, to say when a file looks wrong. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

function decode(bytes: Uint8Array, label: DecodedText['encoding'], fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
}

/** The text of a file: its byte order mark decides; else UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode(bytes, 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}
