// A list as an Excel workbook written by hand (SpreadsheetML in a stored ZIP, by fflate): one sheet, a bold
// frozen header row, numbers as numeric cells and every text cell an inline string, so no formula
// element is ever written. Text that looks like a formula also gets Excel's own "quote prefix"
// style, so editing the cell later keeps it text; the value itself is kept exactly as it was.
import { zipSync, type ZipOptions } from 'fflate';
import { checkTable, formatNumber, type ExportCell, type ExportTable } from './export-table';
import { looksLikeFormula } from './spreadsheet-safety';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';

/**
 * Stored (level 0), not deflated: every byte of the sheet stays visible to the privacy tests,
 * which look for canaries in the file as written. A fixed time stamp (1980-01-01 00:00, the
 * earliest a ZIP can say, read in local time as the ZIP writer reads it) keeps the same export
 * byte-identical.
 */
const ZIP_OPTIONS: ZipOptions = { level: 0, mtime: new Date(1980, 0, 1) };

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes in styles.xml's cellXfs. */
const STYLE_QUOTE_PREFIX = 1;
const STYLE_HEADER = 2;

const CONTENT_TYPES = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>`;

const ROOT_RELS = `${HEAD}<Relationships xmlns="${PKG_REL_NS}">
<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;

const WORKBOOK_RELS = `${HEAD}<Relationships xmlns="${PKG_REL_NS}">
<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>
</Relationships>`;

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN_NS}">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

function workbook(sheetName: string): string {
  return `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${escapeXmlAttribute(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(cell: ExportCell, ref: string, header: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${formatNumber(cell)}</v></c>`;
  const style = header ? STYLE_HEADER : looksLikeFormula(cell) ? STYLE_QUOTE_PREFIX : 0;
  const s = style === 0 ? '' : ` s="${style}"`;
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${escapeXmlText(cell)}</t></is></c>`;
}

function rowXml(cells: readonly ExportCell[], rowNumber: number, header: boolean): string {
  const body = cells.map((cell, i) => cellXml(cell, `${columnLetters(i)}${rowNumber}`, header)).join('');
  return `<row r="${rowNumber}">${body}</row>`;
}

function sheet(table: ExportTable): string {
  const rows = [rowXml(table.columns.map((c) => c.header), 1, true), ...table.rows.map((row, i) => rowXml(row, i + 2, false))];
  const frozenHeader = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${HEAD}<worksheet xmlns="${MAIN_NS}">${frozenHeader}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet1';
}

export function tableToXlsx(table: ExportTable, sheetName: string): Uint8Array {
  checkTable(table);
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  // Content types first, as Excel writes them; the parts stay in this order in the file.
  return zipSync(
    {
      '[Content_Types].xml': encode(CONTENT_TYPES),
      '_rels/.rels': encode(ROOT_RELS),
      'xl/workbook.xml': encode(workbook(safeSheetName(sheetName))),
      'xl/_rels/workbook.xml.rels': encode(WORKBOOK_RELS),
      'xl/styles.xml': encode(STYLES),
      'xl/worksheets/sheet1.xml': encode(sheet(table)),
    },
    ZIP_OPTIONS,
  );
}
