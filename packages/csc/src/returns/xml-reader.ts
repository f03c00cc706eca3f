// Internal: a small, safe XML reader for statutory returns. Not exported from the package.
//
// Safety is the point: DOCTYPE and ENTITY declarations are refused outright (so no entity is ever expanded
// and nothing external is ever fetched); only the five predefined entities and numeric character references
// are decoded. Well-formedness errors stop the read with a located issue. The reader is iterative (no
// recursion on input depth) and bounded in nesting depth, so a hostile file cannot overflow the stack.
import { tagName } from "./xml-names.js";

/** An element of the document, with its 1-based line and column. */
export interface XmlElement {
  /** Local name (any namespace prefix removed). */
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Character data directly inside this element (entities decoded), untrimmed; white space between child elements is dropped. */
  readonly text: string;
  /** The file the element came from, when not the one being read (a CIN census built from flat CSV tables). */
  readonly file?: string;
}

/** A problem found while reading XML. */
export interface XmlProblem {
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly severity: "error" | "warning";
}

/** The outcome of reading: the root element, or `null` when the document is refused or malformed. */
export interface XmlReadResult {
  readonly root: XmlElement | null;
  readonly problems: readonly XmlProblem[];
}

interface MutableElement {
  name: string;
  line: number;
  column: number;
  attributes: Record<string, string>;
  children: MutableElement[];
  text: string;
}

const MAX_DEPTH = 64;
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
/** XML name characters, simplified: ASCII letters, `_`, `:` and anything from U+00C0 up. */
const isNameStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 0xc0;
/** …plus digits, `.`, `-` and U+00B7. */
const isNameChar = (c: number): boolean =>
  isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 0xb7;

class Fatal extends Error {}

