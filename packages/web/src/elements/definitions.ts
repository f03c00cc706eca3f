// The custom elements, their attributes, parts and custom properties: one list that the element classes,
// the custom-elements.json manifest and its test all read. DOM-free so that Node can import it.
import { CHANGE_ORDER, RAG_ORDER } from "@kpikit/core";

export interface AttributeDefinition {
  readonly name: string;
  readonly description: string;
  readonly type: string;
}

export interface ElementDefinition {
  readonly tagName: string;
  readonly className: string;
  readonly description: string;
  readonly attributes: readonly AttributeDefinition[];
  readonly properties: readonly {
    readonly name: string;
    readonly type: string;
    readonly description: string;
  }[];
  readonly events: readonly { readonly name: string; readonly description: string }[];
  readonly parts: readonly string[];
  /** Public methods beyond the standard element ones. */
  readonly methods?: readonly {
    readonly name: string;
    readonly description: string;
    readonly parameters: readonly {
      readonly name: string;
      readonly type: string;
      readonly optional?: boolean;
    }[];
  }[];
}

const FALLBACK_SLOT = {
  name: "",
  description:
    "Fallback content (e.g. a link to the JSON or a sentence with the figures): shown when JavaScript is off, before the scorecard loads, and with an error message if it cannot load.",
};

const SRC: AttributeDefinition = {
  name: "src",
  type: "string",
  description:
    "URL of a Scorecard JSON file (as made by `kpikit report --format json`), fetched once and shared by every element that names it.",
};
const INDICATOR: AttributeDefinition = {
  name: "indicator",
  type: "string",
  description: "Indicator id of the row to show (e.g. `re-referrals-12m`).",
};
const HEADING: AttributeDefinition = {
  name: "heading-level",
  type: "number",
  description: "Level of the element's top heading, 1 to 4 (default 2).",
};
const DATA_PROP = {
  name: "data",
  type: "Scorecard",
  description: "The Scorecard object itself, instead of `src`.",
};
const EVENTS = [
  {
    name: "kpi-load",
    description: "The scorecard was loaded and rendered; `event.detail.scorecard` holds it.",
  },
  {
    name: "kpi-error",
    description:
      "The scorecard could not be loaded or is not a Scorecard; `event.detail.message` says why. The element's fallback content is shown.",
  },
];
/** The rating tag's parts: `rag`, and one per rating in core's order (`rag-red` … `rag-not-rated`). */
const RAG_PARTS = ["rag", ...RAG_ORDER.map((s) => `rag-${s}`)];
/** The change rating tag's parts: `change`, and one per change rating in core's order. */
const CHANGE_PARTS = ["change", ...CHANGE_ORDER.map((s) => `change-${s}`)];
export const CHART_PARTS = ["chart", ...RAG_PARTS, ...CHANGE_PARTS, "detail"];

export const ELEMENTS: readonly ElementDefinition[] = [
  {
    tagName: "kpi-scorecard",
    className: "KpiScorecardElement",
    description:
      "A whole scorecard: summary, key, a sortable and filterable indicator table, a detail section per indicator with its charts (with more than 12 indicators, each section's charts are drawn when its disclosure is opened), glossary, sources and data quality notes.",
    attributes: [
      SRC,
      HEADING,
      {
        name: "details",
        type: '"true" | "false"',
        description: "Show a detail section with charts per indicator (default true).",
      },
      {
        name: "id-prefix",
        type: "string",
        description: "Prefix for ids inside the element (default `kpi`).",
      },
    ],
    properties: [
      DATA_PROP,
      {
        name: "sort",
        type: '{ key: SortKey; direction: "ascending" | "descending" } | null',
        description:
          "The current sort of the indicator table (read only); null for the scorecard's own order.",
      },
    ],
    methods: [
      {
        name: "sortBy",
        description:
          "Sorts the indicator table by a column (indicator, value, change, neighbours, england, rank or rating, where ascending puts the most severe rating first); the same column again reverses the order. Announced in the polite live region.",
        parameters: [
          { name: "key", type: "SortKey" },
          { name: "direction", type: '"ascending" | "descending"', optional: true },
        ],
      },
    ],
    events: EVENTS,
    parts: [
      "header",
      "summary",
      "controls",
      "key",
      "scroll",
      "table",
      "glossary",
      "sources",
      "quality",
      ...CHART_PARTS,
    ],
  },
  {
    tagName: "kpi-indicator",
    className: "KpiIndicatorElement",
    description:
      "One indicator's card: rating and reason, key figures, neighbour bar chart, trend chart and SPC chart.",
    attributes: [SRC, INDICATOR, HEADING],
    properties: [DATA_PROP],
    events: EVENTS,
    parts: CHART_PARTS,
  },
  {
    tagName: "kpi-rag",
    className: "KpiRagElement",
    description:
      "A rating tag (text label, colour and shape), from a `status` attribute or from an indicator's row in a scorecard.",
    attributes: [
      {
        name: "status",
        type: '"red" | "amber" | "green" | "blue" | "not-rated"',
        description: "The rating to show when no scorecard is given.",
      },
      { name: "reason", type: "string", description: "The reason to show after the tag (optional)." },
      SRC,
      INDICATOR,
    ],
    properties: [DATA_PROP],
    events: EVENTS,
    parts: RAG_PARTS,
  },
  {
    tagName: "kpi-trend",
    className: "KpiTrendElement",
    description: "One indicator's trend chart with its data table.",
    attributes: [SRC, INDICATOR],
    properties: [DATA_PROP],
    events: EVENTS,
    parts: ["chart"],
  },
  {
    tagName: "kpi-neighbours",
    className: "KpiNeighboursElement",
    description: "One indicator's statistical-neighbour bar chart with its data table.",
    attributes: [SRC, INDICATOR],
    properties: [DATA_PROP],
    events: EVENTS,
    parts: ["chart"],
  },
  {
    tagName: "kpi-plan",
    className: "KpiPlanElement",
    description:
      "A scorecard's improvement plan as at its day: counts by rating, the key, a roadmap of the actions with its table, and the actions (overdue first, by theme) with their ratings, reasons, flags, milestones, latest update, evidence of impact and linked indicators. An error and the fallback content when the scorecard has no plan.",
    attributes: [
      SRC,
      HEADING,
      {
        name: "id-prefix",
        type: "string",
        description: "Prefix for ids inside the element (default `kpi`).",
      },
    ],
    properties: [DATA_PROP],
    events: EVENTS,
    parts: ["plan", "summary", "key", "scroll", "table", "chart", ...RAG_PARTS],
  },
];

