// What the import worker does, without the worker around it (so tests run it directly): reads a
// chosen file, previews a sheet, converts it with the user's column choices, reads a map to merge
// and proposes its duplicates. It keeps the last sheet read, so the mapping step can go back and forth.
import { parseCsv, type CsvTable } from '../../../shared/exchange/csv';
import { csvToStakeholders } from '../../../shared/exchange/csv-to-map';
import { declaredXmlEncoding, decodeFileBytes } from '../../../shared/exchange/decode-text';
import { parseGexf } from '../../../shared/exchange/gexf';
import { importedGraphToStakeholders } from '../../../shared/exchange/graph-to-map';
import { parseGraphml } from '../../../shared/exchange/graphml';
import { ImportError } from '../../../shared/exchange/import-error';
import { DEFAULT_IMPORT_LIMITS } from '../../../shared/exchange/imported-graph';
import { proposeMerge } from '../../../shared/exchange/merge-maps';
import { graphFormatOf } from '../../../shared/exchange/read-graph-file';
import { kumuSheetsOf, readKumuWorkbook } from '../../../shared/exchange/kumu';
import { listXlsxSheetNames, readXlsxRows } from '../../../shared/exchange/xlsx';
import { fieldKey } from '../../../shared/exchange/node-to-stakeholder';
import { mappedHeaders, mappingProblems } from '../state/import-mapping';
import type { CsvPreview, ImportReply, ImportRequest } from './import-protocol';
import { readIncomingMap } from './read-incoming-map';

const SAMPLE_ROWS = 5;

export function bytesFromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Thrown by the decoding step, so the window knows a different encoding may help. */
class DecodeFailure extends Error {}

function decode(bytes: Uint8Array, fileName: string, encoding: string | undefined): { text: string; encoding: string } {
  try {
    return decodeFileBytes(bytes, fileName, encoding);
  } catch (error) {
    throw new DecodeFailure(error instanceof Error ? error.message : String(error));
  }
}

/** The sheet with each column renamed (or left out) as the user chose. */
export function applyColumnChoices(table: CsvTable, choices: Parameters<typeof mappedHeaders>[1]): CsvTable {
  const renamed = mappedHeaders(table.headers, choices);
  const newName = new Map<string, string | null>(table.headers.map((h, i) => [h, renamed[i] ?? null]));
  const rows = table.rows.map((row) => {
    const cells = new Map<string, string>();
    for (const [header, value] of row.cells) {
      const name = newName.get(header);
      if (name) cells.set(name, value);
    }
    return { line: row.line, cells };
  });
  return { ...table, headers: renamed.filter((h): h is string => h !== null), rows };
}

