// The command registry: names, options, help and examples. Kept free of heavy imports so that
// `kpikit --help` loads nothing else; each command's code is imported only when it runs.
import type { CommandContext } from "./_lib/io.js";

/** A parseArgs option. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  /** Value placeholder and description for help. */
  readonly arg?: string;
  readonly description: string;
}

/** A command as `kpikit --help` lists it. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Positional arguments allowed: none, at most one, or any number. */
  readonly positionals: "none" | "optional-one" | "one" | "many";
  readonly examples: readonly string[];
  readonly load: () => Promise<{ run: (ctx: CommandContext) => Promise<number> }>;
}

/** Options every command accepts. */
export const globalOptions: Readonly<Record<string, OptionSpec>> = {
  json: { type: "boolean", description: "print only data (JSON) on stdout" },
  quiet: { type: "boolean", short: "q", description: "no progress or notes on stderr" },
  "no-color": { type: "boolean", description: "no colours (also when NO_COLOR is set)" },
  help: { type: "boolean", short: "h", description: "show help" },
};

const period: OptionSpec = {
  type: "string",
  arg: "label",
  description: "period, e.g. 2023/24 (default: the latest with data)",
};

/** Every command, in help order. */
export const commands: readonly CommandSpec[] = [
  {
    name: "report",
    summary: "a committee-ready scorecard for one local authority (HTML, XLSX, CSV, Markdown, JSON)",
    usage:
      "kpikit report --la <code|name> [--local <file>] [--config <file>] [--plan <file>]... [--format <f>]... [--out <path>]",
    positionals: "none",
    options: {
      la: {
        type: "string",
        arg: "code|name",
        description: "the local authority (DfE code, name or ONS code)",
      },
      period,
      local: {
        type: "string",
        arg: "file",
        description: "your own figures: CSV or XLSX (indicator, period, value, …)",
      },
      config: {
        type: "string",
        arg: "file",
        description: "kpikit.config.yaml or .json: indicators, sections, targets, comparators, RAG",
      },
      format: {
        type: "string",
        multiple: true,
        arg: "html|xlsx|csv|md|json",
        description: "output format; repeat for several (default: from --out)",
      },
      out: {
        type: "string",
        short: "o",
        arg: "path",
        description: "output file; with several formats, the extension is replaced",
      },
      today: {
        type: "string",
        arg: "YYYY-MM-DD",
        description:
          "the report's date (default: KPIKIT_TODAY, else the day it is made; 'data as at' is shown separately) and the day its plan is rated as at (default: KPIKIT_TODAY, else the date of the data)",
      },
      plan: {
        type: "string",
        multiple: true,
        arg: "file",
        description:
          "an improvement plan (CSV or XLSX; repeat for milestones and updates files), rated as at --today",
      },
      published: {
        type: "string",
        multiple: true,
        arg: "file",
        description:
          "newer DfE figures (an Explore Education Statistics CSV or a LAIT export; repeat for more) that add to or replace the bundled ones",
      },
      "fail-on": {
        type: "string",
        arg: "rating[,rating]",
        description: "exit 4 when any row is rated this (red, amber, …), after writing",
      },
      title: { type: "string", arg: "text", description: "report title (overrides the config)" },
      detail: {
        type: "string",
        arg: "none|rated|all",
        description:
          "detail sections in the HTML report: rated (default: red or amber, or a big change), all, or none",
      },
    },
    examples: [
      "kpikit report --la Wiltshire --out wiltshire.html",
      "kpikit report --la 865 --local figures.csv --config kpikit.config.yaml --format html --format xlsx --out reports/wiltshire",
      "kpikit report --la Leeds --json > leeds-scorecard.json",
      "kpikit report --la Wiltshire --local figures.csv --fail-on red --format md",
      "kpikit report --la Wiltshire --plan improvement-plan.xlsx --today 2021-01-19 --out wiltshire.html",
      "kpikit report --la Wiltshire --local committee-table.xlsx --published c1_referrals_2025.csv --out wiltshire.html",
    ],
    load: () => import("./commands/report.js"),
  },
  {
    name: "benchmark",
    summary: "one indicator across every LA: value, rank, band, neighbours, region, England",
    usage:
      "kpikit benchmark --indicator <id|LAIT id|alias> [--period <label>] [--format csv|json|md] [--out <path>]",
    positionals: "none",
    options: {
      indicator: {
        type: "string",
        short: "i",
        arg: "id",
        description: "indicator id, LAIT id, title or alias",
      },
      period,
      format: {
        type: "string",
        arg: "csv|json|md",
        description: "output format (default: md on a terminal, csv otherwise)",
      },
      out: { type: "string", short: "o", arg: "path", description: "output file (default: stdout)" },
      model: { type: "string", arg: "2025|2021", description: "statistical neighbour model (default 2025)" },
      aggregate: { type: "string", arg: "mean|median", description: "neighbour aggregate (default mean)" },
      published: {
        type: "string",
        multiple: true,
        arg: "file",
        description: "newer DfE figures (EES CSV or LAIT export; repeat for more) over the bundled ones",
      },
    },
    examples: [
      "kpikit benchmark --indicator re-referrals-12m",
      'kpikit benchmark --indicator "Re-referral rate" --period 2023/24 --format csv --out rereferrals.csv',
      "kpikit benchmark --indicator re-referrals-12m --published c1_referrals_2025.csv",
    ],
    load: () => import("./commands/benchmark.js"),
  },
  {
    name: "validate",
    summary: "check local figures, config, CIN census XML and SSDA903 CSV files; report every issue",
    usage: "kpikit validate <files…> [--config <file>]",
    positionals: "many",
    options: {
      config: {
        type: "string",
        arg: "file",
        description: "config whose local indicators the figures may use",
      },
    },
    examples: [
      "kpikit validate figures.csv kpikit.config.yaml",
      "kpikit validate cin_2024.xml episodes.csv --json",
    ],
    load: () => import("./commands/validate.js"),
  },
  {
    name: "plan",
    summary: "an improvement plan rated as at --today: each action's rating with its reason, overdue first",
    usage:
      "kpikit plan <plan.xlsx|plan.csv…> --today <YYYY-MM-DD> [--la <code|name>] [--format csv|json|md] [--out <path>]",
    positionals: "many",
    options: {
      today: {
        type: "string",
        arg: "YYYY-MM-DD",
        description:
          "the day to rate the plan as at, e.g. the meeting date (default: KPIKIT_TODAY; never the clock)",
      },
      la: {
        type: "string",
        arg: "code|name",
        description: "rate linked indicators against this LA's bundled published figures",
      },
      format: { type: "string", arg: "csv|json|md", description: "output format (default: a text table)" },
      out: { type: "string", short: "o", arg: "path", description: "output file (default: stdout)" },
      title: { type: "string", arg: "text", description: "the plan's title" },
    },
    examples: [
      "kpikit plan improvement-plan.xlsx --today 2019-11-25",
      "kpikit plan actions.csv milestones.csv updates.csv --today 2020-01-19 --la Wiltshire",
      "kpikit plan improvement-plan.xlsx --today 2019-11-25 --json > plan.json",
    ],
    load: () => import("./commands/plan.js"),
  },
  {
    name: "compute",
    summary: "compute indicators from CIN census XML and SSDA903 files into a local figures file",
    usage:
      "kpikit compute <files and folders…> [--year <label> | --years <a..b>] [--la <code|name>] [--out <file.csv|.xlsx|.json>] [--format csv|json|md] [--suppress <n>|--no-suppress] [--postcodes <file>] [--population <n|file>] [--engine ts|duckdb]",
    positionals: "many",
    options: {
      year: {
        type: "string",
        arg: "label",
        description:
          "the year to compute, e.g. 2021/22, checked against the files (default: the latest year of each return)",
      },
      years: {
        type: "string",
        arg: "a..b",
        description: "every year from a to b in one file, e.g. 2021/22..2024/25 (a trend for kpikit report)",
      },
      la: {
        type: "string",
        arg: "code|name",
        description:
          "the LA (default: the CIN census header's LEA); picks one LA's returns and rows when the files hold several",
      },
      out: {
        type: "string",
        short: "o",
        arg: "path",
        description: "local figures file: .csv, .xlsx or .json (default: stdout)",
      },
      format: { type: "string", arg: "csv|json|md", description: "stdout format (default csv)" },
      suppress: {
        type: "string",
        arg: "n",
        description: "suppress counts 1 to n−1 as [c] (default 5: counts 1–4)",
      },
      "no-suppress": {
        type: "boolean",
        description: "no small-number suppression (internal use only; warns)",
      },
      postcodes: {
        type: "string",
        arg: "file",
        description:
          "a postcode lookup (ONS Postcode Directory CSV: pcds, oseast1m, osnrth1m, oslaua) for cla-distance-20m where episodes have no PL_DISTANCE",
      },
      population: {
        type: "string",
        arg: "number|file",
        description:
          "children aged 0–17 in the area (ONS mid-year estimate), or a CSV with a population column, for the rates per 10,000",
      },
      engine: {
        type: "string",
        arg: "ts|duckdb",
        description:
          "ts (default) or duckdb: the measures' SQL on DuckDB (optional package @duckdb/node-api; records left out are not itemised)",
      },
    },
    examples: [
      "kpikit compute cin_2024.xml 903/*.csv --out figures.csv",
      "kpikit compute cin_2024.xml 903/*.csv --out figures.csv && kpikit report --la 865 --local figures.csv --out report.html",
      "kpikit compute 2021-*.csv 2022-*.csv 2023-*.csv --year 2023/24 --format md",
      "kpikit compute cin/ 903/ --years 2021/22..2024/25 --out figures.csv",
      "kpikit compute cin_2023.xml cin_2024.xml --la Wiltshire --json > figures.json",
      "kpikit compute returns/ --postcodes ONSPD.csv --population 98400 --out figures.csv",
    ],
    load: () => import("./commands/compute.js"),
  },
  {
    name: "catalogue",
    summary: "list the indicator catalogue (ids, LAIT ids, units, polarity)",
    usage: "kpikit catalogue [search text]",
    positionals: "optional-one",
    options: {},
    examples: ["kpikit catalogue", "kpikit catalogue referral", "kpikit catalogue --json"],
    load: () => import("./commands/catalogue.js"),
  },
  {
    name: "glossary",
    summary: "list the glossary, or expand the acronyms in a text",
    usage: "kpikit glossary [text]",
    positionals: "optional-one",
    options: {},
    examples: ["kpikit glossary", 'kpikit glossary "S47s recommending ICPC"'],
    load: () => import("./commands/glossary.js"),
  },
  {
    name: "areas",
    summary: "list local authorities with their DfE codes and regions",
    usage: "kpikit areas [search text]",
    positionals: "optional-one",
    options: {},
    examples: ["kpikit areas", "kpikit areas york --json"],
    load: () => import("./commands/areas.js"),
  },
  {
    name: "neighbours",
    summary: "an LA's statistical neighbours",
    usage: "kpikit neighbours <la> [--model 2025|2021]",
    positionals: "one",
    options: { model: { type: "string", arg: "2025|2021", description: "neighbour model (default 2025)" } },
    examples: ["kpikit neighbours Wiltshire", "kpikit neighbours 865 --model 2021 --json"],
    load: () => import("./commands/neighbours.js"),
  },
  {
    name: "init",
    summary: "write a starter config and a local-figures template (CSV and XLSX), or a plan template",
    usage:
      "kpikit init --la <la> [--from <table>] [--dir <folder>] [--force] | kpikit init --plan [--dir <folder>]",
    positionals: "none",
    options: {
      la: { type: "string", arg: "code|name", description: "the local authority" },
      plan: {
        type: "boolean",
        description: "write improvement-plan.xlsx, a plan template for `kpikit plan`",
      },
      dir: { type: "string", arg: "folder", description: "where to write (default: the current folder)" },
      force: { type: "boolean", description: "overwrite existing files" },
      from: {
        type: "string",
        arg: "table",
        description:
          "your own table (wide or long, CSV, TSV or XLSX): write it as local-figures.csv and a config for its rows",
      },
    },
    examples: [
      "kpikit init --la Wiltshire",
      "kpikit init --la Wiltshire --from committee-table.xlsx",
      "kpikit init --la 865 --dir kpikit",
      "kpikit init --plan --dir kpikit",
    ],
    load: () => import("./commands/init.js"),
  },
  {
    name: "synth",
    summary: "synthetic CIN census and SSDA903 returns (fake children) for testing, several years at once",
    usage:
      "kpikit synth --la <code|name> --years <first>..<last> [--scale <f>] [--seed <n>] --out <folder> [--postcodes <file>]",
    positionals: "none",
    options: {
      la: { type: "string", arg: "code|name", description: "the local authority written in the returns" },
      years: { type: "string", arg: "first..last", description: "collection years, e.g. 2021/22..2024/25" },
      scale: {
        type: "string",
        arg: "f",
        description: "volume: 1 is about 1/150 of England a year (default 1)",
      },
      seed: { type: "string", arg: "n", description: "the same seed gives the same files (default 1)" },
      out: { type: "string", arg: "folder", description: "where to write one folder per year" },
      postcodes: {
        type: "string",
        arg: "file",
        description: "also write the postcode lookup (ONS directory columns) of the fake postcodes here",
      },
    },
    examples: [
      "kpikit synth --la 865 --years 2021/22..2024/25 --out synthetic",
      "kpikit synth --la 865 --years 2023 --out synthetic --postcodes synthetic-postcodes.csv",
      "kpikit synth --la Wiltshire --years 2023 --scale 0.1 --seed 7 --out small",
    ],
    load: () => import("./commands/synth.js"),
  },
];

/** The command with this name. */
export function findCommand(name: string): CommandSpec | undefined {
  return commands.find((c) => c.name === name);
}
