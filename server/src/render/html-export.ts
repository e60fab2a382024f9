import type { Locale } from '../engine/types';
import { escapeXml, telHref } from './escape';
import { htmlHeadLines } from './html-head';
import { distinctKind, type ContactView, type ContentBlock, type DecisionView, type OutcomeView, type QuestionView, type RouteMapView, type RouteView, type StepView, type SubstepView } from './route-map-view';
import { markedHtml } from './placeholder-mark';
import { label, type LabelKey } from './strings';
import { DRAWING_CSS, EXPORT_CSS, PRINT_PALETTE_CSS } from './styles';
import { renderDecisionTreeSvg } from './svg-decision-tree';
import { renderRouteMapSheets } from './svg-route-map';

/**
 * The printable protocol: one self-contained HTML file (inline SVG and CSS, no scripts, no
 * external resources) with the title page, the route map, the steps, the afwegingskader and
 * the contact sheet, laid out for A4.
 */

export interface ExportOptions {
  /** The protocol's file name, printed in the footer (a name, not a path). */
  sourceName?: string;
}

const MAX_LISTED_ERRORS = 30;
/**
 * What a drawing may fill of an A4 page, in CSS pixels (96 per inch): the printable width
 * (210 mm less 2 × 15 mm) and the height left under the page's heading (232 mm, as in the
 * stylesheet's max-height). A longer route map is cut into sheets of this size, so it prints at
 * full width instead of shrunk onto one page.
 */
