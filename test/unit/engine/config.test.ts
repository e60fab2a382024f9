import { strict as assert } from 'node:assert';
import { parseConfig, ruleIds, validateText } from '../../../server/src/engine';
import { TODAY, ruleFixture } from '../../helpers/rules';

describe('parseConfig (.meldcoderc.yaml)', () => {
  it('reads rule severities and the maximum file size', () => {
    const { config, problems } = parseConfig('rules:\n  term-outdated: off\n  reference-unused: warning\nmax-file-size: 1048576\n', ruleIds);
    assert.deepEqual(problems, []);
    assert.deepEqual([...config.rules], [
      ['term-outdated', 'off'],
      ['reference-unused', 'warning'],
    ]);
    assert.equal(config.maxFileSize, 1048576);
  });

  it('an empty file is the defaults, without complaint', () => {
    const { config, problems } = parseConfig('', ruleIds);
    assert.deepEqual(problems, []);
    assert.equal(config.rules.size, 0);
  });

  it('the settings change what validation reports', () => {
    const { config } = parseConfig('rules:\n  term-outdated: off\n  reference-unused: warning\n', ruleIds);
    const outdated = validateText(ruleFixture('term-outdated', 'fail'), { today: TODAY, rules: config.rules });
    assert.equal(outdated.filter((f) => f.ruleId === 'term-outdated').length, 0);
    const unused = validateText(ruleFixture('reference-unused', 'fail'), { today: TODAY, rules: config.rules });
    assert.deepEqual(
      unused.filter((f) => f.ruleId === 'reference-unused').map((f) => f.severity),
      ['warning', 'warning'],
    );
  });

  it('reports an unknown rule and an invalid severity, keeping the other settings', () => {
    const { config, problems } = parseConfig('rules:\n  stap-missing: error\n  step-order: warn\n  personal-data: warning\n  term-outdated:\n', ruleIds);
    assert.deepEqual(problems, [
      { line: 2, message: { nl: 'Onbekende regel "stap-missing" in de configuratie.', en: 'Unknown rule "stap-missing" in the configuration.' } },
      {
        line: 3,
        message: {
          nl: 'Ongeldige instelling "warn" voor regel "step-order": gebruik off, info, warning of error.',
          en: 'Invalid setting "warn" for rule "step-order": use off, info, warning or error.',
        },
      },
      {
        line: 5,
        message: {
          nl: 'Ongeldige instelling "" voor regel "term-outdated": gebruik off, info, warning of error.',
          en: 'Invalid setting "" for rule "term-outdated": use off, info, warning or error.',
        },
      },
    ]);
    assert.deepEqual([...config.rules], [['personal-data', 'warning']]);
  });

  it('broken YAML is reported and the defaults are used', () => {
    const { config, problems } = parseConfig('rules:\n  term-outdated: off\n  step-order: [warning\n', ruleIds);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message.nl, /^De configuratie is geen geldige YAML \([A-Z_]+\); de standaardinstellingen worden gebruikt\.$/);
    assert.match(problems[0].message.en, /^The configuration is not valid YAML \([A-Z_]+\); the defaults are used\.$/);
    assert.equal(config.rules.size, 0);
  });

  it('a key given twice makes the configuration invalid YAML, reported at the second one', () => {
    const { config, problems } = parseConfig('rules:\n  term-outdated: off\n  personal-data: warning\n  term-outdated: error\n', ruleIds);
    assert.deepEqual(problems, [
      {
        line: 4,
        message: {
          nl: 'De configuratie is geen geldige YAML (DUPLICATE_KEY); de standaardinstellingen worden gebruikt.',
          en: 'The configuration is not valid YAML (DUPLICATE_KEY); the defaults are used.',
        },
      },
    ]);
    assert.equal(config.rules.size, 0);
  });

  it('__proto__ and constructor as rule ids are unknown rules and pollute nothing', () => {
    const { config, problems } = parseConfig('rules:\n  __proto__: off\n  constructor: error\n  toString: info\n', ruleIds);
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.message.en]),
      [
        [2, 'Unknown rule "__proto__" in the configuration.'],
        [3, 'Unknown rule "constructor" in the configuration.'],
        [4, 'Unknown rule "toString" in the configuration.'],
      ],
    );
    assert.equal(config.rules.size, 0);
    assert.equal(({} as Record<string, unknown>).off, undefined);
    assert.equal(typeof ({} as { toString: unknown }).toString, 'function');
  });

  it('a configuration that is not a map, or "rules" that is not a map, is reported at its line', () => {
    assert.deepEqual(parseConfig('- rules\n- term-outdated\n', ruleIds).problems, [
      {
        line: 1,
        message: {
          nl: 'De configuratie moet een map zijn met de sleutel "rules"; de standaardinstellingen worden gebruikt.',
          en: 'The configuration must be a mapping with the key "rules"; the defaults are used.',
        },
      },
    ]);
    assert.deepEqual(parseConfig('# instellingen\nrules: off\n', ruleIds).problems, [
      {
        line: 2,
        message: {
          nl: '"rules" moet een map zijn van regel-id naar off, info, warning of error.',
          en: '"rules" must map rule ids to off, info, warning or error.',
        },
      },
    ]);
  });

  it('reports an unknown top-level key and a bad max-file-size', () => {
    assert.deepEqual(
      parseConfig('regels:\n  term-outdated: off\nmax-file-size: veel\n', ruleIds).problems.map((problem) => [problem.line, problem.message.nl]),
      [
        [1, 'Onbekende sleutel "regels" in de configuratie; bekend zijn "rules" en "max-file-size".'],
        [3, '"max-file-size" moet een positief geheel getal (aantal tekens) zijn; de standaard wordt gebruikt.'],
      ],
    );
  });
});
