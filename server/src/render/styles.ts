/**
 * Styles of the drawings. The SVG carries classes only (a webview's content security policy
 * forbids inline style attributes); colours come from custom properties, set by a palette:
 * fixed colours for print, VS Code's theme variables in the webview.
 */

export const DRAWING_CSS = `
.rk-svg { font-family: var(--rk-font); max-width: 100%; height: auto; }
.rk-svg text { fill: var(--rk-fg); }
.rk-frame { fill: var(--rk-box); stroke: var(--rk-border); stroke-width: 1.5; }
.rk-card-frame { fill: var(--rk-card); }
.rk-missing-frame { fill: var(--rk-missing-bg); stroke: var(--rk-error); stroke-width: 2; stroke-dasharray: 7 4; }
.rk-svg .rk-step-label { fill: var(--rk-muted); font-weight: 700; letter-spacing: 0.04em; }
.rk-svg .rk-step-title, .rk-svg .rk-card-title, .rk-svg .ak-end-title { font-weight: 700; }
.rk-svg .rk-standard { font-style: italic; }
.rk-svg .rk-muted { fill: var(--rk-muted); }
.rk-svg .rk-strong, .rk-svg .rk-contact { font-weight: 700; }
.rk-svg .rk-warning-text { fill: var(--rk-warning); }
/* An example value from a template, still to be replaced (rule placeholder-value). */
.rk-svg .rk-placeholder { text-decoration: underline dotted; }
.rk-svg .rk-problem-text, .rk-svg .rk-missing .rk-step-label { fill: var(--rk-error); }
.rk-badge { fill: var(--rk-accent); }
.rk-missing .rk-badge { fill: var(--rk-error); }
.rk-svg .rk-badge-text { fill: var(--rk-accent-fg); font-weight: 700; font-size: 14px; }
.rk-svg .rk-badge-wide { font-size: 12px; }
.rk-flow { stroke: var(--rk-line); stroke-width: 2; }
.rk-arrowhead { fill: var(--rk-line); }
.rk-svg .rk-panel-heading { font-weight: 700; }
.ak-end-report .ak-end-frame { fill: var(--rk-report-bg); stroke: var(--rk-report); stroke-width: 2; }
.ak-end-help .ak-end-frame { fill: var(--rk-help-bg); stroke: var(--rk-help); stroke-width: 2; }
.ak-end-close .ak-end-frame { fill: var(--rk-close-bg); stroke: var(--rk-close); stroke-width: 2; }
.rk-svg .ak-edge-label { font-size: 12px; font-weight: 700; paint-order: stroke; stroke: var(--rk-bg); stroke-width: 4px; stroke-linejoin: round; }
.rk-interactive .rk-box { cursor: pointer; }
.rk-interactive .rk-box:focus { outline: none; }
.rk-interactive .rk-box:hover > .rk-frame, .rk-interactive .rk-box:focus > .rk-frame { stroke: var(--rk-focus); stroke-width: 3; }
.rk-inner-frame { stroke-width: 1; }
.rk-route-frame { fill: var(--rk-card); stroke: var(--rk-accent); stroke-width: 1.5; }
.rk-acute-frame { fill: var(--rk-missing-bg); stroke: var(--rk-error); stroke-width: 3; }
.rk-acute-sign { fill: var(--rk-error); }
.rk-svg .rk-acute-label { fill: var(--rk-error); }
.rk-svg .rk-strong-line { font-weight: 700; }
.ak-flow-path { fill: none; }
.ak-appendix-frame { fill: var(--rk-card); stroke: var(--rk-accent); stroke-width: 2; }
.rk-svg .ak-outcome-text { fill: var(--rk-muted); }
`;

export const PRINT_PALETTE_CSS = `
:root {
  --rk-font: "Segoe UI", "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
  --rk-fg: #1b1b1b; --rk-bg: #ffffff; --rk-box: #ffffff; --rk-card: #f5f6f8;
  --rk-border: #5b6b7a; --rk-muted: #505a64; --rk-line: #5b6b7a;
  --rk-accent: #1f5f99; --rk-accent-fg: #ffffff; --rk-focus: #1f5f99;
  --rk-error: #b71c1c; --rk-missing-bg: #fdecea; --rk-warning: #8a5100;
  --rk-report: #b71c1c; --rk-report-bg: #fdecea;
  --rk-help: #1f5f99; --rk-help-bg: #e8f0f9;
  --rk-close: #2e7d32; --rk-close-bg: #e9f5ea;
}
`;

export const WEBVIEW_PALETTE_CSS = `
:root {
  --rk-font: var(--vscode-font-family, sans-serif);
  --rk-fg: var(--vscode-editor-foreground);
  --rk-bg: var(--vscode-editor-background);
  --rk-box: var(--vscode-editor-background);
  --rk-card: var(--vscode-sideBar-background, var(--vscode-editor-background));
  --rk-border: var(--vscode-contrastBorder, var(--vscode-editorWidget-border, var(--vscode-descriptionForeground)));
  --rk-muted: var(--vscode-descriptionForeground);
  --rk-line: var(--vscode-descriptionForeground);
  --rk-accent: var(--vscode-button-background);
  --rk-accent-fg: var(--vscode-button-foreground);
  --rk-focus: var(--vscode-focusBorder);
  --rk-error: var(--vscode-editorError-foreground);
  --rk-missing-bg: var(--vscode-inputValidation-errorBackground, transparent);
  --rk-warning: var(--vscode-editorWarning-foreground);
  --rk-report: var(--vscode-editorError-foreground);
  --rk-report-bg: var(--vscode-inputValidation-errorBackground, transparent);
  --rk-help: var(--vscode-editorInfo-foreground);
  --rk-help-bg: var(--vscode-inputValidation-infoBackground, transparent);
  --rk-close: var(--vscode-testing-iconPassed, var(--vscode-editorInfo-foreground));
  --rk-close-bg: transparent;
}
body.vscode-high-contrast, body.vscode-high-contrast-light {
  --rk-box: transparent; --rk-card: transparent; --rk-missing-bg: transparent;
  --rk-report-bg: transparent; --rk-help-bg: transparent; --rk-close-bg: transparent;
  --rk-border: var(--vscode-contrastBorder); --rk-line: var(--vscode-contrastBorder);
}
body.vscode-high-contrast .rk-frame, body.vscode-high-contrast-light .rk-frame { stroke-width: 2; }
body { color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; }
.rk-description { color: var(--vscode-descriptionForeground); margin: 0 0 0.6em; }
.rk-notice { border-left: 4px solid var(--vscode-editorWarning-foreground); padding: 6px 10px; margin: 12px 0; background: var(--vscode-textBlockQuote-background); }
`;

