import type { Locale } from '../engine/types';
import { escapeXml } from '../render/escape';
import type { RuleCount } from './model';
import { label, protocolCount } from './strings';

/** The chart shows this many rules; the table under it lists them all. */
export const CHART_RULES = 10;

const WIDTH = 720;
const LABEL_WIDTH = 250;
const COUNT_WIDTH = 150;
const BAR_HEIGHT = 18;
const ROW_HEIGHT = 26;
const PADDING = 4;

/**
 * A horizontal bar chart of the rules that fail in most protocols: one bar per rule, as long as
 * the number of protocols it fails in, with the counts written beside it (the numbers carry the
 * meaning, so the chart reads in black and white).
 */
export function renderRuleChartSvg(rules: readonly RuleCount[], locale: Locale): string {
  const shown = rules.slice(0, CHART_RULES);
  const height = shown.length * ROW_HEIGHT + PADDING * 2;
  const barSpace = WIDTH - LABEL_WIDTH - COUNT_WIDTH;
  // The longest bar is the rule that fails in most protocols; the numbers beside the bars say how many of all.
  const longest = Math.max(1, ...shown.map((rule) => rule.protocols));
  const bars = shown.map((rule, index) => {
    const y = PADDING + index * ROW_HEIGHT;
    const width = Math.max(2, Math.round((rule.protocols / longest) * barSpace));
    const text = label('ruleBar', locale, { rule: rule.ruleId, protocols: protocolCount(rule.protocols, locale), findings: rule.findings });
    return [
      `<g class="bar" data-rule="${escapeXml(rule.ruleId)}" data-protocols="${rule.protocols}" data-findings="${rule.findings}">`,
      `<title>${escapeXml(text)}</title>`,
      `<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT - 5}" text-anchor="end">${escapeXml(rule.ruleId)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}"/>`,
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + BAR_HEIGHT - 5}">${rule.protocols} (${rule.findings})</text>`,
      '</g>',
    ].join('');
  });
  return [
    `<svg class="rule-chart" role="img" aria-label="${escapeXml(label('rulesTitle', locale))}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
    ...bars,
    '</svg>',
  ].join('\n');
}