/** Reads an XML document into a tree of elements without ever expanding an entity. Never throws. */
export function readXml(input: string): XmlReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const locate = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const problems: XmlProblem[] = [];
  const fail = (offset: number, code: string, message: string): never => {
    problems.push({ code, message, severity: "error", ...locate(offset) });
    throw new Fatal(message);
  };

  const decode = (raw: string, base: number): string => {
    if (!raw.includes("&")) return raw;
    let out = "";
    let i = 0;
    while (i < raw.length) {
      const amp = raw.indexOf("&", i);
      if (amp < 0) {
        out += raw.slice(i);
        break;
      }
      out += raw.slice(i, amp);
      const semi = raw.indexOf(";", amp);
      const body = semi < 0 ? "" : raw.slice(amp + 1, semi);
      if (semi < 0 || semi - amp > 12 || body.length === 0) {
        fail(
          base + amp,
          "xml-bad-reference",
          "A '&' must start a reference such as &amp; (write & as &amp;).",
        );
      }
      const named = PREDEFINED[body];
      if (named !== undefined) out += named;
      else if (/^#[0-9]{1,7}$/.test(body) || /^#x[0-9A-Fa-f]{1,6}$/.test(body)) {
        const code =
          body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        const allowed =
          code === 0x9 ||
          code === 0xa ||
          code === 0xd ||
          (code >= 0x20 && code <= 0xd7ff) ||
          (code >= 0xe000 && code <= 0xfffd) ||
          (code >= 0x10000 && code <= 0x10ffff);
        if (!allowed)
          fail(base + amp, "xml-bad-reference", "This character reference is not a character XML allows.");
        out += String.fromCodePoint(code);
      } else {
        fail(
          base + amp,
          "xml-undeclared-entity",
          "This entity reference is not one of the five XML predefines (&lt; &gt; &amp; &apos; &quot;); entities are never expanded.",
        );
      }
      i = semi + 1;
    }
    return out;
  };

  const readName = (start: number): number => {
    if (!isNameStart(text.charCodeAt(start))) fail(start, "xml-syntax", "A tag name was expected here.");
    let j = start + 1;
    while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
    return j;
  };
  const skipSpace = (from: number): number => {
    let j = from;
    for (let c = text.charCodeAt(j); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++j));
    return j;
  };
  const localName = (qname: string): string => {
    const colon = qname.indexOf(":");
    return colon < 0 ? qname : qname.slice(colon + 1);
  };

  const stack: MutableElement[] = [];
  const qnames: string[] = [];
  let root: MutableElement | null = null;
  let i = 0;
  let sawDeclaration = false;
  try {
    while (i < text.length) {
      const lt = text.indexOf("<", i);
      const end = lt < 0 ? text.length : lt;
      if (end > i) {
        const chunk = text.slice(i, end);
        if (chunk.includes("]]>"))
          fail(i + chunk.indexOf("]]>"), "xml-syntax", "']]>' is not allowed in character data.");
        const parent = stack[stack.length - 1];
        // White space between child elements is not kept (it is layout); a leaf keeps all its text.
        if (parent) {
          if (parent.children.length === 0 || /\S/.test(chunk)) parent.text += decode(chunk, i);
        } else if (chunk.trim() !== "") {
          const at = i + chunk.search(/\S/);
          fail(
            at,
            "xml-syntax",
            root ? "Text after the root element's end." : "Text before the root element.",
          );
        }
      }
      if (lt < 0) break;
      i = lt;
      if (text.startsWith("<?", i)) {
        const close = text.indexOf("?>", i + 2);
        if (close < 0) fail(i, "xml-unclosed", "A processing instruction ('<?') is never closed with '?>'.");
        const target = text.slice(i + 2, close).split(/[ \t\r\n]/, 1)[0] ?? "";
        if (target.toLowerCase() === "xml") {
          if (i !== 0 || sawDeclaration)
            fail(i, "xml-syntax", "The XML declaration may only appear at the very start of the file.");
          sawDeclaration = true;
        }
        i = close + 2;
      } else if (text.startsWith("<!--", i)) {
        const close = text.indexOf("-->", i + 4);
        if (close < 0) fail(i, "xml-unclosed", "A comment ('<!--') is never closed with '-->'.");
        i = close + 3;
      } else if (text.startsWith("<![CDATA[", i)) {
        const close = text.indexOf("]]>", i + 9);
        if (close < 0) fail(i, "xml-unclosed", "A CDATA section is never closed with ']]>'.");
        const parent = stack[stack.length - 1];
        if (!parent) fail(i, "xml-syntax", "A CDATA section outside the root element.");
        else parent.text += text.slice(i + 9, close);
        i = close + 3;
      } else if (text.startsWith("<!", i)) {
        const word = text.slice(i + 2, i + 10).toUpperCase();
        if (word.startsWith("DOCTYPE") || word.startsWith("ENTITY")) {
          fail(
            i,
            "xml-doctype-refused",
            "DOCTYPE and ENTITY declarations are refused: returns never need them, and they can expand or fetch content. Remove the declaration and read the file again.",
          );
        }
        fail(i, "xml-syntax", "Unrecognised markup declaration ('<!').");
      } else if (text.startsWith("</", i)) {
        const nameEnd = readName(i + 2);
        const qname = text.slice(i + 2, nameEnd);
        const close = skipSpace(nameEnd);
        if (text[close] !== ">")
          fail(close, "xml-syntax", `The end tag ${tagName(qname, true)} is not closed with '>'.`);
        const open = stack.pop();
        const openQname = qnames.pop();
        if (!open)
          fail(i, "xml-mismatched-tag", `The end tag ${tagName(qname, true)} has no matching start tag.`);
        else if (openQname !== qname) {
          fail(
            i,
            "xml-mismatched-tag",
            `The end tag ${tagName(qname, true)} does not match ${tagName(openQname ?? "")} opened on line ${open.line}, column ${open.column}.`,
          );
        }
        i = close + 1;
      } else {
        const nameEnd = readName(i + 1);
        const qname = text.slice(i + 1, nameEnd);
        const at = locate(i);
        const element: MutableElement = {
          name: localName(qname),
          line: at.line,
          column: at.column,
          attributes: {},
          children: [],
          text: "",
        };
        let j = nameEnd;
        let selfClosing = false;
        for (;;) {
          const k = skipSpace(j);
          if (k >= text.length)
            fail(i, "xml-unclosed", `The start tag ${tagName(qname)} is never closed with '>'.`);
          if (text[k] === ">") {
            j = k + 1;
            break;
          }
          if (text.startsWith("/>", k)) {
            j = k + 2;
            selfClosing = true;
            break;
          }
          if (k === j)
            fail(k, "xml-syntax", `Attributes in ${tagName(qname)} must be separated by white space.`);
          const attrEnd = readName(k);
          const attr = text.slice(k, attrEnd);
          const eq = skipSpace(attrEnd);
          if (text[eq] !== "=")
            fail(eq, "xml-syntax", `An attribute in ${tagName(qname)} needs '=' and a quoted value.`);
          const q = skipSpace(eq + 1);
          const quote = text[q];
          if (quote !== '"' && quote !== "'")
            fail(q, "xml-syntax", `The value of an attribute in ${tagName(qname)} must be quoted.`);
          const valueEnd = text.indexOf(quote!, q + 1);
          if (valueEnd < 0)
            fail(q, "xml-unclosed", `The value of an attribute in ${tagName(qname)} is never closed.`);
          const raw = text.slice(q + 1, valueEnd);
          if (raw.includes("<"))
            fail(q + 1 + raw.indexOf("<"), "xml-syntax", `'<' is not allowed in the value of an attribute.`);
          if (Object.hasOwn(element.attributes, attr))
            fail(k, "xml-syntax", `An attribute appears twice in ${tagName(qname)}.`);
          element.attributes[attr] = decode(raw, q + 1);
          j = valueEnd + 1;
        }
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else if (root)
          fail(i, "xml-syntax", `A second root element ${tagName(qname)}: a document has exactly one.`);
        else root = element;
        if (!selfClosing) {
          if (stack.length >= MAX_DEPTH)
            fail(i, "xml-too-deep", `Elements are nested more than ${MAX_DEPTH} deep.`);
          stack.push(element);
          qnames.push(qname);
        }
        i = j;
      }
    }
    const open = stack[stack.length - 1];
    if (open) {
      problems.push({
        code: "xml-unclosed",
        message: `The element ${tagName(qnames[qnames.length - 1] ?? "")} opened on line ${open.line}, column ${open.column} is never closed (the file may be truncated).`,
        severity: "error",
        ...locate(text.length),
      });
      return { root: null, problems };
    }
    if (!root) {
      problems.push({
        code: "xml-empty",
        message: "The file has no XML element.",
        severity: "error",
        line: 1,
        column: 1,
      });
      return { root: null, problems };
    }
    return { root, problems };
  } catch (error) {
    if (error instanceof Fatal) return { root: null, problems };
    problems.push({
      code: "xml-internal",
      message: "The XML reader stopped unexpectedly.",
      severity: "error",
      ...locate(Math.min(i, text.length)),
    });
    return { root: null, problems };
  }
}