/** Theming hooks: set them on the element or any ancestor. */
export const CSS_PROPERTIES: readonly { readonly name: string; readonly description: string }[] = [
  ["--kpi-font", "Font family (default: inherited from the page)"],
  ["--kpi-text", "Text colour"],
  ["--kpi-muted", "Secondary text colour"],
  ["--kpi-border", "Table rule colour"],
  ["--kpi-accent", "Accent (key border)"],
  ["--kpi-link", "Link colour"],
  ["--kpi-focus", "Focus outline colour"],
  ["--kpi-surface", "Background of form controls"],
  ["--kpi-section-bg", "Background of section rows"],
  ["--kpi-red-bg", "Red tag background"],
  ["--kpi-red-text", "Red tag text"],
  ["--kpi-amber-bg", "Amber tag background"],
  ["--kpi-amber-text", "Amber tag text"],
  ["--kpi-green-bg", "Green tag background"],
  ["--kpi-green-text", "Green tag text"],
  ["--kpi-blue-bg", "Blue tag background"],
  ["--kpi-blue-text", "Blue tag text"],
  ["--kpi-none-bg", "Not rated tag background"],
  ["--kpi-none-text", "Not rated tag text"],
].map(([name, description]) => ({ name: name as string, description: description as string }));

/** Builds the custom-elements.json manifest (schema 2.1.0) from {@link ELEMENTS}. */
export function buildManifest(): unknown {
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: "dist/elements.js",
        declarations: ELEMENTS.map((e) => ({
          kind: "class",
          name: e.className,
          description: e.description,
          tagName: e.tagName,
          customElement: true,
          superclass: { name: "HTMLElement" },
          attributes: e.attributes.map((a) => ({
            name: a.name,
            type: { text: a.type },
            description: a.description,
            fieldName: a.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
          })),
          members: [
            ...e.properties.map((p) => ({
              kind: "field",
              name: p.name,
              type: { text: p.type },
              description: p.description,
            })),
            ...(e.methods ?? []).map((m) => ({
              kind: "method",
              name: m.name,
              description: m.description,
              parameters: m.parameters.map((p) => ({
                name: p.name,
                type: { text: p.type },
                ...(p.optional ? { optional: true } : {}),
              })),
            })),
          ],
          slots: [FALLBACK_SLOT],
          events: e.events.map((ev) => ({
            name: ev.name,
            type: { text: "CustomEvent" },
            description: ev.description,
          })),
          cssParts: e.parts.map((name) => ({ name })),
          cssProperties: CSS_PROPERTIES.map((p) => ({ name: p.name, description: p.description })),
        })),
        exports: [
          ...ELEMENTS.map((e) => ({
            kind: "custom-element-definition",
            name: e.tagName,
            declaration: { name: e.className, module: "dist/elements.js" },
          })),
          ...ELEMENTS.map((e) => ({
            kind: "js",
            name: e.className,
            declaration: { name: e.className, module: "dist/elements.js" },
          })),
          {
            kind: "js",
            name: "defineKpiElements",
            declaration: { name: "defineKpiElements", module: "dist/elements.js" },
          },
        ],
      },
    ],
  };
}
