/**
 * A framework file's bytes as text, decoded the way it was written rather than assumed UTF-8:
 * File.text() turns every byte that is not UTF-8 into U+FFFD, so a CSV that Excel saved as
 * "CSV (Comma delimited)" (Windows-1252) would store "Qualité" as "Qualit�" without a word.
 *
 * - UTF-8 (with or without BOM) is read as it is.
 * - UTF-16 (a BOM, or the NUL bytes every ASCII character has in UTF-16) is decoded, with a note:
 *   text editors on Windows save "Unicode" files like that.
 * - Any other text that is not valid UTF-8 is decoded as Windows-1252 (TextDecoder), with a note
 *   naming a word so the manager can check it in the preview.
 * - A file with a known binary signature, or NUL bytes in what is not UTF-16, is refused with
 *   what kind of file it looks like.
 */
import type { FrameworkReadResult } from '../../domain/framework-draft.ts';

export type DecodedFile = { ok: true; text: string; note?: string } | Extract<FrameworkReadResult, { ok: false }>;

const SIGNATURES: { bytes: number[]; what: string; hint: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive, such as an Excel workbook (.xlsx) or a Word document', hint: 'In the spreadsheet, use Save As → "CSV UTF-8 (Comma delimited)" and import that file.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an older Excel or Word file (.xls, .doc)', hint: 'In the spreadsheet, use Save As → "CSV UTF-8 (Comma delimited)" and import that file.' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', hint: 'Turbine reads the framework as data (CSV, JSON, Markdown or YAML), not as a document.' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: 'Choose the framework file itself.' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: 'Choose the framework file itself.' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: 'Choose the framework file itself.' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', hint: 'Decompress it first, then import the file inside.' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database', hint: 'Choose the framework file itself.' },
];

export function decodeFrameworkBytes(fileName: string, bytes: Uint8Array): DecodedFile {
  const starts = (sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  const binary = SIGNATURES.find((s) => starts(s.bytes));
  if (binary) return refuseBinary(fileName, `it looks like ${binary.what}`, binary.hint);

  if (starts([0xef, 0xbb, 0xbf])) return utf8(fileName, bytes.subarray(3)) ?? windows1252(fileName, bytes.subarray(3));
  if (starts([0xff, 0xfe])) return utf16(fileName, bytes.subarray(2), 'utf-16le');
  if (starts([0xfe, 0xff])) return utf16(fileName, bytes.subarray(2), 'utf-16be');
  const guessed = utf16WithoutBom(bytes);
  if (guessed) return utf16(fileName, bytes, guessed);
  if (bytes.includes(0))
    return refuseBinary(fileName, 'it is a binary file, not text', 'Turbine reads frameworks saved as text: CSV, JSON, Markdown or YAML.');
  return utf8(fileName, bytes) ?? windows1252(fileName, bytes);
}

function utf8(fileName: string, bytes: Uint8Array): DecodedFile | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const lost = count(text, '\uFFFD');
  return lost === 0
    ? { ok: true, text }
    : {
        ok: true,
        text,
        note: `${fileName} already holds ${lost} replacement character${lost === 1 ? '' : 's'} (�): letters were lost before Turbine read it, probably when it was saved in another encoding. Check the preview, or fix the file and import it again.`,
      };
}

function windows1252(fileName: string, bytes: Uint8Array): DecodedFile {
  const text = new TextDecoder('windows-1252').decode(bytes);
  const word = /[^\s,;"]*[^\p{ASCII}][^\s,;"]*/u.exec(text)?.[0];
  return {
    ok: true,
    text,
    note:
      `${fileName} is not UTF-8, so Turbine read it as Windows-1252, the encoding Excel uses for "CSV (Comma delimited)"` +
      (word ? `: check that words such as "${word.slice(0, 40)}" look right below.` : '.') +
      ' To avoid this, save as "CSV UTF-8 (Comma delimited)".',
  };
}

function utf16(fileName: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedFile {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return refuseBinary(fileName, 'it looks like UTF-16 text but is damaged', 'Save it again as UTF-8 in your text editor and import that file.');
  }
  return { ok: true, text: text.replace(/^\uFEFF/, ''), note: `${fileName} is UTF-16 text (a "Unicode" file, as some editors save it); Turbine decoded it. Saving it as UTF-8 makes it smaller and readable everywhere.` };
}

/** ASCII-heavy UTF-16 has a NUL in every other byte: in the odd ones for little-endian, the even ones for big-endian. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return 'utf-16be';
  return undefined;
}

function refuseBinary(fileName: string, what: string, hint: string): DecodedFile {
  return { ok: false, headline: `${fileName} is not a framework Turbine can read: ${what}.`, problems: [{ where: fileName, message: `is not a text file. ${hint}` }] };
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
