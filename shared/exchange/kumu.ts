// Kumu's two-sheet workbook (elements and connections) as the stakeholder and ties tables the
// sheet import already takes. Elements: Label is the name, Type the kind when it reads as one
// (else kept as a "Type" column), Description the notes, Tags split on Kumu's "|". Connections:
// From and To are the ends, Type the tie type, Direction ("directed", "undirected", "mutual") says
// whether the tie has a direction. Every other column passes through unchanged.
import type { CsvRow, CsvTable } from './csv';
import { readKind } from './field-values';
import { ImportError, WarningLog } from './import-error';
import { fieldKey } from './node-to-stakeholder';
import { readXlsxRows, type XlsxReadOptions } from './xlsx';

export interface KumuSheets {
  readonly elements: string;
  readonly connections: string;
}

/** The Elements and Connections sheets of a workbook, by name (any case), or null when it is not Kumu's. */
export function kumuSheetsOf(sheetNames: readonly string[]): KumuSheets | null {
  const find = (wanted: string) => sheetNames.find((n) => n.trim().toLowerCase() === wanted);
  const elements = find('elements');
  const connections = find('connections');
  return elements !== undefined && connections !== undefined ? { elements, connections } : null;
}

type CellRule = (value: string, cells: Map<string, string>, where: string, warnings: WarningLog) => void;

const put = (header: string): CellRule => (value, cells) => cells.set(header, value);

const ELEMENT_RULES: ReadonlyMap<string, CellRule> = new Map<string, CellRule>([
  ['label', put('name')],
  ['description', put('notes')],
  ['type', (value, cells) => cells.set(readKind(value).ok ? 'kind' : 'Type', value)],
  [
    'tags',
    (value, cells, where, warnings) => {
      const tags = value.split('|').map((t) => t.trim()).filter((t) => t !== '');
      const split = tags.filter((t) => /[;,]/.test(t));
      if (split.length > 0) warnings.add('kumu tag', `${where}: the tag "${split[0]}" holds a comma or semicolon, so it became more than one tag`);
      cells.set('tags', tags.join('; '));
    },
  ],
]);

const DIRECTIONS: ReadonlyMap<string, string> = new Map([['directed', 'yes'], ['undirected', 'no'], ['mutual', 'no']]);

const CONNECTION_RULES: ReadonlyMap<string, CellRule> = new Map<string, CellRule>([
  ['from', put('source')],
  ['to', put('target')],
  ['type', put('type')],
  [
    'direction',
    (value, cells, where, warnings) => {
      const direction = DIRECTIONS.get(value.trim().toLowerCase());
      if (direction === undefined) warnings.add('kumu direction', `${where}: direction "${value.slice(0, 40)}" is not directed, undirected or mutual; the tie type decides`);
      else cells.set('directed', direction);
    },
  ],
]);

function convertTable(table: CsvTable, file: string, rules: ReadonlyMap<string, CellRule>): CsvTable {
  const warnings = new WarningLog();
  warnings.addAll(table.warnings);
  const headers = new Set<string>();
  const rows = table.rows.map((row): CsvRow => {
    const cells = new Map<string, string>();
    for (const [header, value] of row.cells) {
      const rule = rules.get(fieldKey(header));
      if (rule) rule(value, cells, `${file}, row ${row.line}`, warnings);
      else cells.set(header, value);
    }
    for (const header of cells.keys()) headers.add(header);
    return { line: row.line, cells };
  });
  return { delimiter: table.delimiter, headers: [...headers], rows, warnings: warnings.list() };
}

export interface KumuWorkbook {
  readonly elements: CsvTable;
  readonly connections: CsvTable;
  /** How messages name the two sheets: "file.xlsx, sheet Elements". */
  readonly elementsLabel: string;
  readonly connectionsLabel: string;
}

export function readKumuWorkbook(bytes: Uint8Array, file: string, sheets: KumuSheets, options: Omit<XlsxReadOptions, 'sheet'> = {}): KumuWorkbook {
  const elements = readXlsxRows(bytes, file, { ...options, sheet: sheets.elements });
  const connections = readXlsxRows(bytes, file, { ...options, sheet: sheets.connections });
  const elementsLabel = `${file}, sheet ${elements.sheet}`;
  const connectionsLabel = `${file}, sheet ${connections.sheet}`;
  if (!elements.headers.some((h) => fieldKey(h) === 'label')) {
    throw new ImportError(elementsLabel, 'header row', `a Kumu elements sheet needs a "Label" column (found: ${elements.headers.join(', ') || 'nothing'})`);
  }
  return {
    elements: convertTable(elements, elementsLabel, ELEMENT_RULES),
    connections: convertTable(connections, connectionsLabel, CONNECTION_RULES),
    elementsLabel,
    connectionsLabel,
  };
}
