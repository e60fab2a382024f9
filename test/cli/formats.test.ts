import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { fixtures, readFixture, repoRoot, runCli, temporaryFolder } from './helpers';
import { parseXml, type XmlElement } from './xml';
import { comparePaths } from '../../server/src/cli/results';

/** What the engine reports on test/fixtures/cli/errors.meldcode.yaml, in file order. */
const ERRORS_FIXTURE = [
  {
    ruleId: 'reference-unused',
    level: 'info',
    line: 8,
    column: 9,
    endLine: 8,
    endColumn: 15,
    nl: 'Aandachtsfunctionaris "bakker" wordt in geen enkele stap of als vervanger genoemd.',
    en: 'Attention officer "bakker" is not named in any step or as a stand-in.',
  },
  {
    ruleId: 'officer-deputy-missing',
    level: 'warning',
    line: 9,
    column: 11,
    endLine: 9,
    endColumn: 23,
    nl: 'Aandachtsfunctionaris Sanne Bakker heeft geen vervanger; noem onder "vervanger" wie het overneemt bij afwezigheid.',
    en: 'Attention officer Sanne Bakker has no stand-in; name under "vervanger" who takes over when they are away.',
  },
  {
    ruleId: 'reference-unused',
    level: 'info',
    line: 16,
    column: 9,
    endLine: 16,
    endColumn: 16,
    nl: 'Contactpunt "politie" wordt in geen enkele stap genoemd; bij welke stap hoort het?',
    en: 'Contact point "politie" is not named in any step; which step does it belong to?',
  },
  {
    // A sports club: the Wet verplichte meldcode does not bind sport, so a missing step is the
    // basismodel's advice, one level lower (docs/rules/README.md).
    ruleId: 'step-missing',
    level: 'warning',
    line: 24,
    column: 1,
    endLine: 24,
    endColumn: 8,
    nl: 'Stap 5 (beslissen) ontbreekt; het basismodel meldcode werkt met deze vijf stappen, ook voor wie de meldcode vrijwillig gebruikt.',
    en: 'Step 5 (decide) is missing; the basismodel meldcode works with these five steps, also for those who use the meldcode voluntarily.',
  },
  {
    ruleId: 'reference-unknown',
    level: 'error',
    line: 28,
    column: 15,
    endLine: 28,
    endColumn: 20,
    nl: '"bakkr" is geen aandachtsfunctionaris of contactpunt in dit protocol. Bedoelde u "bakker"?',
    en: '"bakkr" is not an attention officer or contact point in this protocol. Did you mean "bakker"?',
  },
] as const;

/** The report without the fixes and quick fixes (json-fixes.test.ts checks those). */
function withoutFixes(report: unknown): unknown {
  return (report as Array<{ messages: Array<Record<string, unknown>> }>).map((file) => ({
    ...file,
    messages: file.messages.map(({ fix: _fix, suggestions: _suggestions, ...message }) => message),
  }));
}

function expectedJson(locale: 'nl' | 'en'): unknown {
  return [
    {
      filePath: path.join(fixtures, 'errors.meldcode.yaml'),
      messages: ERRORS_FIXTURE.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.level === 'error' ? 2 : 1,
        level: finding.level,
        message: finding[locale],
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
      })),
      errorCount: 1,
      warningCount: 2,
      infoCount: 2,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    },
  ];
}

