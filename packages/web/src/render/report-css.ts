/**
 * The stylesheet for rendered scorecards: `--kpi-*` custom properties with defaults, the host font inherited,
 * tinted rating tags with dark text, right-aligned tabular numbers, and print rules for A4 (rows never split
 * across pages, table headers repeated). Used inline by {@link renderReportDocument} and adopted by the
 * custom elements.
 *
 * @example
 * reportCss.includes("@page") //=> true
 */
export const reportCss = `
.kpi-scorecard,.kpi-card{font-family:var(--kpi-font,inherit);color:var(--kpi-text,#0b0c0c);line-height:1.4}
.kpi-scorecard *,.kpi-card *{box-sizing:border-box}
.kpi-scorecard a,.kpi-card a{color:var(--kpi-link,#12436d)}
.kpi-scorecard a:focus-visible,.kpi-card a:focus-visible,.kpi-scroll:focus-visible,.kpi-sort:focus-visible,.kpi-controls select:focus-visible,.kpi-data summary:focus-visible{outline:3px solid var(--kpi-focus,#fd0);outline-offset:0;box-shadow:0 0 0 5px var(--kpi-text,#0b0c0c)}
.kpi-h{margin:1.2em 0 .5em;line-height:1.25}
.kpi-h1{font-size:2em}.kpi-h2{font-size:1.5em}.kpi-h3{font-size:1.25em}.kpi-h4,.kpi-h5,.kpi-h6{font-size:1.05em}
.kpi-lede{color:var(--kpi-muted,#505a5f);margin:.25em 0 1em}
.kpi-notice{border-left:4px solid var(--kpi-accent,#12436d);padding:.25em 0 .25em .75em;margin:.5em 0}
.kpi-scroll{position:relative;overflow-x:auto;max-width:100%;margin:0 0 1em;container-type:inline-size}
.kpi-table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;font-size:.9em}
.kpi-table caption{text-align:left;font-weight:700;font-size:1.1em;padding:.25em 0 .5em}
.kpi-caption{display:inline-block;position:sticky;left:0;max-width:100cqi}
.kpi-table th,.kpi-table td{padding:.4em .35em;border-bottom:1px solid var(--kpi-border,#b1b4b6);vertical-align:top;text-align:left}
.kpi-table thead th{border-bottom:2px solid var(--kpi-text,#0b0c0c);vertical-align:bottom}
.kpi-table .kpi-num{text-align:right}
.kpi-table--indicators{min-width:68em}
.kpi-table--data{width:auto;min-width:0}
.kpi-section-row th{background:var(--kpi-section-bg,#f3f2f1);font-size:1.05em}
.kpi-indicator{min-width:12em;font-weight:700}
.kpi-meta,.kpi-period,.kpi-note,.kpi-band{display:block;font-weight:400;font-size:.85em;color:var(--kpi-muted,#505a5f)}
p.kpi-meta{display:block}
.kpi-muted{color:var(--kpi-muted,#505a5f)}
.kpi-nowrap{white-space:nowrap}
.kpi-col-rating{min-width:12em}
@container (max-width:40em){.kpi-table--indicators .kpi-indicator{position:sticky;left:0;z-index:1;width:clamp(9em,56cqi,14em);min-width:clamp(9em,56cqi,14em);overflow-wrap:anywhere;background:var(--kpi-surface,#fff);box-shadow:2px 0 0 var(--kpi-border,#b1b4b6)}.kpi-table--indicators thead th:first-child{position:sticky;left:0;z-index:2;background:var(--kpi-surface,#fff)}.kpi-section-row .kpi-section{display:inline-block;position:sticky;left:.4em}.kpi-table--indicators .kpi-col-rating{min-width:7.5em}}
.kpi-reason{display:block;font-size:.85em;margin-top:.25em}
.kpi-detail__rating .kpi-reason{display:inline;font-size:1em}
.kpi-reason--short{display:none}
.kpi-rag{display:inline-block;padding:.1em .45em;font-weight:700;border:1px solid transparent;white-space:nowrap;border-radius:2px}
.kpi-rag__shape{font-size:.9em}
.kpi-rag--red{background:var(--kpi-red-bg,#f4cdc6);color:var(--kpi-red-text,#2a0b06)}
.kpi-rag--amber{background:var(--kpi-amber-bg,#fcd6c3);color:var(--kpi-amber-text,#6e3619)}
.kpi-rag--green{background:var(--kpi-green-bg,#cce2d8);color:var(--kpi-green-text,#005a30)}
.kpi-rag--blue{background:var(--kpi-blue-bg,#bbd4ea);color:var(--kpi-blue-text,#0c2d4a)}
.kpi-rag--not-rated{background:var(--kpi-none-bg,#e5e6e7);color:var(--kpi-none-text,#282d30)}
.kpi-ctag{display:inline-block;padding:.05em .4em;font-weight:700;border:1px solid var(--kpi-text,#0b0c0c);background:var(--kpi-surface,#fff);color:var(--kpi-text,#0b0c0c);border-radius:2px;font-size:.9em}
.kpi-ctag--improving{border-color:var(--kpi-green-text,#005a30);color:var(--kpi-green-text,#005a30)}
.kpi-ctag--worsening{border-color:var(--kpi-red-text,#2a0b06);color:var(--kpi-red-text,#2a0b06);border-width:2px}
.kpi-ctag--no-significant-change,.kpi-ctag--not-judged{border-color:var(--kpi-muted,#505a5f);color:var(--kpi-text,#0b0c0c);font-weight:400}
.kpi-col-change{min-width:11em}
.kpi-small{font-weight:700}
.kpi-dir{font-size:.85em;color:var(--kpi-muted,#505a5f)}
.kpi-dir--improving,.kpi-dir--worsening{font-weight:700;color:var(--kpi-text,#0b0c0c)}
.kpi-arrow{font-weight:700}
.kpi-change{white-space:nowrap}
.kpi-spark svg{display:block}
.kpi-sort{font:inherit;font-weight:700;color:inherit;background:none;border:0;padding:0;margin:0;cursor:pointer;text-align:inherit;display:inline-flex;gap:.3em;align-items:baseline}
.kpi-sort:hover{text-decoration:underline}
.kpi-sort__icon{font-size:.8em}
.kpi-key{border-left:4px solid var(--kpi-accent,#12436d);padding:.25em 0 .25em 1em;margin:1em 0;font-size:.9em}
.kpi-key .kpi-h{margin-top:.25em}
.kpi-key ul{list-style:none;padding:0;margin:0 0 .75em}
.kpi-key li{margin:.3em 0}
.kpi-key__rules{padding-left:1.5em;margin:.25em 0 .75em}
.kpi-key__rules .kpi-key__ratings{margin:.1em 0 .4em}
.kpi-key__rule{font-weight:700}
.kpi-key p{margin:.4em 0}
.kpi-key__markers{display:flex;flex-wrap:wrap;gap:.25em 1.5em;margin:.5em 0}
.kpi-key__markers div{display:flex;gap:.4em}
.kpi-key__markers dt{font-weight:700}
.kpi-key__markers dd{margin:0}
.kpi-summary__counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5em 1.5em}
.kpi-count{font-weight:700;font-size:1.2em;font-variant-numeric:tabular-nums}
.kpi-summary__changes{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,18em),1fr));gap:0 2em}
.kpi-detail{border-top:2px solid var(--kpi-border,#b1b4b6);margin-top:1.5em}
.kpi-facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,15em),1fr));gap:.5em 1.5em;margin:1em 0}
.kpi-facts dt{font-size:.85em;color:var(--kpi-muted,#505a5f)}
.kpi-facts dd{margin:0;font-variant-numeric:tabular-nums}
.kpi-charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26em),1fr));gap:1em 2em}
.kpi-figure{margin:.5em 0 1em;min-width:0;max-width:36em}
.kpi-figure figcaption{font-weight:700;margin-bottom:.25em}
.kpi-chart{display:block;width:100%;height:auto;overflow:visible}
.kpi-halo{stroke:var(--kpi-surface,#fff);stroke-width:3px;stroke-linejoin:round;paint-order:stroke}
.kpi-legend{list-style:none;padding:0;margin:.25em 0;display:flex;flex-wrap:wrap;gap:.25em 1.25em;font-size:.85em}
.kpi-legend svg{vertical-align:middle}
.kpi-charts-toggle>summary{cursor:pointer;color:var(--kpi-link,#12436d);text-decoration:underline;margin:.5em 0;font-weight:700}
.kpi-charts-toggle>summary:focus-visible{outline:3px solid var(--kpi-focus,#fd0);box-shadow:0 0 0 5px var(--kpi-text,#0b0c0c)}
.kpi-data summary{cursor:pointer;color:var(--kpi-link,#12436d);text-decoration:underline;margin:.25em 0}
.kpi-glossary dl{display:grid;grid-template-columns:minmax(4em,max-content) 1fr;gap:.3em 1em}
.kpi-glossary dl>div{display:contents}
.kpi-glossary dt{font-weight:700}
.kpi-glossary dd{margin:0}
.kpi-glossary__description{display:block;color:var(--kpi-muted,#505a5f);font-size:.9em}
.kpi-empty{color:var(--kpi-muted,#505a5f)}
.kpi-sparkline--text{font-size:.85em;color:var(--kpi-muted,#505a5f)}
.kpi-code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1em}
.kpi-controls{display:flex;flex-wrap:wrap;gap:.75em 1.5em;align-items:flex-end;margin:.5em 0 1em}
.kpi-controls label{display:block;font-weight:700;font-size:.9em;margin-bottom:.2em}
.kpi-controls select{font:inherit;padding:.25em;border:2px solid var(--kpi-text,#0b0c0c);background:var(--kpi-surface,#fff);color:var(--kpi-text,#0b0c0c);max-width:100%}
.kpi-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
.kpi-plan{border-top:2px solid var(--kpi-border,#b1b4b6);margin-top:1.5em}
.kpi-table--plan{min-width:52em}
.kpi-plan__ref{white-space:nowrap}
.kpi-plan__action{min-width:18em;max-width:32em}
.kpi-plan__text{display:block;font-weight:700}
.kpi-plan__due{white-space:nowrap}
.kpi-plan__label{display:block;font-weight:700;font-size:.85em;margin-top:.5em}
.kpi-plan__update,.kpi-plan__evidence{margin:.5em 0 0}
.kpi-plan__update .kpi-plan__label,.kpi-plan__evidence .kpi-plan__label{display:inline}
.kpi-plan__milestones,.kpi-plan__indicators,.kpi-plan__flags{margin:.2em 0 0;padding-left:1.25em}
.kpi-plan__flags{font-size:.85em}
.kpi-plan__indicator{font-weight:700}
.kpi-plan__indicators .kpi-rag{margin-top:.2em}
.kpi-milestone--overdue strong{text-decoration:underline}
.kpi-figure--roadmap{max-width:30em}
@container (min-width:40em){.kpi-table--plan{table-layout:fixed}.kpi-table--plan thead th:nth-child(1){width:3.5em}.kpi-table--plan thead th:nth-child(3){width:16%}.kpi-table--plan thead th:nth-child(4){width:7.5em}.kpi-table--plan thead th:nth-child(5){width:6.5em}.kpi-table--plan thead th:nth-child(6){width:32%}}
@container (max-width:40em){.kpi-table--plan{min-width:0}.kpi-table--plan thead th{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.kpi-table--plan tbody tr{display:grid;grid-template-columns:auto 1fr;gap:0 .5em;border-bottom:1px solid var(--kpi-border,#b1b4b6);padding:.4em 0}.kpi-table--plan tbody th,.kpi-table--plan tbody td{border:0;padding:.15em 0}.kpi-table--plan tbody td{grid-column:2}.kpi-table--plan tbody .kpi-num{text-align:left}.kpi-table--plan .kpi-plan__action{min-width:0}.kpi-table--plan td[data-label]::before{content:attr(data-label) ": ";font-weight:700;font-size:.85em}.kpi-table--plan .kpi-col-rating{min-width:0}}
.kpi-error{border-left:4px solid #d4351c;padding:.5em 1em}
abbr[title]{text-decoration:underline dotted;cursor:help}
@media (forced-colors:active){.kpi-halo{stroke:Canvas}.kpi-rag{border-color:CanvasText}.kpi-scroll:focus-visible,.kpi-sort:focus-visible{outline-color:Highlight}}
@page{size:A4 landscape;margin:12mm}
@media print{
.kpi-scorecard{font-size:9pt;--kpi-link:#0b0c0c}
.kpi-table--indicators{font-size:7pt}
.kpi-table--indicators .kpi-reason{font-size:6.5pt;margin-top:.1em}
.kpi-table--indicators .kpi-indicator{min-width:0;width:25%}
.kpi-table--indicators .kpi-col-rating{min-width:0;width:14%}
.kpi-table--indicators .kpi-col-change{min-width:0;width:15%}
.kpi-table--indicators .kpi-spark svg{width:56px;height:auto}
.kpi-table.kpi-table--indicators th,.kpi-table.kpi-table--indicators td{padding:.2em .25em}
.kpi-table--indicators .kpi-reason--context{display:none}
.kpi-table--indicators .kpi-meta,.kpi-table--indicators .kpi-period,.kpi-table--indicators .kpi-band{font-size:.9em}
.kpi-table--indicators .kpi-indicator .kpi-meta{display:inline}
.kpi-table--indicators .kpi-indicator .kpi-meta::before{content:" \u2014 "}
.kpi-glossary dl{grid-template-columns:repeat(3,minmax(3em,max-content) 1fr);font-size:8pt}
.kpi-glossary__description{display:none}
.kpi-sources ul{columns:2;column-gap:2em;font-size:8pt;padding-left:1.2em}
.kpi-quality ul{font-size:8pt;padding-left:1.2em}
.kpi-quality li{margin:0}
.kpi-quality li,.kpi-sources li{break-inside:avoid}
.kpi-key{columns:3;column-gap:1.5em;font-size:7.5pt;margin:.5em 0}
.kpi-key p,.kpi-key li{margin:.15em 0}
.kpi-key .kpi-h{column-span:all}
.kpi-key__rules>li,.kpi-key__ratings{break-inside:avoid}
.kpi-h1{font-size:1.6em}.kpi-h2{font-size:1.3em}.kpi-h3{font-size:1.1em}
.kpi-detail{display:grid;grid-template-columns:40% 1fr;column-gap:1.5em;align-content:start}
.kpi-detail>*{grid-column:1}
.kpi-detail>.kpi-charts{grid-column:2;grid-row:1 / span 8;align-self:start}
.kpi-detail .kpi-facts{font-size:7pt;grid-template-columns:repeat(3,1fr);gap:.15em .8em;margin:.3em 0}
.kpi-detail .kpi-charts{grid-template-columns:repeat(2,1fr);gap:.25em 1em}
.kpi-detail .kpi-figure{max-width:none;margin:.25em 0;font-size:7.5pt}
.kpi-detail .kpi-chart{max-height:50mm}
.kpi-detail .kpi-fact--in-table,.kpi-detail .kpi-reason--full{display:none}
.kpi-detail>.kpi-meta,.kpi-detail>.kpi-facts,.kpi-detail__rating .kpi-reason{display:none}
.kpi-detail .kpi-reason--short{display:block}
.kpi-detail .kpi-description{font-size:7pt}
.kpi-summary p,.kpi-summary ul{margin:.3em 0}
.kpi-summary__changes{font-size:8pt}
.kpi-summary .kpi-h{margin:.5em 0 .2em}
.kpi-detail .kpi-h{margin:.4em 0 .2em}
.kpi-detail .kpi-meta,.kpi-detail .kpi-description,.kpi-detail__rating{margin:.2em 0;font-size:8pt}
.kpi-detail .kpi-description{margin:.3em 0}
.kpi-detail{margin-top:.75em}
.kpi-scroll{overflow:visible}
.kpi-table--indicators,.kpi-table--plan{min-width:0}
.kpi-table thead{display:table-header-group}
.kpi-table tr,.kpi-figure,.kpi-plan__key,.kpi-plan__summary,.kpi-key li,.kpi-facts>div,.kpi-glossary dl>div,.kpi-sources li,.kpi-quality li,.kpi-summary{break-inside:avoid}
.kpi-table .kpi-num,.kpi-table th,.kpi-table td{padding:.3em .35em}
.kpi-details{break-before:auto}
.kpi-detail{break-inside:auto}
.kpi-detail>.kpi-h,.kpi-detail__rating{break-after:avoid}
.kpi-data,.kpi-controls{display:none}
.kpi-rag{print-color-adjust:exact;-webkit-print-color-adjust:exact}
a{text-decoration:none}
}
`;

/**
 * Page-level styles for the standalone report document (body, skip link, footer).
 *
 * @example
 * documentCss.includes(".kpi-skip") //=> true
 */
export const documentCss = `
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0b0c0c;background:#fff}
.kpi-report{max-width:90em;margin:0 auto;padding:1em 1.5em 3em}
.kpi-skip{position:absolute;left:-999em}
.kpi-skip:focus{left:1em;top:1em;background:#fd0;color:#0b0c0c;padding:.5em;z-index:1}
.kpi-footer{margin-top:3em;color:#505a5f;font-size:.85em}
@media (max-width:30em){.kpi-report{padding:.75em .75em 2em}}
@media print{.kpi-report{max-width:none;padding:0}.kpi-skip{display:none}}
`;
