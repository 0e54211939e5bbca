// The parts of an XLSX package a sheet import needs: the workbook's sheet list, the chosen
// sheet's XML, the shared strings and which styles are dates. Parts are found through the
// package's relationships (as Excel, LibreOffice and Google Sheets write them) and every XML
// part goes through the same guard as GEXF/GraphML: a DOCTYPE or entity is refused unparsed.
import { decodeFileBytes } from './decode-text';
import { ImportError } from './import-error';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './imported-graph';
import { dateStyles } from './xlsx-dates';
import { DEFAULT_ZIP_LIMITS, extractZipEntry, readZipDirectory, type ZipDirectoryEntry, type ZipLimits } from './xlsx-zip-guard';
import { attr, children, textOf, parseXml, type XmlElement } from './xml-read';

const REL_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export interface XlsxSheetSource {
  readonly sheetName: string;
  readonly sheetNames: readonly string[];
  readonly sheet: XmlElement;
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** "xl/worksheets/../x.xml" -> "xl/x.xml"; a leading "/" means from the package root. */
function resolvePartName(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const piece of target.replace(/^\/+/, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

class Package {
  private readonly entries: Map<string, ZipDirectoryEntry>;

  constructor(
    private readonly bytes: Uint8Array,
    readonly file: string,
    zipLimits: ZipLimits,
    private readonly xmlLimits: ImportLimits,
  ) {
    this.entries = new Map(readZipDirectory(bytes, file, zipLimits).map((e) => [e.name.replace(/^\/+/, ''), e]));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part parsed as guarded XML; `label` names it in messages (the sheet, or the part path). */
  xml(name: string, label: string): XmlElement {
    const entry = this.entries.get(name);
    if (!entry) throw new ImportError(this.file, null, `the workbook is incomplete: the part "${name}" is missing`);
    const where = `${this.file}, ${label}`;
    const text = decodeFileBytes(extractZipEntry(this.bytes, entry, this.file), where).text;
    return parseXml(text, where, this.xmlLimits);
  }

  /** Relationship targets of a part by id, and the first target of each type (the type's last path segment). */
  relationships(part: string): { byId: Map<string, string>; byType: Map<string, string> } {
    const byId = new Map<string, string>();
    const byType = new Map<string, string>();
    const rels = relsPathOf(part);
    if (!this.has(rels)) return { byId, byType };
    for (const rel of children(children(this.xml(rels, `part ${rels}`), 'Relationships')[0], 'Relationship')) {
      const target = attr(rel, 'Target');
      if (!target || attr(rel, 'TargetMode') === 'External') continue;
      const name = resolvePartName(part, target);
      byId.set(attr(rel, 'Id') ?? '', name);
      const type = (attr(rel, 'Type') ?? '').replace(REL_TYPES, '').split('/').pop() ?? '';
      if (!byType.has(type)) byType.set(type, name);
    }
    return { byId, byType };
  }
}

function sharedStringsOf(sst: XmlElement | undefined): string[] {
  return children(children(sst, 'sst')[0], 'si').map((si) => {
    const runs = children(si, 'r').flatMap((r) => children(r, 't'));
    return [...children(si, 't'), ...runs].map((t) => textOf(t) ?? '').join('');
  });
}

interface WorkbookIndex {
  readonly pkg: Package;
  readonly workbookPart: string;
  readonly workbook: XmlElement | undefined;
  readonly sheets: readonly { readonly name: string; readonly relId: string }[];
}

function openWorkbook(bytes: Uint8Array, file: string, zipLimits: ZipLimits): WorkbookIndex {
  const pkg = new Package(bytes, file, zipLimits, { ...DEFAULT_IMPORT_LIMITS, maxBytes: zipLimits.maxTotalBytes });
  const workbookPart = pkg.relationships('').byType.get('officeDocument') ?? 'xl/workbook.xml';
  if (!pkg.has(workbookPart)) {
    throw new ImportError(file, null, 'not an Excel workbook: the ZIP has no workbook part (is it a Word or other Office file?)');
  }
  const workbook = children(pkg.xml(workbookPart, `part ${workbookPart}`), 'workbook')[0];
  const sheets = children(children(workbook, 'sheets')[0], 'sheet').map((s) => ({ name: attr(s, 'name') ?? '', relId: attr(s, 'id') ?? '' }));
  if (sheets.length === 0) throw new ImportError(file, null, 'the workbook has no sheets');
  return { pkg, workbookPart, workbook, sheets };
}

/** The workbook's sheet names in tab order, for a choice; only the workbook part is unpacked. */
export function listXlsxSheetNames(bytes: Uint8Array, file: string, zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS): string[] {
  return openWorkbook(bytes, file, zipLimits).sheets.map((s) => s.name);
}

/**
 * Opens the package and picks a sheet: the one named `sheet` (case-insensitive), else the first.
 * Nothing but the workbook, its relationships, that sheet, the shared strings and the styles is unpacked.
 */
export function openXlsxSheet(bytes: Uint8Array, file: string, sheet?: string, zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS): XlsxSheetSource {
  const { pkg, workbookPart, workbook, sheets } = openWorkbook(bytes, file, zipLimits);
  const date1904Flag = attr(children(workbook, 'workbookPr')[0] ?? {}, 'date1904');
  const wanted = sheet?.trim().toLowerCase();
  const chosen = wanted ? sheets.find((s) => s.name.toLowerCase() === wanted) : sheets[0];
  if (!chosen) throw new ImportError(file, null, `there is no sheet called "${sheet}" (the sheets are: ${sheets.map((s) => s.name).join(', ')})`);
  const rels = pkg.relationships(workbookPart);
  const sheetPart = rels.byId.get(chosen.relId);
  if (!sheetPart || !pkg.has(sheetPart)) throw new ImportError(file, `sheet ${chosen.name}`, 'the workbook is damaged: the sheet\'s part is missing');
  const stringsPart = rels.byType.get('sharedStrings');
  const stylesPart = rels.byType.get('styles');
  return {
    sheetName: chosen.name,
    sheetNames: sheets.map((s) => s.name),
    sheet: pkg.xml(sheetPart, `sheet ${chosen.name}`),
    sharedStrings: stringsPart && pkg.has(stringsPart) ? sharedStringsOf(pkg.xml(stringsPart, `part ${stringsPart}`)) : [],
    dateStyles: stylesPart && pkg.has(stylesPart) ? dateStyles(pkg.xml(stylesPart, `part ${stylesPart}`)) : [],
    date1904: date1904Flag === '1' || date1904Flag === 'true',
  };
}