const PRINTED_SHEET = { width: (180 / 25.4) * 96, height: (232 / 25.4) * 96 };
/** Nothing may be fetched: a stray URL in a protocol cannot turn into a request. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function renderExportDocument(view: RouteMapView, options: ExportOptions = {}): string {
  const locale = view.locale;
  const drawing = { interactive: false };
  const organisationName = view.organisation.name ?? label('unnamedOrganisation', locale);
  return [
    ...htmlHeadLines({
      locale,
      csp: EXPORT_CSP,
      title: `${label('routeMap', locale)} – ${organisationName}`,
      css: `${PRINT_PALETTE_CSS}${DRAWING_CSS}${EXPORT_CSS}`,
    }),
    '<body class="rk-export">',
    titlePage(view, organisationName),
    `<section class="page" id="routekaart"><h2>${text(label('routeMap', locale))}</h2>`,
    `<p class="lead">${text(label('routeMapDescription', locale))}</p>`,
    `${renderRouteMapSheets(view, { interactive: false, withoutActions: true }, PRINTED_SHEET)
      .map((sheet) => `<figure>${sheet}</figure>`)
      .join('\n')}</section>`,
    routesSection(view),
    `<section class="page" id="stappenplan"><h2>${text(label('stepPlan', locale))}</h2>`,
    view.steps.map((step) => stepSection(step, locale)).join('\n'),
    '</section>',
    afwegingskaderSection(view),
    contactSheet(view),
    otherSections(view),
    responsibilitiesSection(view),
    appendicesSection(view),
    options.sourceName ? `<footer>${text(label('generatedFrom', locale))} ${text(options.sourceName)}</footer>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function titlePage(view: RouteMapView, organisationName: string): string {
  const locale = view.locale;
  const organisation = view.organisation;
  const facts: Array<[string, string | undefined]> = [
    [label('sector', locale), organisation.sector],
    [label('targetGroup', locale), organisation.targetGroup],
    [label('town', locale), organisation.town],
    [label('adoptedBy', locale), organisation.adoptedBy],
    [label('adoptedOn', locale), organisation.adoptedOn],
    [label('validFrom', locale), organisation.validFrom],
    [label('validUntil', locale), organisation.validUntil],
    [label('reviewBy', locale), organisation.reviewBy],
  ];
  const listed = facts.filter((fact): fact is [string, string] => fact[1] !== undefined);
  const parts = [
    '<section class="title-page">',
    `<div class="doc-kind">${text(label('documentTitle', locale))}</div>`,
    `<h1>${markedHtml(organisationName, text(organisationName), locale)}</h1>`,
  ];
  if (listed.length > 0) {
    parts.push(`<dl class="facts">${listed.map(([name, value]) => `<dt>${text(name)}</dt><dd>${text(value)}</dd>`).join('')}</dl>`);
  }
  if (view.introduction) parts.push(`<p>${text(view.introduction)}</p>`);
  if (view.errors.length > 0) {
    const shown = view.errors.slice(0, MAX_LISTED_ERRORS);
    const items = shown.map((error) => `<li>${text(error.message)} <span class="meta">(${text(label('line', locale))} ${error.line + 1})</span></li>`);
    if (view.errors.length > shown.length) items.push('<li>…</li>');
    parts.push(`<div class="notice"><p>${text(label('notComplete', locale))}</p><ul>${items.join('')}</ul></div>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function stepSection(step: StepView, locale: Locale): string {
  const heading = `${step.heading}: ${step.title}`;
  const parts = [
    `<div class="step${step.present ? '' : ' missing'}" data-step="${escapeXml(step.key)}">`,
    `<h3${step.titleIsStandard ? ' class="standard"' : ''}>${text(heading)}</h3>`,
  ];
  if (!step.present) {
    parts.push(`<p class="problem">${text(step.problem ?? label('stepMissing', locale))}</p></div>`);
    return parts.join('');
  }
  parts.push(`<p class="meta">${text(label('responsible', locale))}: ${text(step.responsible ?? label('responsibleUnknown', locale))}</p>`);
  if (step.deadline) parts.push(`<p class="meta deadline">${text(label('deadline', locale))}: ${text(step.deadline)}</p>`);
  if (step.actions.length > 0) {
    parts.push(`<h4>${text(label('actions', locale))}</h4><ul>${step.actions.map((action) => `<li>${text(action)}</li>`).join('')}</ul>`);
  }
  if (step.explanation) parts.push(`<p>${text(step.explanation)}</p>`);
  if (step.contacts.length > 0) {
    parts.push(`<h4>${text(label('call', locale))}</h4><ul>${step.contacts.map((contact) => contactItem(contact, locale)).join('')}</ul>`);
  }
  parts.push(step.substeps.map((substep) => substepSection(substep, locale)).join(''));
  parts.push('</div>');
  return parts.join('');
}

function substepSection(substep: SubstepView, locale: Locale): string {
  const heading = [label('substep', locale), substep.id].filter((part) => part !== undefined).join(' ');
  const parts = [`<section class="substep"><h4>${text(substep.title ? `${heading}: ${substep.title}` : heading)}</h4>`];
  if (substep.responsible) parts.push(`<p class="meta">${text(label('responsible', locale))}: ${text(substep.responsible)}</p>`);
  if (substep.deadline) parts.push(`<p class="meta deadline">${text(label('deadline', locale))}: ${text(substep.deadline)}</p>`);
  if (substep.actions.length > 0) parts.push(`<ul>${substep.actions.map((action) => `<li>${text(action)}</li>`).join('')}</ul>`);
  if (substep.contacts.length > 0) parts.push(`<ul class="calls">${substep.contacts.map((contact) => contactItem(contact, locale)).join('')}</ul>`);
  parts.push('</section>');
  return parts.join('');
}

/** The routes beside the steps, acute danger first (format 1.1). */
function routesSection(view: RouteMapView): string {
  if (view.routes.length === 0) return '';
  const locale = view.locale;
  return [
    `<section class="page" id="routes"><h2>${text(label('routes', locale))}</h2>`,
    `<p class="lead">${text(label('routesDescription', locale))}</p>`,
    view.routes.map((route) => routeSection(route, locale)).join('\n'),
    '</section>',
  ].join('\n');
}

