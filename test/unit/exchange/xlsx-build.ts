// Builds small workbooks the way Excel stores them (deflated ZIP, shared strings, styles) with
// fflate's own ZIP writer, which is independent of the importer's reader, plus helpers to
// forge the ZIP directory of a hostile file.
import { zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  readonly name: string;
  /** The <sheetData> body: <row> elements. */
  readonly rows: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: readonly string[];
  /** Raw <si> bodies, for rich text; used instead of sharedStrings when given. */
  readonly sharedStringXml?: readonly string[];
  /** <numFmts> and <cellXfs> bodies of styles.xml. */
  readonly numFmts?: string;
  readonly cellXfs?: string;
  readonly date1904?: boolean;
  /** Replaces a part's text after it is built (hostile variants). */
  readonly override?: Readonly<Record<string, string>>;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function workbookParts(spec: WorkbookSpec): Record<string, string> {
  const sheetRels = spec.sheets.map((_, i) => `<Relationship Id="rId${i + 10}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>` +
      spec.sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 10}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="${PKG}">${sheetRels.join('')}` +
      `<Relationship Id="rId1" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `${HEAD}<styleSheet xmlns="${MAIN}">${spec.numFmts ?? ''}<cellXfs>${spec.cellXfs ?? '<xf numFmtId="0"/>'}</cellXfs></styleSheet>`,
  };
  const si = spec.sharedStringXml ?? (spec.sharedStrings ?? []).map((s) => `<t xml:space="preserve">${escape(s)}</t>`);
  parts['xl/sharedStrings.xml'] = `${HEAD}<sst xmlns="${MAIN}" count="${si.length}" uniqueCount="${si.length}">${si.map((x) => `<si>${x}</si>`).join('')}</sst>`;
  spec.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${s.rows}</sheetData></worksheet>`;
  });
  return { ...parts, ...spec.override };
}

export function buildWorkbook(spec: WorkbookSpec): Uint8Array {
  const files = Object.fromEntries(Object.entries(workbookParts(spec)).map(([name, text]) => [name, encode(text)]));
  return zipSync(files, { level: 6 });
}

/** Offsets of each central directory entry, by name. */
function centralEntries(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    found.set(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), at);
  }
  return found;
}

/** Rewrites the uncompressed size an entry declares, in its central and local headers. */
export function forgeDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const central = centralEntries(copy).get(entryName);
  if (central === undefined) throw new Error(`no entry ${entryName}`);
  view.setUint32(central + 24, size, true);
  view.setUint32(view.getUint32(central + 42, true) + 22, size, true);
  return copy;
}