describe('meldcode-lint output formats', function () {
  // Each test starts the command line, some several times; a busy machine makes that slow.
  this.timeout(120000);

  // A file name with a space, '%', ',' and ':', and a phone number with '%' and a line break
  // that the message quotes: what each format must escape. Made here, as not every file
  // system can hold such a name in the repository.
  let oddRoot = '';
  before(() => {
    oddRoot = temporaryFolder();
    fs.mkdirSync(path.join(oddRoot, 'odd names'));
    const text = readFixture('clean.meldcode.yaml').replace('telefoon: "06-12345678"', 'telefoon: "12%\\n34"');
    assert.ok(text.includes('"12%\\n34"'));
    fs.writeFileSync(path.join(oddRoot, 'odd names', '100%, klaar: ja.meldcode.yaml'), text);
  });

  describe('json', () => {
    it('gives ESLint\'s shape with 1-based positions, severity, level and English messages', () => {
      const run = runCli(['--format', 'json', '--locale', 'en', 'errors.meldcode.yaml']);
      assert.equal(run.status, 1);
      assert.deepEqual(withoutFixes(JSON.parse(run.stdout)), expectedJson('en'));
    });

    it('gives Dutch messages with --locale nl', () => {
      const run = runCli(['--format', 'json', '--locale', 'nl', 'errors.meldcode.yaml']);
      assert.equal(run.status, 1);
      assert.deepEqual(withoutFixes(JSON.parse(run.stdout)), expectedJson('nl'));
    });

    it('takes the language from LANG when --locale is not given, and --locale wins over LANG', () => {
      const dutch = runCli(['--format', 'json', 'errors.meldcode.yaml'], { env: { LANG: 'nl_NL.UTF-8' } });
      assert.deepEqual(withoutFixes(JSON.parse(dutch.stdout)), expectedJson('nl'));
      const english = runCli(['--format', 'json', 'errors.meldcode.yaml'], { env: { LANG: 'de_DE.UTF-8' } });
      assert.deepEqual(withoutFixes(JSON.parse(english.stdout)), expectedJson('en'));
      const overridden = runCli(['--format', 'json', '--locale', 'en', 'errors.meldcode.yaml'], { env: { LC_ALL: 'nl_BE.UTF-8' } });
      assert.deepEqual(withoutFixes(JSON.parse(overridden.stdout)), expectedJson('en'));
    });

    it('lists a clean file with no messages and counts the fixable findings', () => {
      const run = runCli(['--format', 'json', 'clean.meldcode.yaml', 'outdated.meldcode.yaml']);
      assert.equal(run.status, 0);
      const report = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
      assert.deepEqual(
        report.map((file) => [path.basename(String(file.filePath)), file.errorCount, file.warningCount, file.fixableWarningCount]),
        [
          ['clean.meldcode.yaml', 0, 0, 0],
          ['outdated.meldcode.yaml', 0, 4, 3],
        ],
      );
      assert.deepEqual(report[0].messages, []);
    });
  });

  describe('stylish', () => {
    it('prints a block per file with aligned columns and an English summary', () => {
      const run = runCli(['errors.meldcode.yaml'], { env: { LANG: 'en_US.UTF-8' } });
      assert.equal(run.status, 1);
      assert.equal(
        run.stdout,
        [
          'errors.meldcode.yaml',
          '   8:9   info     Attention officer "bakker" is not named in any step or as a stand-in.                                                              reference-unused',
          '   9:11  warning  Attention officer Sanne Bakker has no stand-in; name under "vervanger" who takes over when they are away.                          officer-deputy-missing',
          '  16:9   info     Contact point "politie" is not named in any step; which step does it belong to?                                                    reference-unused',
          '  24:1   warning  Step 5 (decide) is missing; the basismodel meldcode works with these five steps, also for those who use the meldcode voluntarily.  step-missing',
          '  28:15  error    "bakkr" is not an attention officer or contact point in this protocol. Did you mean "bakker"?                                      reference-unknown',
          '',
          '✖ 1 file checked, 1 error, 2 warnings, 2 info messages',
          '',
        ].join('\n'),
      );
      assert.equal(run.stderr, '');
    });

    it('speaks Dutch, and is not coloured when the output is not a terminal', () => {
      const run = runCli(['--locale', 'nl', 'warnings.meldcode.yaml', 'clean.meldcode.yaml']);
      assert.equal(run.status, 0);
      assert.equal(
        run.stdout,
        [
          'warnings.meldcode.yaml',
          '   1:1   info          Er staat niet in hoe medewerkers en vrijwilligers de meldcode leren kennen en gebruiken (sleutel "scholing"); het handboek RAAK (§8.1) raadt structurele scholing aan.  training-missing',
          '   9:11  waarschuwing  Aandachtsfunctionaris Sanne Bakker heeft geen vervanger; noem onder "vervanger" wie het overneemt bij afwezigheid.                                                      officer-deputy-missing',
          '  10:15  waarschuwing  "030-123456" is geen geldig Nederlands telefoonnummer; verwacht bijvoorbeeld 030-1234567, 06-12345678, 0800-2000, 112, 14 020 of +31 30 123 4567.                       phone-invalid',
          '  34:11  waarschuwing  Bij stap 5 staat niet wie verantwoordelijk is; vul "verantwoordelijk" in (bijv. medewerker of aandachtsfunctionaris).                                                   step-responsible-missing',
          '',
          '✖ 2 bestanden gecontroleerd, 0 fouten, 3 waarschuwingen, 1 melding',
          '',
        ].join('\n'),
      );
      assert.doesNotMatch(run.stdout, /\u001b\[/);
    });

    it('says so when there is nothing to report', () => {
      assert.equal(runCli(['clean.meldcode.yaml'], { env: { LANG: 'en_GB.UTF-8' } }).stdout, '✔ 1 file checked: no problems.\n');
      assert.equal(runCli(['--locale', 'nl', 'clean.meldcode.yaml']).stdout, '✔ 1 bestand gecontroleerd: geen problemen.\n');
    });

    it('mentions what --fix can repair', () => {
      const run = runCli(['--locale', 'nl', 'outdated.meldcode.yaml']);
      assert.match(run.stdout, /\n✖ 1 bestand gecontroleerd, 0 fouten, 4 waarschuwingen\n {2}0 fouten en 3 waarschuwingen mogelijk automatisch op te lossen met de optie --fix\.\n$/);
      const english = runCli(['--locale', 'en', 'outdated.meldcode.yaml']);
      assert.match(english.stdout, /\n {2}0 errors and 3 warnings potentially fixable with the --fix option\.\n$/);
    });
  });

  describe('github', () => {
    it('prints one workflow annotation per finding, info as a notice', () => {
      const run = runCli(['--format', 'github', '--locale', 'en', 'errors.meldcode.yaml']);
      assert.equal(run.status, 1);
      assert.equal(
        run.stdout,
        [
          '::notice file=errors.meldcode.yaml,line=8,col=9,endLine=8,endColumn=15,title=reference-unused::Attention officer "bakker" is not named in any step or as a stand-in.',
          '::warning file=errors.meldcode.yaml,line=9,col=11,endLine=9,endColumn=23,title=officer-deputy-missing::Attention officer Sanne Bakker has no stand-in; name under "vervanger" who takes over when they are away.',
          '::notice file=errors.meldcode.yaml,line=16,col=9,endLine=16,endColumn=16,title=reference-unused::Contact point "politie" is not named in any step; which step does it belong to?',
          '::warning file=errors.meldcode.yaml,line=24,col=1,endLine=24,endColumn=8,title=step-missing::Step 5 (decide) is missing; the basismodel meldcode works with these five steps, also for those who use the meldcode voluntarily.',
          '::error file=errors.meldcode.yaml,line=28,col=15,endLine=28,endColumn=20,title=reference-unknown::"bakkr" is not an attention officer or contact point in this protocol. Did you mean "bakker"?',
          '',
        ].join('\n'),
      );
    });

    it('escapes %, line breaks, and "," and ":" in properties', () => {
      const run = runCli(['--format', 'github', '--locale', 'en', 'odd names'], { cwd: oddRoot });
      assert.equal(run.status, 0);
      assert.equal(
        run.stdout,
        '::warning file=odd names/100%25%2C klaar%3A ja.meldcode.yaml,line=21,col=15,endLine=21,endColumn=24,title=phone-invalid::' +
          '"12%25%0A34" is not a valid Dutch phone number; expected e.g. 030-1234567, 06-12345678, 0800-2000, 112, 14 020 or +31 30 123 4567.\n',
      );
    });
  });

  describe('gitlab', () => {
    interface Issue {
      description: string;
      check_name: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number; end: number } };
    }
    const gitlab = (args: string[], cwd?: string): Issue[] => JSON.parse(runCli(['--format', 'gitlab', ...args], cwd ? { cwd } : {}).stdout) as Issue[];

    it('gives a Code Quality report: rule, message in the locale, severity, relative path and lines', () => {
      const issues = gitlab(['--locale', 'nl', 'errors.meldcode.yaml']);
      const severities = { error: 'major', warning: 'minor', info: 'info' };
      assert.deepEqual(
        issues.map(({ fingerprint, ...rest }) => rest),
        ERRORS_FIXTURE.map((finding) => ({
          description: finding.nl,
          check_name: finding.ruleId,
          severity: severities[finding.level],
          location: { path: 'errors.meldcode.yaml', lines: { begin: finding.line, end: finding.endLine } },
        })),
      );
      for (const issue of issues) assert.match(issue.fingerprint, /^[0-9a-f]{32}$/);
      assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length);
    });

    it('gives the same finding twice in a file two fingerprints, which stay when lines move', () => {
      const folder = temporaryFolder();
      // "AMK, " before every name: the same finding, with the same message, at each.
      const twice = readFixture('clean.meldcode.yaml').replace(/naam: /g, 'naam: AMK, ');
      fs.writeFileSync(path.join(folder, 'protocol.meldcode.yaml'), twice);
      const before = gitlab(['protocol.meldcode.yaml'], folder).filter((issue) => issue.check_name === 'term-outdated');
      assert.equal(before.length, twice.split('naam: AMK, ').length - 1);
      assert.ok(before.length >= 2);
      assert.equal(new Set(before.map((issue) => issue.description)).size, 1);
      assert.equal(new Set(before.map((issue) => issue.fingerprint)).size, before.length);

      fs.writeFileSync(path.join(folder, 'protocol.meldcode.yaml'), `# Versie 2\n\n${twice}`);
      const after = gitlab(['protocol.meldcode.yaml'], folder).filter((issue) => issue.check_name === 'term-outdated');
      assert.deepEqual(after.map((issue) => issue.location.lines.begin), before.map((issue) => issue.location.lines.begin + 2));
      assert.deepEqual(after.map((issue) => issue.fingerprint), before.map((issue) => issue.fingerprint));
    });

    it('is an empty list for a clean file', () => {
      assert.deepEqual(gitlab(['clean.meldcode.yaml']), []);
    });
  });

  describe('sarif', () => {
    // The OASIS SARIF 2.1.0 schema, committed under test/fixtures/sarif (see its README).
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    // The schema's language pattern is not valid with the 'u' flag ajv uses by default.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validateSarif = ajv.compile(schema);

    it('is valid SARIF 2.1.0', () => {
      const run = runCli(['--format', 'sarif', 'errors.meldcode.yaml', 'warnings.meldcode.yaml', 'clean.meldcode.yaml']);
      assert.equal(run.status, 1);
      const log = JSON.parse(run.stdout) as unknown;
      assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
    });

    it('describes the tool and every rule, with the documentation link and default level', () => {
      const log = JSON.parse(runCli(['--format', 'sarif', '--locale', 'nl', 'errors.meldcode.yaml']).stdout) as SarifLog;
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'meldcode-lint');
      assert.equal(driver.version, (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
      assert.equal(driver.informationUri, 'https://github.com/meldcode/meldcode');
      const stepMissing = driver.rules.find((rule) => rule.id === 'step-missing');
      assert.deepEqual(stepMissing, {
        id: 'step-missing',
        shortDescription: { text: 'Het stappenplan bevat de vijf stappen van de meldcode (samengevoegde stappen, zoals stap 4 en 5, tellen voor beide).' },
        fullDescription: { text: 'Het stappenplan bevat de vijf stappen van de meldcode (samengevoegde stappen, zoals stap 4 en 5, tellen voor beide).' },
        helpUri: 'https://github.com/meldcode/meldcode/blob/main/docs/rules/step-missing.md',
        defaultConfiguration: { level: 'error' },
      });
      const levels = new Map(driver.rules.map((rule) => [rule.id, rule.defaultConfiguration.level]));
      assert.equal(levels.get('reference-unused'), 'note');
      assert.equal(levels.get('officer-deputy-missing'), 'warning');
      assert.equal(levels.get('yaml-syntax'), 'error');
      assert.match(driver.rules.find((rule) => rule.id === 'term-outdated')!.fullDescription.text, /\(Automatisch te corrigeren met --fix\.\)$/);
    });

    it('gives each result its rule index, level, message and 1-based region relative to the working folder', () => {
      const log = JSON.parse(runCli(['--format', 'sarif', '--locale', 'en', 'errors.meldcode.yaml']).stdout) as SarifLog;
      const run = log.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${fixtures}/`);
      assert.deepEqual(
        run.results.map((result) => ({
          ruleId: result.ruleId,
          rule: run.tool.driver.rules[result.ruleIndex].id,
          level: result.level,
          text: result.message.text,
          location: result.locations[0].physicalLocation,
        })),
        ERRORS_FIXTURE.map((finding) => ({
          ruleId: finding.ruleId,
          rule: finding.ruleId,
          level: finding.level === 'info' ? 'note' : finding.level,
          text: finding.en,
          location: {
            artifactLocation: { uri: 'errors.meldcode.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
          },
        })),
      );
      assert.deepEqual(run.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    });

    it('percent-encodes file names in URIs', () => {
      const log = JSON.parse(runCli(['--format', 'sarif', 'odd names'], { cwd: oddRoot }).stdout) as SarifLog;
      assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'odd%20names/100%25%2C%20klaar%3A%20ja.meldcode.yaml');
    });
  });

  describe('junit', () => {
    it('is well-formed XML with a suite per file, a failing case per error or warning, and a passing case for a clean file', () => {
      const run = runCli(['--format', 'junit', '--locale', 'en', 'errors.meldcode.yaml', 'clean.meldcode.yaml', path.join(oddRoot, 'odd names')]);
      assert.equal(run.status, 1);
      const root = parseXml(run.stdout);
      assert.equal(root.name, 'testsuites');
      assert.deepEqual(root.attributes, { name: 'meldcode-lint', tests: '7', failures: '4', errors: '0', time: '0' });
      assert.deepEqual(
        root.children.map((suite) => [suite.name, suite.attributes.name, suite.attributes.tests, suite.attributes.failures]),
        // In order of the full path; the file outside the working folder is shown with its full path.
        byFullPath([
          [path.join(oddRoot, 'odd names', '100%, klaar: ja.meldcode.yaml'), ['testsuite', `${oddRoot}/odd names/100%, klaar: ja.meldcode.yaml`, '1', '1']],
          [path.join(fixtures, 'clean.meldcode.yaml'), ['testsuite', 'clean.meldcode.yaml', '1', '0']],
          [path.join(fixtures, 'errors.meldcode.yaml'), ['testsuite', 'errors.meldcode.yaml', '5', '3']],
        ]),
      );
      const suiteNamed = (name: string): XmlElement => root.children.find((suite) => suite.attributes.name === name)!;
      const odd = suiteNamed(`${oddRoot}/odd names/100%, klaar: ja.meldcode.yaml`);
      const clean = suiteNamed('clean.meldcode.yaml');
      const errors = suiteNamed('errors.meldcode.yaml');
      assert.deepEqual(clean.children, [{ name: 'testcase', attributes: { name: 'meldcode-lint', classname: 'clean.meldcode.yaml', time: '0' }, children: [], text: '' }]);
      assert.deepEqual(
        errors.children.map((testcase) => [testcase.attributes.name, testcase.children.map((child) => child.name)]),
        [
          ['reference-unused (8:9)', ['system-out']],
          ['officer-deputy-missing (9:11)', ['failure']],
          ['reference-unused (16:9)', ['system-out']],
          ['step-missing (24:1)', ['failure']],
          ['reference-unknown (28:15)', ['failure']],
        ],
      );
      const failure = errors.children[4].children[0];
      assert.deepEqual(failure.attributes, { message: ERRORS_FIXTURE[4].en, type: 'error' });
      assert.equal(
        failure.text,
        `errors.meldcode.yaml:28:15 error: ${ERRORS_FIXTURE[4].en} [reference-unknown]\nhttps://github.com/meldcode/meldcode/blob/main/docs/rules/reference-unknown.md`,
      );
      const oddFailure = odd.children[0].children[0] as XmlElement;
      assert.equal(oddFailure.attributes.type, 'warning');
      assert.match(oddFailure.attributes.message, /^"12%\n34" is not a valid Dutch phone number/);
    });

    it('escapes what XML cannot hold as it is', () => {
      const run = runCli(['--format', 'junit', 'odd names'], { cwd: oddRoot });
      assert.match(run.stdout, / classname="odd names\/100%, klaar: ja\.meldcode\.yaml"/);
      assert.match(run.stdout, /<failure message="&quot;12%&#10;34&quot; is not/);
      assert.doesNotThrow(() => parseXml(run.stdout));
    });
  });

  describe('--output', () => {
    it('writes the report to the file and nothing to standard output', () => {
      const target = path.join(temporaryFolder(), 'reports', 'lint.json');
      const run = runCli(['--format', 'json', '-o', target, 'errors.meldcode.yaml']);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, '');
      assert.deepEqual(withoutFixes(JSON.parse(fs.readFileSync(target, 'utf8'))), expectedJson('en'));
    });
  });

  describe('--quiet', () => {
    it('reports errors only, in every format', () => {
      const json = JSON.parse(runCli(['--format', 'json', '--quiet', 'errors.meldcode.yaml', 'warnings.meldcode.yaml']).stdout) as Array<{
        messages: Array<{ ruleId: string; level: string }>;
        errorCount: number;
        warningCount: number;
        infoCount: number;
      }>;
      assert.deepEqual(
        json.map((file) => [file.messages.map((message) => `${message.level} ${message.ruleId}`), file.errorCount, file.warningCount, file.infoCount]),
        [
          [['error reference-unknown'], 1, 0, 0],
          [[], 0, 0, 0],
        ],
      );
      const github = runCli(['--format', 'github', '--quiet', 'errors.meldcode.yaml']).stdout;
      assert.deepEqual(
        github.trim().split('\n').map((line) => line.slice(0, line.indexOf(' '))),
        ['::error'],
      );
      const stylish = runCli(['--quiet', 'errors.meldcode.yaml']);
      assert.match(stylish.stdout, /\n✖ 1 file checked, 1 error; 2 warnings and 2 info messages not shown \(--quiet\)\n$/);
      assert.equal(stylish.status, 1);
    });

    it('keeps the exit code at 0 for a file with only warnings, and says the warnings were not shown', () => {
      const run = runCli(['--quiet', 'warnings.meldcode.yaml']);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, '✔ 1 file checked: no errors; 3 warnings and 1 info message not shown (--quiet).\n');
      const dutch = runCli(['--quiet', '--locale', 'nl', 'warnings.meldcode.yaml', 'clean.meldcode.yaml']);
      assert.equal(dutch.stdout, '✔ 2 bestanden gecontroleerd: geen fouten; 3 waarschuwingen en 1 melding niet getoond (--quiet).\n');
      // Nothing left out: no note.
      assert.equal(runCli(['--quiet', 'clean.meldcode.yaml']).stdout, '✔ 1 file checked: no problems.\n');
    });
  });
});

interface SarifLog {
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }>;
      };
    };
    invocations: unknown[];
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
    }>;
  }>;
}

/** The rows in the order the CLI reports files: by full path, wherever the temporary folder is. */
function byFullPath(rows: Array<[string, string[]]>): string[][] {
  return [...rows].sort(([a], [b]) => comparePaths(a, b)).map(([, row]) => row);
}
