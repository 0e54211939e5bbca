// What the import worker does, without the worker around it (so tests run it directly): reads a
// chosen file, previews a sheet, converts it with the user's column choices, reads a map to merge
// and proposes its duplicates. It keeps the last sheet read, so the mapping step can go back and forth.
import { parseCsv, type CsvTable } from '../../../shared/exchange/csv';
import { declaredXmlEncoding, decodeFileBytes } from '../../../shared/exchange/decode-text';
import { parseGexf } from '../../../shared/exchange/gexf';
import { importedGraphToStakeholders } from '../../../shared/exchange/graph-to-map';
import { parseGraphml } from '../../../shared/exchange/graphml';
import { ImportError } from '../../../shared/exchange/import-error';
import { kumuSheetsOf, readKumuWorkbook } from '../../../shared/exchange/kumu';
import { proposeMerge } from '../../../shared/exchange/merge-maps';
import { graphFormatOf } from '../../../shared/exchange/read-graph-file';
import { planReconciliation } from '../../../shared/exchange/reconcile';
import { plannedNewTies } from '../../../shared/exchange/reconcile-apply';
import { listXlsxSheetNames, readXlsxRows } from '../../../shared/exchange/xlsx';
import { checkSize, convertKept, readTiesSheet, sizeText, type KeptSheet, type KeptTies } from './import-convert';
import type { CsvPreview, ImportReply, ImportRequest } from './import-protocol';
import { readIncomingMap } from './read-incoming-map';

const SAMPLE_ROWS = 5;

type ReadRequest = Extract<ImportRequest, { type: 'read' }>;
type Post = (reply: ImportReply) => void;

export function bytesFromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
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

/** The sheets the core keeps between requests: the last stakeholder sheet read and its ties sheet. */
interface Kept {
  sheet: KeptSheet | null;
  tiesSheet: KeptTies | null;
}

/** Another coordinator's map to merge: read whole, with its proposed duplicates. */
function readMerge(request: Extract<ReadRequest, { purpose: 'merge' }>, bytes: Uint8Array, post: Post): ImportReply {
  const { seq, fileName } = request;
  post({ seq, type: 'progress', message: `Checking ${fileName} (${sizeText(bytes.length)})…` });
  const incoming = readIncomingMap(bytes, fileName);
  post({ seq, type: 'progress', message: `Looking for stakeholders already on your map among ${incoming.stakeholders.length}…` });
  return { seq, type: 'merge', fileName, incoming, proposal: proposeMerge(request.base, incoming) };
}

/** A GEXF or GraphML file: converted at once (no columns to map) and reconciled with the map. */
function readGraph(request: Extract<ReadRequest, { purpose: 'import' }>, text: string, encoding: string, newId: () => string, post: Post): ImportReply {
  const { seq, fileName, target } = request;
  const parsed = graphFormatOf(fileName) === 'gexf' ? parseGexf(text, fileName) : parseGraphml(text, fileName);
  post({ seq, type: 'progress', message: `Converting ${parsed.nodes.length} nodes and ${parsed.edges.length} edges…` });
  const addition = importedGraphToStakeholders(parsed, {
    now: target.now,
    newId,
    sourceLabel: fileName,
    serviceCatalog: target.serviceCatalog,
    ...(request.groupsAsOrganizations === undefined ? {} : { groupsAsOrganizations: request.groupsAsOrganizations }),
  });
  post({ seq, type: 'progress', message: `Looking for stakeholders already on your map among ${addition.stakeholders.length}…` });
  const plan = planReconciliation(target.existingStakeholders, addition.stakeholders);
  const newTies = plannedNewTies({ stakeholders: target.existingStakeholders, ties: target.existingTies ?? [] }, addition, plan);
  const review = { plan, problems: [], skippedCsv: null, skippedTiesCsv: null, valueColumns: [], blankRows: 0, newTies };
  return { seq, type: 'addition', fileName, encoding, addition, review };
}

/** Keeps the sheet for the mapping step and answers with its first rows. */
function previewSheet(kept: Kept, seq: number, table: CsvTable, fileName: string, encoding: string, workbook: Partial<CsvPreview> = {}): ImportReply {
  kept.sheet = { table, fileName, encoding };
  const sample = table.rows.slice(0, SAMPLE_ROWS).map((row) => ({ line: row.line, cells: table.headers.map((h) => row.cells.get(h) ?? '') }));
  const preview = { fileName, encoding, headers: table.headers, rowCount: table.rows.length, sample, warnings: table.warnings, ...workbook };
  return { seq, type: 'csv', preview };
}