export function createImportCore(post: (reply: ImportReply) => void, newId: () => string = () => crypto.randomUUID()) {
  let sheet: { table: CsvTable; fileName: string; encoding: string } | null = null;
  let tiesSheet: { table: CsvTable; fileName: string; fromWorkbook?: boolean } | null = null;

  function read(request: Extract<ImportRequest, { type: 'read' }>): ImportReply {
    const { seq, fileName } = request;
    tiesSheet = null;
    const bytes = bytesFromBase64(request.base64);
    if (request.purpose === 'merge') {
      post({ seq, type: 'progress', message: `Checking ${fileName} (${sizeText(bytes.length)})…` });
      const incoming = readIncomingMap(bytes, fileName);
      post({ seq, type: 'progress', message: `Looking for stakeholders already on your map among ${incoming.stakeholders.length}…` });
      return { seq, type: 'merge', fileName, incoming, proposal: proposeMerge(request.base, incoming) };
    }
    const lower = fileName.toLowerCase();
    const graph = graphFormatOf(fileName);
    const excel = lower.endsWith('.xlsx');
    if (!lower.endsWith('.csv') && !excel && !graph) {
      const hint = lower.endsWith('.json') ? ' To bring in another coalition map, use “Merge another map…”.' : '';
      throw new ImportError(fileName, null, `not a file the app can import: expected .csv, .xlsx, .gexf or .graphml.${hint}`);
    }
    if (bytes.length > DEFAULT_IMPORT_LIMITS.maxBytes) {
      throw new ImportError(fileName, null, `the file is ${sizeText(bytes.length)}, more than the import limit of ${sizeText(DEFAULT_IMPORT_LIMITS.maxBytes)}`);
    }
    post({ seq, type: 'progress', message: `Reading ${fileName} (${sizeText(bytes.length)})…` });
    // A workbook's parts are UTF-8 XML inside a ZIP: no encoding to choose, and the same column mapping as CSV.
    if (excel) return readWorkbook(seq, bytes, fileName, request.sheet);
    const decoded = decode(bytes, fileName, request.encoding ?? (graph ? declaredXmlEncoding(bytes) : undefined));
    post({ seq, type: 'progress', message: graph ? 'Reading nodes and edges…' : 'Reading rows…' });
    if (graph) {
      const parsed = graph === 'gexf' ? parseGexf(decoded.text, fileName) : parseGraphml(decoded.text, fileName);
      post({ seq, type: 'progress', message: `Converting ${parsed.nodes.length} nodes and ${parsed.edges.length} edges…` });
      const { target } = request;
      const addition = importedGraphToStakeholders(parsed, {
        now: target.now,
        newId,
        sourceLabel: fileName,
        serviceCatalog: target.serviceCatalog,
        ...(request.groupsAsOrganizations === undefined ? {} : { groupsAsOrganizations: request.groupsAsOrganizations }),
      });
      sheet = null;
      return { seq, type: 'addition', fileName, encoding: decoded.encoding, addition };
    }
    return previewSheet(seq, parseCsv(decoded.text, fileName), fileName, decoded.encoding);
  }

  /** A workbook: the chosen sheet, or Kumu's two sheets (elements, with the connections as the ties sheet), or the first. */
  function readWorkbook(seq: number, bytes: Uint8Array, fileName: string, chosen: string | undefined): ImportReply {
    const sheets = listXlsxSheetNames(bytes, fileName);
    const kumu = chosen === undefined ? kumuSheetsOf(sheets) : null;
    if (!kumu) {
      const table = readXlsxRows(bytes, fileName, chosen === undefined ? {} : { sheet: chosen });
      return previewSheet(seq, table, fileName, 'utf-8', { sheet: table.sheet, sheets });
    }
    const workbook = readKumuWorkbook(bytes, fileName, kumu);
    tiesSheet = { table: workbook.connections, fileName: workbook.connectionsLabel, fromWorkbook: true };
    const tiesFromWorkbook = { sheet: kumu.connections, rowCount: workbook.connections.rows.length };
    return previewSheet(seq, workbook.elements, fileName, 'utf-8', { sheet: kumu.elements, sheets, tiesFromWorkbook });
  }

  /** Keeps the sheet for the mapping step and answers with its first rows. */
  function previewSheet(seq: number, table: CsvTable, fileName: string, encoding: string, workbook: Partial<CsvPreview> = {}): ImportReply {
    sheet = { table, fileName, encoding };
    const sample = table.rows.slice(0, SAMPLE_ROWS).map((row) => ({ line: row.line, cells: table.headers.map((h) => row.cells.get(h) ?? '') }));
    const preview = { fileName, encoding, headers: table.headers, rowCount: table.rows.length, sample, warnings: table.warnings, ...workbook };
    return { seq, type: 'csv', preview };
  }

  /** Reads the ties sheet that goes with the stakeholder sheet; its ends are resolved on convert. */
  function readTies(request: Extract<ImportRequest, { type: 'ties' }>): ImportReply {
    const { seq, fileName } = request;
    const lower = fileName.toLowerCase();
    const excel = lower.endsWith('.xlsx');
    if (!lower.endsWith('.csv') && !excel) throw new ImportError(fileName, null, 'a ties sheet must be a .csv or .xlsx file with source and target columns');
    const bytes = bytesFromBase64(request.base64);
    if (bytes.length > DEFAULT_IMPORT_LIMITS.maxBytes) {
      throw new ImportError(fileName, null, `the file is ${sizeText(bytes.length)}, more than the import limit of ${sizeText(DEFAULT_IMPORT_LIMITS.maxBytes)}`);
    }
    post({ seq, type: 'progress', message: `Reading the ties in ${fileName}…` });
    const table = excel ? readXlsxRows(bytes, fileName) : parseCsv(decodeFileBytes(bytes, fileName, undefined).text, fileName);
    const keys = new Set(table.headers.map(fieldKey));
    const missing = ['source', 'target'].filter((k) => !keys.has(k));
    if (missing.length > 0) {
      throw new ImportError(fileName, 'header row', `a ties sheet needs ${missing.map((m) => `a "${m}" column`).join(' and ')} (found: ${table.headers.join(', ') || 'nothing'})`);
    }
    tiesSheet = { table, fileName };
    return { seq, type: 'ties', fileName, headers: table.headers, rowCount: table.rows.length };
  }

  function convert(request: Extract<ImportRequest, { type: 'convert' }>): ImportReply {
    const { seq, choices, target } = request;
    // A Kumu workbook's connections go with its elements unless the window says otherwise.
    const withTies = request.withTies ?? tiesSheet?.fromWorkbook === true;
    const ties = withTies ? tiesSheet : null;
    if (withTies && !ties) throw new Error('there is no ties sheet to add; choose it again');
    if (!sheet) throw new Error('there is no sheet to convert; choose the file again');
    const { table, fileName, encoding } = sheet;
    if (choices.length !== table.headers.length) throw new Error(`expected a choice for each of the ${table.headers.length} columns`);
    const problems = mappingProblems(table.headers, choices);
    if (problems.length > 0) throw new ImportError(fileName, 'column choices', problems.join(' '));
    post({ seq, type: 'progress', message: ties ? `Converting ${table.rows.length} rows and ${ties.table.rows.length} ties…` : `Converting ${table.rows.length} rows…` });
    const addition = csvToStakeholders(applyColumnChoices(table, choices), ties?.table ?? null, {
      ...(ties ? { tiesLabel: ties.fileName } : {}),
      now: target.now,
      newId,
      sourceLabel: fileName,
      serviceCatalog: target.serviceCatalog,
      existingStakeholders: target.existingStakeholders,
    });
    return { seq, type: 'addition', fileName, encoding, addition };
  }

  return {
    handle(request: ImportRequest): void {
      let reply: ImportReply;
      try {
        reply = request.type === 'read' ? read(request) : request.type === 'ties' ? readTies(request) : convert(request);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reply = { seq: request.seq, type: 'failed', stage: error instanceof DecodeFailure ? 'decode' : 'parse', message };
      }
      post(reply);
    },
  };
}