function routeSection(route: RouteView, locale: Locale): string {
  const kind = route.acute ? `${route.kindLabel ?? ''} · ${label('acuteFirst', locale)}` : route.kindLabel;
  const parts = [
    `<div class="route${route.acute ? ' acute' : ''}"${route.id ? ` data-route="${escapeXml(route.id)}"` : ''}>`,
    kind ? `<p class="route-kind">${text(kind)}</p>` : '',
    `<h3>${text(route.title)}</h3>`,
  ];
  if (route.responsible) parts.push(`<p class="meta">${text(label('responsible', locale))}: ${text(route.responsible)}</p>`);
  if (route.description) parts.push(`<p>${text(route.description)}</p>`);
  if (route.actions.length > 0) {
    parts.push(`<h4>${text(label('actions', locale))}</h4><ul>${route.actions.map((action) => `<li>${text(action)}</li>`).join('')}</ul>`);
  }
  if (route.contacts.length > 0) {
    parts.push(`<h4>${text(label('call', locale))}</h4><ul>${route.contacts.map((contact) => contactItem(contact, locale)).join('')}</ul>`);
  }
  if (route.steps.length > 0) {
    const steps = route.steps.map((step) => {
      const items = [`<strong>${text(step.title)}</strong>`];
      if (step.responsible) items.push(`<br><span class="meta">${text(label('responsible', locale))}: ${text(step.responsible)}</span>`);
      if (step.deadline) items.push(`<br><span class="meta deadline">${text(label('deadline', locale))}: ${text(step.deadline)}</span>`);
      if (step.actions.length > 0) items.push(`<ul>${step.actions.map((action) => `<li>${text(action)}</li>`).join('')}</ul>`);
      if (step.contacts.length > 0) items.push(`<ul class="calls">${step.contacts.map((contact) => contactItem(contact, locale)).join('')}</ul>`);
      return `<li${step.number === undefined ? '' : ` value="${step.number}"`}>${items.join('')}</li>`;
    });
    parts.push(`<h4>${text(label('stepPlan', locale))}</h4><ol class="route-steps">${steps.join('')}</ol>`);
  }
  parts.push('</div>');
  return parts.join('');
}

function contactItem(contact: ContactView, locale: Locale): string {
  if (!contact.found) return `<li class="problem">${text(contact.id)}: ${text(label('unknownReference', locale))}</li>`;
  const who = contact.role ? `${contact.name} (${contact.role})` : contact.name;
  return `<li>${markedHtml(contact.name, text(who), locale)}: ${contact.phone ? phoneLink(contact.phone, locale) : text(label('noPhone', locale))}</li>`;
}