/** A workbook: the chosen sheet, or Kumu's two sheets (elements, with the connections as the ties sheet), or the first. */
function readWorkbook(kept: Kept, seq: number, bytes: Uint8Array, fileName: string, chosen: string | undefined): ImportReply {
  const sheets = listXlsxSheetNames(bytes, fileName);
  const kumuSheets = kumuSheetsOf(sheets);
  const kumu = chosen === undefined ? kumuSheets : null;
  if (!kumu) {
    const table = readXlsxRows(bytes, fileName, chosen === undefined ? {} : { sheet: chosen });
    return previewSheet(kept, seq, table, fileName, 'utf-8', { sheet: table.sheet, sheets, kumu: kumuSheets !== null });
  }
  const workbook = readKumuWorkbook(bytes, fileName, kumu);
  kept.tiesSheet = { table: workbook.connections, fileName: workbook.connectionsLabel, fromWorkbook: true };
  const tiesFromWorkbook = { sheet: kumu.connections, rowCount: workbook.connections.rows.length };
  return previewSheet(kept, seq, workbook.elements, fileName, 'utf-8', { sheet: kumu.elements, sheets, tiesFromWorkbook, kumu: true });
}

/** A file to import: a CSV or workbook (previewed for the column mapping) or a graph file (converted at once). */
function readImport(kept: Kept, request: Extract<ReadRequest, { purpose: 'import' }>, bytes: Uint8Array, newId: () => string, post: Post): ImportReply {
  const { seq, fileName } = request;
  const lower = fileName.toLowerCase();
  const graph = graphFormatOf(fileName);
  const excel = lower.endsWith('.xlsx');
  if (!lower.endsWith('.csv') && !excel && !graph) {
    const hint = lower.endsWith('.json') ? ' To bring in another coalition map, use “Merge another map…”.' : '';
    throw new ImportError(fileName, null, `not a file the app can import: expected .csv, .xlsx, .gexf or .graphml.${hint}`);
  }
  checkSize(bytes, fileName);
  post({ seq, type: 'progress', message: `Reading ${fileName} (${sizeText(bytes.length)})…` });
  // A workbook's parts are UTF-8 XML inside a ZIP: no encoding to choose, and the same column mapping as CSV.
  if (excel) return readWorkbook(kept, seq, bytes, fileName, request.sheet);
  const decoded = decode(bytes, fileName, request.encoding ?? (graph ? declaredXmlEncoding(bytes) : undefined));
  post({ seq, type: 'progress', message: graph ? 'Reading nodes and edges…' : 'Reading rows…' });
  if (!graph) return previewSheet(kept, seq, parseCsv(decoded.text, fileName), fileName, decoded.encoding);
  kept.sheet = null;
  return readGraph(request, decoded.text, decoded.encoding, newId, post);
}

/** Converts the kept sheet; a Kumu workbook's connections go with its elements unless the window says otherwise. */
function convert(kept: Kept, request: Extract<ImportRequest, { type: 'convert' }>, newId: () => string, post: Post): ImportReply {
  const withTies = request.withTies ?? kept.tiesSheet?.fromWorkbook === true;
  const ties = withTies ? kept.tiesSheet : null;
  if (withTies && !ties) throw new Error('there is no ties sheet to add; choose it again');
  if (!kept.sheet) throw new Error('there is no sheet to convert; choose the file again');
  return convertKept(request, kept.sheet, ties, newId, post);
}

function answer(kept: Kept, request: ImportRequest, newId: () => string, post: Post): ImportReply {
  if (request.type === 'convert') return convert(kept, request, newId, post);
  const bytes = bytesFromBase64(request.base64);
  if (request.type === 'ties') {
    const { kept: ties, reply } = readTiesSheet(request, bytes, post);
    kept.tiesSheet = ties;
    return reply;
  }
  kept.tiesSheet = null;
  return request.purpose === 'merge' ? readMerge(request, bytes, post) : readImport(kept, request, bytes, newId, post);
}

export function createImportCore(post: Post, newId: () => string = () => crypto.randomUUID()) {
  const kept: Kept = { sheet: null, tiesSheet: null };
  return {
    handle(request: ImportRequest): void {
      let reply: ImportReply;
      try {
        reply = answer(kept, request, newId, post);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reply = { seq: request.seq, type: 'failed', stage: error instanceof DecodeFailure ? 'decode' : 'parse', message };
      }
      post(reply);
    },
  };
}
