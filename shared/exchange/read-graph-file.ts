// Picks the reader for a graph file from its name, after decoding its bytes the way its XML
// declaration asks (or refusing, with the encoding named, when they do not decode).
import { declaredXmlEncoding, decodeFileBytes } from './decode-text';
import { parseGexf } from './gexf';
import { parseGraphml } from './graphml';
import { ImportError } from './import-error';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type ImportedGraph } from './imported-graph';

export type GraphFormat = 'gexf' | 'graphml';

export function graphFormatOf(fileName: string): GraphFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.graphml') || lower.endsWith('.xml')) return 'graphml';
  return null;
}

/** `encoding` is the user's explicit choice after a refusal; else the BOM or XML declaration decides. */
export function readGraphFile(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  encoding?: string,
): ImportedGraph {
  const format = graphFormatOf(fileName);
  if (!format) throw new ImportError(fileName, null, 'not a graph file: expected a .gexf or .graphml name');
  if (bytes.length > limits.maxBytes) {
    throw new ImportError(fileName, null, `the file is ${bytes.length} bytes, more than the import limit of ${limits.maxBytes}`);
  }
  const { text } = decodeFileBytes(bytes, fileName, encoding ?? declaredXmlEncoding(bytes));
  return format === 'gexf' ? parseGexf(text, fileName, limits) : parseGraphml(text, fileName, limits);
}