/** The afwegingskader as the protocol writes it: five questions, two decisions, or a reference to an appendix. */
function afwegingskaderSection(view: RouteMapView): string {
  const locale = view.locale;
  const framework = view.afwegingskader;
  const drawing = { interactive: false };
  const description: LabelKey =
    framework.form === 'appendix' ? 'appendixDescription' : framework.form === 'decisions' ? 'decisionsDescription' : 'afwegingskaderDescription';
  const parts = [
    `<section class="page" id="afwegingskader"><h2>${text(label('afwegingskader', locale))}</h2>`,
    `<p class="lead">${text(label(description, locale))}</p>`,
  ];
  if (framework.model) parts.push(`<p class="meta">${text(label('model', locale))}: ${text(framework.model)}</p>`);
  parts.push(`<figure>${renderDecisionTreeSvg(view, drawing)}</figure>`);
  if (framework.form === 'questions') {
    parts.push(`<ol class="questions">${view.questions.map((question) => questionItem(question, locale)).join('')}</ol>`);
  } else if (framework.form === 'decisions') {
    parts.push(`<ol class="decisions">${framework.decisions.map((decision) => decisionItem(decision, locale)).join('')}</ol>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function questionItem(question: QuestionView, locale: Locale): string {
  const parts = [`<li value="${question.number}">`, `<strong${question.textIsStandard ? ' class="standard"' : ''}>${text(question.text)}</strong>`];
  if (!question.present) parts.push(`<br><span class="problem">${text(question.problem ?? label('stepMissing', locale))}</span>`);
  if (question.ifYes) parts.push(`<br>${text(label('ifYes', locale))}: ${text(outcomeText(question.outcomes.yes))}`);
  if (question.ifNo) parts.push(`<br>${text(label('ifNo', locale))}: ${text(outcomeText(question.outcomes.no))}`);
  if (question.explanation) parts.push(`<br><span class="meta">${text(question.explanation)}</span>`);
  parts.push('</li>');
  return parts.join('');
}

function decisionItem(decision: DecisionView, locale: Locale): string {
  const parts = [`<li value="${decision.number}">`, `<strong${decision.textIsStandard ? ' class="standard"' : ''}>${text(decision.text)}</strong>`];
  if (!decision.present) parts.push(`<br><span class="problem">${text(decision.problem ?? label('stepMissing', locale))}</span>`);
  if (decision.conditions.length > 0) {
    parts.push(`<br>${text(label('conditions', locale))}:<ul>${decision.conditions.map((condition) => `<li>${text(condition)}</li>`).join('')}</ul>`);
  }
  if (decision.present) {
    parts.push(`<br>${text(label('ifYes', locale))}: ${text(outcomeText(decision.outcomes.yes))}`);
    parts.push(`<br>${text(label('ifNo', locale))}: ${text(outcomeText(decision.outcomes.no))}`);
  }
  if (decision.explanation) parts.push(`<br><span class="meta">${text(decision.explanation)}</span>`);
  parts.push('</li>');
  return parts.join('');
}

/** An outcome in words: a value's meaning, or the protocol's own words. */
function outcomeText(outcome: OutcomeView): string {
  return outcome.source === 'value' ? outcome.text : (outcome.written ?? outcome.text);
}

function contactSheet(view: RouteMapView): string {
  const locale = view.locale;
  const officerRows = view.officers.map((officer) =>
    row([
      whoCell(officer.name, [officer.position, officer.deputy === undefined ? undefined : `${label('deputy', locale)}: ${officer.deputy}`], locale),
      phoneCell(officer.phone, locale),
      addressCell([officer.email], locale),
      detailCell([officer.availability], []),
    ]),
  );
  const pointRows = view.contactPoints.map((point) =>
    row([whoCell(point.name, [distinctKind(point)], locale), phoneCell(point.phone, locale), addressCell([point.email, point.website], locale), detailCell([point.availability], [point.remark])]),
  );
  const head = (keys: LabelKey[]): string => `<thead><tr>${keys.map((key) => `<th>${text(label(key, locale))}</th>`).join('')}</tr></thead>`;
  return [
    `<section class="page" id="contactlijst"><h2>${text(label('contactSheet', locale))}</h2>`,
    // A one-person practice has no attention officers: no empty table or warning for them.
    view.organisation.selfEmployed && officerRows.length === 0 ? '' : `<h3>${text(label('officers', locale))}</h3>`,
    officerRows.length > 0
      ? `<table class="officers">${head(['name', 'phone', 'email', 'availability'])}<tbody>${officerRows.join('')}</tbody></table>`
      : view.organisation.selfEmployed
        ? ''
        : `<p class="problem">${text(label('noOfficers', locale))}</p>`,
    `<h3>${text(label('contactPoints', locale))}</h3>`,
    pointRows.length > 0
      ? `<table class="contact-points">${head(['name', 'phone', 'emailWebsite', 'availabilityRemark'])}<tbody>${pointRows.join('')}</tbody></table>`
      : `<p class="problem">${text(label('noContactPoints', locale))}</p>`,
    '</section>',
  ].join('\n');
}

/** The name, with the position, deputy or kind below it. */
function whoCell(name: string, details: ReadonlyArray<string | undefined>, locale: Locale): string {
  const lines = details.filter((detail): detail is string => detail !== undefined).map((detail) => `<span class="detail">${markedHtml(detail, text(detail), locale)}</span>`);
  return `<td class="who">${markedHtml(name, text(name), locale)}${lines.join('')}</td>`;
}

function addressCell(addresses: ReadonlyArray<string | undefined>, locale: Locale): string {
  const lines = addresses
    .filter((address): address is string => address !== undefined)
    .map((address) => `<span class="address">${markedHtml(address, breakableAddress(address), locale)}</span>`);
  return `<td>${lines.join('<br>')}</td>`;
}

function detailCell(lines: ReadonlyArray<string | undefined>, remarks: ReadonlyArray<string | undefined>): string {
  const shown = [
    ...lines.filter((line): line is string => line !== undefined).map((line) => `<span class="detail">${text(line)}</span>`),
    ...remarks.filter((remark): remark is string => remark !== undefined).map((remark) => `<span class="detail remark">${text(remark)}</span>`),
  ];
  return `<td>${shown.join('')}</td>`;
}

/**
 * An e-mail or web address that may break after "@" or "/" and before a dot, and nowhere else:
 * a narrow column then wraps it where a reader expects, never in the middle of a word.
 */
export function breakableAddress(address: string): string {
  return address
    .split(/(?<=[@/])|(?=\.)/)
    .map(text)
    .join('<wbr>');
}

function otherSections(view: RouteMapView): string {
  if (view.sections.length === 0) return '';
  const body = view.sections.map((section) => `<h3>${text(section.title)}</h3>${blocks(section.blocks)}`).join('\n');
  return `<section class="page" id="overige-afspraken"><h2>${text(label('otherAgreements', view.locale))}</h2>\n${body}</section>`;
}

function responsibilitiesSection(view: RouteMapView): string {
  if (view.responsibilities.length === 0) return '';
  const body =
    view.responsibilities.length === 1
      ? `<p>${text(view.responsibilities[0])}</p>`
      : `<ul>${view.responsibilities.map((item) => `<li>${text(item)}</li>`).join('')}</ul>`;
  return `<section id="verantwoordelijkheden"><h2>${text(label('responsibilities', view.locale))}</h2>\n${body}</section>`;
}

function appendicesSection(view: RouteMapView): string {
  if (view.appendices.length === 0) return '';
  const items = view.appendices.map(
    (appendix) => `<div class="appendix"${appendix.id ? ` data-appendix="${escapeXml(appendix.id)}"` : ''}><h3>${text(appendix.title)}</h3>${appendix.description ? `<p>${text(appendix.description)}</p>` : ''}</div>`,
  );
  return `<section id="bijlagen"><h2>${text(label('appendices', view.locale))}</h2>\n${items.join('\n')}</section>`;
}

function blocks(content: readonly ContentBlock[]): string {
  return content
    .map((block) => {
      switch (block.kind) {
        case 'text':
          return `<p>${text(block.text)}</p>`;
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${text(item)}</li>`).join('')}</ul>`;
        case 'fields':
          return `<div class="fields">${block.entries.map((entry) => `<h4>${text(entry.title)}</h4>${blocks(entry.blocks)}`).join('')}</div>`;
      }
    })
    .join('');
}

function row(cells: string[]): string {
  return `<tr>${cells.join('')}</tr>`;
}

function phoneCell(phone: string | undefined, locale: Locale): string {
  return `<td class="phone">${phone ? phoneLink(phone, locale) : ''}</td>`;
}

/** A phone number, callable where it can be dialled, and never broken over two lines (class "tel"). */
function phoneLink(phone: string, locale: Locale): string {
  const href = telHref(phone);
  return markedHtml(phone, `<span class="tel">${href ? `<a href="${escapeXml(href)}">${text(phone)}</a>` : text(phone)}</span>`, locale);
}

function text(value: string): string {
  return escapeXml(value);
}