export const EXPORT_CSS = `
@page { size: A4; margin: 16mm 15mm 18mm; }
* { box-sizing: border-box; }
html { background: #ffffff; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 8mm; color: var(--rk-fg); font-family: var(--rk-font); font-size: 11pt; line-height: 1.45; overflow-wrap: break-word; }
h1 { font-size: 22pt; margin: 0 0 4mm; line-height: 1.2; }
h2 { font-size: 16pt; margin: 0 0 3mm; color: var(--rk-accent); border-bottom: 1.5pt solid var(--rk-accent); padding-bottom: 1.5mm; }
h3 { font-size: 12.5pt; margin: 5mm 0 1.5mm; }
h4 { font-size: 11pt; margin: 3mm 0 1mm; }
p { margin: 0 0 2.5mm; }
section { margin: 0 0 10mm; }
.doc-kind { font-size: 12pt; color: var(--rk-muted); text-transform: uppercase; letter-spacing: 0.05em; margin-bottom: 2mm; }
/* The title page fills its own sheet on paper only: on screen the route map follows at once. */
.title-page { padding-top: 8mm; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 6mm; margin: 8mm 0; font-size: 12pt; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.notice { border: 1.5pt dashed var(--rk-error); background: var(--rk-missing-bg); padding: 3mm 4mm; margin-top: 8mm; break-inside: avoid; }
.notice p { font-weight: 700; color: var(--rk-error); }
.notice ul { margin: 0; padding-left: 5mm; }
.lead { color: var(--rk-muted); }
figure { margin: 0 0 4mm; break-inside: avoid; }
figure .rk-svg { display: block; margin: 0 auto; }
.step { border-left: 3pt solid var(--rk-accent); padding: 0.5mm 0 0.5mm 4mm; margin: 0 0 5mm; break-inside: avoid; }
.step.missing { border-left: 3pt dashed var(--rk-error); }
.step .problem, .problem { color: var(--rk-error); font-weight: 600; }
.placeholder { text-decoration: underline dotted; text-underline-offset: 0.15em; }
.placeholder-label { color: var(--rk-warning); font-size: 0.85em; white-space: nowrap; }
.step ul, .fields ul { margin: 1mm 0 2mm; padding-left: 6mm; }
.meta { color: var(--rk-muted); }
.standard { font-style: italic; }
.questions li, .decisions > li { margin-bottom: 2.5mm; break-inside: avoid; }
.substep { border-left: 1.5pt solid var(--rk-border); padding: 0 0 0 3mm; margin: 2mm 0 3mm; }
.substep h4 { margin-top: 1mm; }
.route { border-left: 3pt solid var(--rk-accent); background: var(--rk-card); padding: 2mm 4mm; margin: 0 0 5mm; break-inside: avoid; }
.route.acute { border: 2pt solid var(--rk-error); border-left-width: 5pt; background: var(--rk-missing-bg); }
.route-kind { text-transform: uppercase; letter-spacing: 0.04em; font-size: 9.5pt; font-weight: 700; color: var(--rk-muted); margin: 0 0 1mm; }
.route.acute .route-kind { color: var(--rk-error); }
.route h3 { margin-top: 0; }
.route ul, .route ol, .decisions ul { margin: 1mm 0 2mm; padding-left: 6mm; }
.route-steps > li { margin-bottom: 2mm; }
.appendix h3 { font-size: 11.5pt; margin: 3mm 0 1mm; }
/*
 * Four columns, sized by their content: a column is never narrower than its longest word, so no
 * word breaks in the middle ("overflow-wrap: anywhere" with fixed widths broke "Bereikbaarheid"), and a
 * phone number stays on one line. E-mail addresses and web addresses may break after "@", "/"
 * and before a dot (<wbr> in the markup).
 */
table { width: 100%; border-collapse: collapse; margin: 0 0 6mm; font-size: 10pt; break-inside: auto; table-layout: auto; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 0.75pt solid #c5ccd3; overflow-wrap: break-word; hyphens: manual; }
th { background: var(--rk-card); }
tr { break-inside: avoid; }
td.phone { font-weight: 700; width: 1%; }
.tel { white-space: nowrap; }
td.who { width: 34%; }
td .detail { display: block; color: var(--rk-muted); font-size: 9.5pt; }
td .detail.remark { color: var(--rk-fg); }
a { color: inherit; text-decoration: none; }
footer { color: var(--rk-muted); font-size: 9pt; margin-top: 10mm; }
@media print {
  body { padding: 0; max-width: none; }
  .title-page { min-height: 250mm; display: flex; flex-direction: column; justify-content: center; padding-top: 0; }
  section.page { break-before: page; }
  /* Each drawing on one sheet: scaled down (never cut) to the height of an A4 page. */
  figure .rk-svg { max-height: 232mm; }
  h2, h3 { break-after: avoid; }
}
`;
