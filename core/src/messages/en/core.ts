import type { ValidationError } from '../../errors/types';
import type { MessageEntry } from '../types';
import { strptimeInWords } from '../strptime';
import { encodingLabel } from '../../parse/decoder';

const q = (s: unknown): string => `"${String(s)}"`;
const list = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(', ') : String(v));
const v = (e: ValidationError): string => q(e.value ?? '');

const SOURCE: Record<string, [string, string]> = {
  empty: ['The file is empty.', 'Export the table again: the file holds no data.'],
  xlsx: ['This is an Excel workbook (.xlsx) renamed to .csv, not a CSV file.', 'Open it in Excel, then "Save As" > "CSV UTF-8 (Comma delimited)".'],
  ods: ['This is a LibreOffice workbook (.ods) renamed to .csv, not a CSV file.', 'Open it in LibreOffice, then "Save As" > "Text CSV", Unicode (UTF-8), comma separator.'],
  xls: ['This is an old Excel workbook (.xls), not a CSV file.', 'Open it in Excel, then "Save As" > "CSV UTF-8 (Comma delimited)".'],
  zip: ['This is a ZIP archive, not a CSV file.', 'Unzip it and validate the CSV file inside.'],
  gzip: ['This file is compressed (gzip), not a CSV file.', 'Decompress it and validate the resulting CSV file.'],
  pdf: ['This is a PDF document, not a CSV file.', 'Publish the data as a CSV table exported from the original spreadsheet.'],
  image: ['This is an image, not a CSV file.', 'Check the link or the file you chose.'],
  binary: ['This file is not text (binary content): it is not a CSV file.', 'Check the file you chose; export the table as "CSV UTF-8".'],
  html: ['This link returns a web page (HTML), not a CSV file.', 'The page may be gone or require a login: open the link in the browser to check.'],
  json: ['This file holds JSON, not a CSV table.', 'Use the CSV version of the dataset.'],
  'unclosed-quote': ['A quote opened on this row is never closed: the whole rest of the file would read as one cell.', 'Close the quote; inside a quoted cell, write a quote twice ("").'],
  'cell-too-large': ['A cell is over 32 million characters: a quote is probably never closed.', 'Look for an opening quote without a closing one around this row.'],
  network: ['The file could not be downloaded.', 'Check the connection and the link, then retry.'],
  'http-status': ['The server refused to deliver the file.', 'The link may be broken or the file removed: open it in a web browser to check.'],
};

const SCHEMA: Record<string, (e: ValidationError) => [string, string]> = {
  unknown: (e) => [`Schema ${q(e.params.ref)} is unknown.`, 'Check the name and version ("scdl schemas" lists them).'],
  load: (e) => [`The schema could not be loaded: ${String(e.params.problem)}.`, 'Check the schema path or address.'],
  'not-detected': () => ['No schema recognised: the header matches no known SCDL schema.', 'Choose the schema yourself (--schema) or check the header row.'],
  invalid: (e) => [`The schema itself is invalid at ${String(e.params.path)}: ${String(e.params.problem)}.`, 'Fix the schema (or report it to its producer): no data can be validated with it.'],
};

function typeText(e: ValidationError): [string, string] {
  const t = String(e.params.fieldType);
  const f = String(e.params.fieldFormat ?? 'default');
  const custom = f.includes('%') ? strptimeInWords(f, 'en') : null;
  switch (t) {
    case 'date':
      return [custom ? `a date in the ${custom} format` : 'a date in the YYYY-MM-DD format', custom ? `Write the date as ${custom}.` : 'Write the date as YYYY-MM-DD, e.g. 2024-03-12.'];
    case 'datetime':
      return ['a date and time as YYYY-MM-DDThh:mm:ss', 'Write e.g. 2024-03-12T14:30:00 (optional zone: Z or +01:00).'];
    case 'time':
      return ['a time as hh:mm:ss', 'Write e.g. 14:30:00.'];
    case 'integer':
      return ['a whole number', 'Write a whole number with no space, decimal or symbol: 1234.'];
    case 'number':
      return ['a number', 'Use a point as decimal separator, with no space or symbol: 1234.56.'];
    case 'boolean':
      return [`one of: ${list(e.params.values ?? ['true', 'false'])}`, `Write exactly one of: ${list(e.params.values ?? ['true', 'false'])}.`];
    case 'year':
      return ['a 4-digit year', 'Write the year with 4 digits: 2024.'];
    case 'yearmonth':
      return ['a year and month as YYYY-MM', 'Write e.g. 2024-03.'];
    case 'duration':
      return ['an ISO 8601 duration', 'Write e.g. P1Y2M3D or PT2H30M.'];
    case 'geopoint':
      return ['a geographic point', f === 'array' ? 'Write [longitude, latitude], e.g. [2.35, 48.85].' : f === 'object' ? 'Write {"lon": 2.35, "lat": 48.85}.' : 'Write "longitude, latitude", e.g. "2.35, 48.85".'];
    case 'geojson':
      return ['a GeoJSON object', 'Write a valid GeoJSON object, e.g. {"type": "Point", "coordinates": [2.35, 48.85]}.'];
    case 'object':
      return ['a JSON object', 'Write a JSON object in braces: {"key": "value"}.'];
    case 'array':
      return ['a JSON array', 'Write a JSON array in brackets: ["a", "b"].'];
    case 'list':
      return ['a list of values', 'Separate the values with the delimiter the schema sets.'];
    case 'string':
      return [f === 'email' ? 'an e-mail address' : f === 'uri' ? 'a web address (URL)' : f === 'uuid' ? 'a UUID' : f === 'binary' ? 'base64-encoded content' : 'text',
        f === 'email' ? 'Write a full address: name@example.org.' : f === 'uri' ? 'Write a full address starting with https://.' : 'Check the expected format in the field description.'];
    default:
      return [`a value of type ${t}`, 'Check the expected format in the field description.'];
  }
}

