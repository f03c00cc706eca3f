// Internal: a small, safe XML reader for statutory returns. Not exported from the package.
//
// Safety is the point: DOCTYPE and ENTITY declarations are refused outright (so no entity is ever expanded
// and nothing external is ever fetched); only the five predefined entities and numeric character references
// are decoded. Well-formedness errors stop the read with a located issue. The reader is iterative (no
// recursion on input depth) and bounded in nesting depth, so a hostile file cannot overflow the stack.
//
// It reads text as it arrives (`XmlStream`: push pieces of any size, then `end`), and a caller can take each
// element as it closes and leave it out of the tree (the CIN census reader reads a <Child> and lets it go), so a
// file far larger than memory is read holding only what the caller keeps. `readXml` is the whole-text form.
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

/** What an {@link XmlStream} tells its caller as it reads. */
export interface XmlStreamHandlers {
  /** A start tag was read (its children not yet); depth 1 is the root. */
  readonly open?: (element: XmlElement, depth: number) => void;
  /**
   * An element was closed, with all its content. Return true to leave it out of its parent's children (the caller
   * has used it), so it is not held.
   */
  readonly close?: (element: XmlElement, depth: number, parent: XmlElement | undefined) => boolean;
}

/** Text of one construct (a tag, comment, run of text) longer than this is refused rather than buffered. */
const MAX_PENDING = 16 * 1024 * 1024;

/**
 * An XML document read piece by piece: `push` each piece of text as it is decoded (any split, even inside a tag
 * or a reference), then `end`. Never throws; after a fatal problem the rest is ignored.
 */
export class XmlStream {
  private buf = "";
  /** The document offset of `buf[0]`. */
  private base = 0;
  /** The next unread index of `buf`. */
  private i = 0;
  private started = false;
  private stopped = false;
  private final = false;
  private line = 1;
  private lineStart = 0;
  /** The document offset up to which line ends are counted. */
  private counted = 0;
  private readonly problems: XmlProblem[] = [];
  private readonly stack: MutableElement[] = [];
  private readonly qnames: string[] = [];
  private readonly hadChildren = new WeakSet<MutableElement>();
  private root: MutableElement | null = null;
  private sawDeclaration = false;

  constructor(private readonly handlers: XmlStreamHandlers = {}) {}

