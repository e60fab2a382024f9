import { LEVEL_LABELS } from '../messages';
import { displayPath } from '../results';
import type { Formatter } from './types';

/**
 * JUnit XML as CI servers show it: a test suite per protocol file, a test case per finding
 * (errors and warnings fail, information passes and is shown as output), and a single
 * passing test case for a file without findings.
 */
export const formatJunit: Formatter = (results, context) => {
  const { locale } = context;
  let totalTests = 0;
  let totalFailures = 0;
  const suites: string[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    const cases: string[] = [];
    let failures = 0;
    for (const finding of result.findings) {
      const line = finding.range.start.line + 1;
      const column = finding.range.start.character + 1;
      const message = finding.message[locale];
      const name = `${finding.ruleId} (${line}:${column})`;
      const detail = `${file}:${line}:${column} ${LEVEL_LABELS[finding.severity][locale]}: ${message} [${finding.ruleId}]\n${finding.docUrl}`;
      if (finding.severity === 'info') {
        cases.push(`    <testcase name="${attribute(name)}" classname="${attribute(file)}" time="0">\n      <system-out>${text(detail)}</system-out>\n    </testcase>`);
      } else {
        failures++;
        cases.push(
          `    <testcase name="${attribute(name)}" classname="${attribute(file)}" time="0">\n` +
            `      <failure message="${attribute(message)}" type="${finding.severity}">${text(detail)}</failure>\n` +
            '    </testcase>',
        );
      }
    }
    if (cases.length === 0) cases.push(`    <testcase name="meldcode-lint" classname="${attribute(file)}" time="0"/>`);
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${attribute(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0">\n` +
        `${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="meldcode-lint" tests="${totalTests}" failures="${totalFailures}" errors="0" time="0">\n` +
    suites.map((suite) => `${suite}\n`).join('') +
    '</testsuites>\n'
  );
};

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
function legal(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export function text(value: string): string {
  return legal(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Also line breaks and tabs, which an XML parser would otherwise turn into spaces. */
export function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