function constraintText(e: ValidationError): [string, string] {
  const x = e.params.expected;
  switch (e.params.constraint) {
    case 'required':
      return ['Empty cell in a required field.', 'Fill in a value.'];
    case 'pattern':
      return [`${v(e)} does not match the expected format (pattern ${String(x)}).`, 'Check the expected format in the field description (digits, letters, separators).'];
    case 'enum':
      return [`${v(e)} is not one of the allowed values.`, `Allowed values: ${list(x)}.`];
    case 'minLength':
      return [`${v(e)} is too short (at least ${String(x)} characters).`, `Use at least ${String(x)} characters.`];
    case 'maxLength':
      return [`The text is too long (at most ${String(x)} characters).`, `Shorten it to ${String(x)} characters or fewer.`];
    case 'minimum':
      return [`${v(e)} is below the minimum (${String(x)}).`, `Enter a value greater than or equal to ${String(x)}.`];
    case 'maximum':
      return [`${v(e)} is above the maximum (${String(x)}).`, `Enter a value less than or equal to ${String(x)}.`];
    case 'exclusiveMinimum':
      return [`${v(e)} must be greater than ${String(x)}.`, `Enter a value greater than ${String(x)}.`];
    case 'exclusiveMaximum':
      return [`${v(e)} must be less than ${String(x)}.`, `Enter a value less than ${String(x)}.`];
    case 'jsonSchema':
      return [`${v(e)} does not have the expected JSON structure${e.params.problem ? `: ${String(e.params.problem)}` : ''}.`, 'Check the expected structure in the field description.'];
    default:
      return [`${v(e)} breaks the ${String(e.params.constraint)} constraint.`, 'Check the field description.'];
  }
}

