import type { Issue } from "@kpikit/core";

/** An element found by the scanner: its path of names and where it starts. */
export interface XmlElement {
  readonly path: string;
  readonly name: string;
  readonly row: number;
  readonly column: number;
  /** Trimmed text content (only for leaf elements; never echoed into messages, it may be child-level data). */
  readonly text: string;
  readonly hasChildren: boolean;
}

/** Elements in document order, and every well-formedness issue. */
export interface XmlScan {
  readonly elements: readonly XmlElement[];
  readonly issues: readonly Issue[];
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?/;

/**
 * A small, safe XML scanner for statutory returns: checks well-formedness (matched tags, quoted
 * attributes, known entities) and refuses DOCTYPE and ENTITY declarations outright, so nothing is ever
 * expanded or fetched. It reports every problem with its line and column.
 * @example
 * scanXml("<a><b>1</b></a>", "x.xml").elements.map((e) => e.path) //=> ["a", "a/b"]
 */
export function scanXml(text: string, file: string): XmlScan {
  const issues: Issue[] = [];
  const elements: XmlElement[] = [];
  const stack: {
    name: string;
    row: number;
    column: number;
    index: number;
    text: string;
    children: number;
  }[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const pos = (at: number) => {
    while (i < at) {
      if (text.charCodeAt(i) === 10) {
        line += 1;
        lineStart = i + 1;
      }
      i += 1;
    }
    return { row: line, column: at - lineStart + 1 };
  };
  const issue = (at: number, code: string, message: string) =>
    issues.push({ code, file, ...pos(at), message });
  let rootSeen = false;
  let rootClosed = false;
  let cursor = 0;
  while (cursor < text.length && issues.length < 200) {
    const lt = text.indexOf("<", cursor);
    const chunk = text.slice(cursor, lt === -1 ? text.length : lt);
    if (chunk.trim() !== "") {
      const top = stack[stack.length - 1];
      if (!top) issue(cursor + chunk.search(/\S/), "xml-text-outside-root", "text outside the root element");
      else {
        checkEntities(chunk, cursor, issue);
        top.text += chunk;
      }
    }
    if (lt === -1) break;
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt + 4);
      if (end === -1) {
        issue(lt, "xml-unclosed-comment", "a comment is never closed");
        break;
      }
      cursor = end + 3;
      continue;
    }
    if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt);
      if (end === -1) {
        issue(lt, "xml-unclosed-cdata", "a CDATA section is never closed");
        break;
      }
      const top = stack[stack.length - 1];
      if (top) top.text += text.slice(lt + 9, end);
      cursor = end + 3;
      continue;
    }
    if (/^<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i.test(text.slice(lt, lt + 10))) {
      issue(
        lt,
        "xml-doctype-refused",
        "DOCTYPE and ENTITY declarations are refused: returns never need them and they can expand or fetch content",
      );
      break;
    }
    if (text.startsWith("<?", lt)) {
      const end = text.indexOf("?>", lt);
      if (end === -1) {
        issue(lt, "xml-unclosed-pi", "a processing instruction is never closed");
        break;
      }
      cursor = end + 2;
      continue;
    }
    const gt = findTagEnd(text, lt + 1);
    if (gt === -1) {
      issue(lt, "xml-unclosed-tag", "a tag is never closed with >");
      break;
    }
    const inner = text.slice(lt + 1, gt);
    cursor = gt + 1;
    if (inner.startsWith("/")) {
      const name = inner.slice(1).trim();
      const open = stack.pop();
      if (!open) {
        issue(lt, "xml-unexpected-close", `closing tag </${name}> has no opening tag`);
        continue;
      }
      if (open.name !== name) {
        issue(
          lt,
          "xml-mismatched-tag",
          `closing tag </${name}> does not match <${open.name}> opened at line ${open.row}`,
        );
        const at = stack.findIndex((s) => s.name === name);
        if (at !== -1) stack.length = at;
        else stack.push(open);
        continue;
      }
      finish(open);
      if (stack.length === 0) rootClosed = true;
      continue;
    }
    const selfClosing = inner.endsWith("/");
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameMatch = NAME.exec(body);
    if (!nameMatch) {
      issue(lt, "xml-bad-name", "a tag has no valid element name");
      continue;
    }
    const name = nameMatch[0];
    checkAttributes(body.slice(name.length), lt + 1 + name.length, issue);
    if (stack.length === 0) {
      if (rootSeen) issue(lt, "xml-second-root", `<${name}> is a second root element`);
      rootSeen = true;
      if (rootClosed) rootClosed = false;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children += 1;
    const where = pos(lt);
    const path = [...stack.map((s) => s.name), name].join("/");
    elements.push({ path, name, ...where, text: "", hasChildren: false });
    const entry = { name, ...where, index: elements.length - 1, text: "", children: 0 };
    if (selfClosing) finish(entry);
    else stack.push(entry);
  }
  for (const open of stack.reverse())
    issues.push({
      code: "xml-unclosed-element",
      file,
      row: open.row,
      column: open.column,
      message: `<${open.name}> is never closed`,
    });
  if (!rootSeen && issues.length === 0)
    issues.push({ code: "xml-empty", file, row: 1, column: 1, message: "no XML element found" });

  function finish(open: {
    index: number;
    text: string;
    children: number;
    row: number;
    column: number;
    name: string;
  }) {
    const el = elements[open.index];
    if (!el) return;
    const hasChildren = open.children > 0;
    if (hasChildren && open.text.trim() !== "") {
      issues.push({
        code: "xml-stray-text",
        severity: "warning",
        file,
        row: el.row,
        column: el.column,
        message: `<${el.name}> mixes text with elements (stray text inside it)`,
      });
    }
    elements[open.index] = { ...el, text: hasChildren ? "" : open.text.trim(), hasChildren };
  }
  return { elements, issues };
}

function findTagEnd(text: string, from: number): number {
  let quote: string | null = null;
  for (let k = from; k < text.length; k++) {
    const c = text[k];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return k;
    else if (c === "<") return -1;
  }
  return -1;
}

function checkAttributes(
  rest: string,
  offset: number,
  issue: (at: number, code: string, message: string) => void,
): void {
  const re = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*')|\s+|(\S+)/gy;
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    if (m[0] === "") break;
    if (m[3]) {
      issue(offset + m.index, "xml-bad-attribute", 'an attribute is not written as name="value"');
      return;
    }
    if (m[2]) checkEntities(m[2], offset + m.index, issue);
  }
}

function checkEntities(
  chunk: string,
  offset: number,
  issue: (at: number, code: string, message: string) => void,
): void {
  const re = /&([^;\s<&]*);?/g;
  for (let m = re.exec(chunk); m !== null; m = re.exec(chunk)) {
    const ref = m[1] ?? "";
    const ok =
      m[0].endsWith(";") && (/^(amp|lt|gt|quot|apos)$/.test(ref) || /^#(\d+|x[0-9a-fA-F]+)$/.test(ref));
    if (!ok) {
      issue(
        offset + m.index,
        "xml-bad-entity",
        ref && m[0].endsWith(";")
          ? `unknown entity &${ref}; (only &amp; &lt; &gt; &quot; &apos; and numeric references are allowed)`
          : "a bare & (write &amp;)",
      );
      return;
    }
  }
}