  /** Reads a piece of the text; false once a fatal problem has stopped the read. */
  push(piece: string): boolean {
    if (this.stopped || this.final) return !this.stopped;
    let text = piece;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.i > 0) {
      this.countLines(this.base + this.i);
      this.buf = this.buf.slice(this.i);
      this.base += this.i;
      this.i = 0;
    }
    this.buf += text;
    this.run();
    return !this.stopped;
  }

  /** The end of the text: the root element, or null with the problems when the document is refused or malformed. */
  end(): XmlReadResult {
    if (!this.stopped) {
      this.final = true;
      this.run();
    }
    const problems = this.problems;
    if (this.stopped) return { root: null, problems };
    const open = this.stack[this.stack.length - 1];
    if (open) {
      problems.push({
        code: "xml-unclosed",
        message: `The element ${tagName(this.qnames[this.qnames.length - 1] ?? "")} opened on line ${open.line}, column ${open.column} is never closed (the file may be truncated).`,
        severity: "error",
        ...this.locate(this.base + this.buf.length),
      });
      return { root: null, problems };
    }
    if (!this.root) {
      problems.push({
        code: "xml-empty",
        message: "The file has no XML element.",
        severity: "error",
        line: 1,
        column: 1,
      });
      return { root: null, problems };
    }
    return { root: this.root, problems };
  }

  private countLines(upTo: number): void {
    const buf = this.buf;
    for (let k = this.counted - this.base; k < upTo - this.base; k++)
      if (buf.charCodeAt(k) === 10) {
        this.line++;
        this.lineStart = this.base + k + 1;
      }
    this.counted = Math.max(this.counted, upTo);
  }

  /** Line and column of a document offset (offsets are located in increasing order). */
  private locate(offset: number): { line: number; column: number } {
    this.countLines(offset);
    return { line: this.line, column: Math.max(1, offset - this.lineStart + 1) };
  }

  private fail(offset: number, code: string, message: string): never {
    this.problems.push({ code, message, severity: "error", ...this.locate(offset) });
    throw new Fatal(message);
  }

  /** Whether the construct at `at` (a `<`) is all in the buffer. */
  private complete(at: number): boolean {
    const text = this.buf;
    if (text.length - at < 10) return false;
    if (text.startsWith("<?", at)) return text.indexOf("?>", at + 2) >= 0;
    if (text.startsWith("<!--", at)) return text.indexOf("-->", at + 4) >= 0;
    if (text.startsWith("<![CDATA[", at)) return text.indexOf("]]>", at + 9) >= 0;
    if (text.startsWith("<!", at)) return true;
    let quote = 0;
    for (let k = at + 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62 || c === 60) return true;
    }
    return false;
  }

  private run(): void {
    try {
      this.read();
      if (!this.final && this.buf.length - this.i > MAX_PENDING)
        this.fail(
          this.base + this.i,
          "xml-unclosed",
          "A tag, comment or run of text is longer than 16 MB: the file is not a return, or is damaged.",
        );
    } catch (error) {
      this.stopped = true;
      this.buf = "";
      this.i = 0;
      if (error instanceof Fatal) return;
      this.problems.push({
        code: "xml-internal",
        message: "The XML reader stopped unexpectedly.",
        severity: "error",
        line: this.line,
        column: 1,
      });
    }
  }

  private read(): void {
    const text = this.buf;
    const base = this.base;
    const stack = this.stack;
    const qnames = this.qnames;
    const fail = (offset: number, code: string, message: string): never =>
      this.fail(base + offset, code, message);
    const decode = (raw: string, at: number): string => decodeReferences(raw, at, fail);
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
    const closed = (element: MutableElement, depth: number): void => {
      const parent = stack[stack.length - 1];
      if (this.handlers.close?.(element, depth, parent) === true && parent?.children.at(-1) === element)
        parent.children.pop();
    };
    let i = this.i;
    while (i < text.length) {
      const lt = text.indexOf("<", i);
      if (lt < 0 && !this.final) break;
      const end = lt < 0 ? text.length : lt;
      if (end > i) {
        const chunk = text.slice(i, end);
        if (chunk.includes("]]>"))
          fail(i + chunk.indexOf("]]>"), "xml-syntax", "']]>' is not allowed in character data.");
        const parent = stack[stack.length - 1];
        // White space between child elements is not kept (it is layout); a leaf keeps all its text.
        if (parent) {
          if (!this.hadChildren.has(parent) || /\S/.test(chunk)) parent.text += decode(chunk, i);
        } else if (chunk.trim() !== "") {
          const at = i + chunk.search(/\S/);
          fail(
            at,
            "xml-syntax",
            this.root ? "Text after the root element's end." : "Text before the root element.",
          );
        }
      }
      if (lt < 0) {
        i = text.length;
        break;
      }
      i = lt;
      this.i = i;
      if (!this.final && !this.complete(i)) break;
      if (text.startsWith("<?", i)) {
        const close = text.indexOf("?>", i + 2);
        if (close < 0) fail(i, "xml-unclosed", "A processing instruction ('<?') is never closed with '?>'.");
        const target = text.slice(i + 2, close).split(/[ \t\r\n]/, 1)[0] ?? "";
        if (target.toLowerCase() === "xml") {
          if (base + i !== 0 || this.sawDeclaration)
            fail(i, "xml-syntax", "The XML declaration may only appear at the very start of the file.");
          this.sawDeclaration = true;
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
        } else closed(open, stack.length + 1);
        i = close + 1;
      } else {
        const nameEnd = readName(i + 1);
        const qname = text.slice(i + 1, nameEnd);
        const at = this.locate(base + i);
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
        if (parent) {
          parent.children.push(element);
          this.hadChildren.add(parent);
        } else if (this.root)
          fail(i, "xml-syntax", `A second root element ${tagName(qname)}: a document has exactly one.`);
        else this.root = element;
        this.handlers.open?.(element, stack.length + 1);
        if (selfClosing) closed(element, stack.length + 1);
        else {
          if (stack.length >= MAX_DEPTH)
            fail(i, "xml-too-deep", `Elements are nested more than ${MAX_DEPTH} deep.`);
          stack.push(element);
          qnames.push(qname);
        }
        i = j;
      }
      this.i = i;
    }
    this.i = i;
  }
}

/** Reads an XML document into a tree of elements without ever expanding an entity. Never throws. */
export function readXml(input: string): XmlReadResult {
  const stream = new XmlStream();
  stream.push(typeof input === "string" ? input : "");
  return stream.end();
}

const localName = (qname: string): string => {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/** The five predefined entities and numeric character references decoded; anything else is fatal. */
function decodeReferences(
  raw: string,
  base: number,
  fail: (offset: number, code: string, message: string) => never,
): string {
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
      fail(base + amp, "xml-bad-reference", "A '&' must start a reference such as &amp; (write & as &amp;).");
    }
    const named = PREDEFINED[body];
    if (named !== undefined) out += named;
    else if (/^#[0-9]{1,7}$/.test(body) || /^#x[0-9A-Fa-f]{1,6}$/.test(body)) {
      const code = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
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
}
