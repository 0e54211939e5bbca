// Escaping for the XML the exports write (GEXF, GraphML, SpreadsheetML). Characters XML 1.0 cannot
// carry at all (most control characters, lone surrogates, U+FFFE/U+FFFF) are dropped: a file with
// them would not open in Gephi or Excel, and they carry nothing a reader needs.

// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripNonXmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

/** For element text: `<` and `&` always, `>` so `]]>` can never appear, CR so parsers keep it. */
export function escapeXmlText(value: string): string {
  return stripNonXmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** For a double-quoted attribute value; tab and line breaks as references so parsers keep them. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}