export const enCore = {
  'source-error': {
    title: 'Unreadable file',
    message: (e) => SOURCE[String(e.params.reason)]?.[0] ?? `The file could not be read (${String(e.params.reason)}).`,
    hint: (e) => SOURCE[String(e.params.reason)]?.[1] ?? 'Export the table again as "CSV UTF-8".',
  },
  'encoding-error': {
    title: 'Unreadable characters',
    message: (e) => e.params.reason === 'nul'
      ? `The file holds ${String(e.params.count)} NUL character(s) (byte 0): not normal text, the export is probably damaged.`
      : `${String(e.params.count)} byte sequence(s) are not valid UTF-8: the file mixes two encodings (accents will show wrong).`,
    hint: () => 'Save the file again as "CSV UTF-8" from the original spreadsheet, then check the accents.',
  },
  'schema-error': {
    title: 'Unusable schema',
    message: (e) => (SCHEMA[String(e.params.reason)] ?? SCHEMA.load!)(e)[0],
    hint: (e) => (SCHEMA[String(e.params.reason)] ?? SCHEMA.load!)(e)[1],
  },
  'check-error': {
    title: 'Unusable schema check',
    message: (e) => e.params.reason === 'unknown'
      ? `The check ${q(e.params.check)} required by the schema does not exist: it was not applied.`
      : `The check ${q(e.params.check)} is misconfigured in the schema (${String(e.params.problem)}): it was not applied.`,
    hint: () => 'Report it to the schema producer; the rest of the validation did run.',
  },
  'blank-label': { title: 'Blank column name', message: () => 'This column has an empty header.', hint: () => 'Give it the expected field name, or delete the column if it holds nothing.' },
  'duplicate-label': { title: 'Duplicate column', message: (e) => `Column ${v(e)} appears twice (already column ${String(e.params.firstColumn)}).`, hint: () => 'Delete the duplicate or rename it after the schema.' },
  'extra-label': { title: 'Unknown column', message: (e) => `Column ${v(e)} is not part of the schema.`, hint: () => 'Delete it, or rename it exactly as the schema field it stands for.' },
  'missing-label': { title: 'Missing required column', message: (e) => `Column ${q(e.fieldName)} is missing.`, hint: (e) => `Add a column named exactly ${q(e.fieldName)} and fill it in.` },
  'missing-optional-label': { title: 'Missing optional column', message: (e) => `Optional column ${q(e.fieldName)} is missing.`, hint: (e) => `Add column ${q(e.fieldName)}, even empty: the schema lists all its columns.` },
  'incorrect-label': { title: 'Misspelt header', message: (e) => (e.params.alias ? `Header ${v(e)} is an old (pre-SCDL) name of column ${q(e.params.expected)}: it is read as such here, but Validata and data.gouv.fr will not recognise it.` : `Header ${v(e)} should read ${q(e.params.expected)}.`), hint: (e) => `Rename the header exactly ${q(e.params.expected)}: case, accents and spaces matter.` },
  'misordered-label': { title: 'Columns out of order', message: () => 'The columns are not in the schema order.', hint: (e) => `Expected order: ${list(e.params.expected)}.` },
  'blank-header': { title: 'Blank header', message: () => 'The header row is empty.', hint: () => 'The first row must hold the column names.' },
  'blank-row': { title: 'Blank row', message: () => 'This row is empty.', hint: () => 'Delete blank rows (often ";;;;" rows left at the bottom of the table).' },
  'extra-cell': { title: 'Extra cell', message: (e) => `This row has more cells than the header (value ${v(e)} has no column).`, hint: () => 'A separator is doubled, or a text holding the separator is not quoted.' },
  'missing-cell': { title: 'Missing cell', message: (e) => `This row has no cell for column ${q(e.fieldName ?? e.fieldNumber)}.`, hint: () => 'Each row must have as many cells as the header: a separator is missing.' },
  'type-error': { title: 'Wrong format', message: (e) => `${v(e)} is not ${typeText(e)[0]}.`, hint: (e) => typeText(e)[1] },
  'constraint-error': { title: 'Invalid value', message: (e) => constraintText(e)[0], hint: (e) => constraintText(e)[1] },
  'unique-error': { title: 'Duplicate value', message: (e) => `${v(e)} is already used on row ${String(e.params.firstRow)}, but each value of this column must be unique.`, hint: () => 'Fix the duplicate: each row needs a different value in this column.' },
  'primary-key': { title: 'Duplicate key', message: (e) => `The combination ${list(e.params.fieldNames)} of this row already exists on row ${String(e.params.firstRow)}.`, hint: () => 'Each row must be uniquely identified: fix the duplicate.' },
  'foreign-key': { title: 'Reference not found', message: (e) => `Value ${list(e.params.values)} (${list(e.params.fieldNames)}) matches no row (${list(e.params.referenceFields)}).`, hint: () => 'Fix the reference or add the referenced row.' },
  'non-utf8-encoding': { title: 'Encoding to convert', message: (e) => `The file is encoded in ${encodingLabel(e.params.encoding)}, not UTF-8 as SCDL requires.`, hint: () => 'In Excel: "Save As" > "CSV UTF-8 (Comma delimited)". The automatic fix can also convert it.' },
  'bom-mismatch': { title: 'Inconsistent encoding', message: (e) => `The file announces UTF-8 (BOM) but its content is ${encodingLabel(e.params.encoding)}.`, hint: () => 'Save the file again as "CSV UTF-8" from the original spreadsheet.' },
  'delimiter-not-comma': { title: 'Separator other than a comma', message: (e) => `Columns are separated by ${q(e.params.delimiter === '\t' ? 'tab' : e.params.delimiter)} instead of a comma.`, hint: () => 'SCDL requires commas: the automatic fix can convert the file losslessly.' },
  'title-rows': { title: 'Rows above the header', message: (e) => `${String(e.params.count)} row(s) above the header (title, date, blank row…) were skipped.`, hint: () => 'The file must start with the header row: delete the rows above it.' },
  'trailing-empty-columns': { title: 'Empty trailing columns', message: (e) => `${String(e.params.count)} unnamed, empty column(s) at the end of the table were ignored.`, hint: () => 'Delete the empty columns on the right of the table before exporting.' },
  'stray-quote': { title: 'Misplaced quote', message: () => 'Text follows a closing quote on this row.', hint: () => 'Quote the whole cell and double the quotes inside it ("").' },
  'no-data': { title: 'No data', message: () => 'The file only holds the header row.', hint: () => 'Add the data below the header before publishing.' },
  'schema-warning': { title: 'Schema anomaly', message: (e) => `The schema has an ignored anomaly at ${String(e.params.path)}: ${String(e.params.problem)}.`, hint: () => 'Nothing to fix in your data; the anomaly can be reported to the schema producer.' },
} satisfies Record<string, MessageEntry>;
