// text: reading files' text, in Node and in a browser (public exports, listed on purpose).

export {
  CSV_SYNTAX_CODE,
  type CsvDelimiter,
  type CsvRecord,
  type CsvRecords,
  type ReadCsvOptions,
  readCsvRecords,
  sniffDelimiter,
} from "./csv-records.js";
export { type ByteSource, type DecodedStream, decodeTextStream } from "./decode-stream.js";
export { type DecodedText, decodeText, type TextIssueCode } from "./decode-text.js";
export { repairMojibake } from "./repair-mojibake.js";
