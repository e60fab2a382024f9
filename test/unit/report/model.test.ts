import * as assert from 'node:assert/strict';
import { parseProtocol } from '../../../server/src/engine';
import {
  buildReport,
  csvField,
  PART_IDS,
  renderOverviewCsv,
  summarizeProtocol,
  type PartId,
  type ProtocolSummary,
  type ReportFinding,
  type ReportInput,
} from '../../../server/src/report';

const TODAY = '2026-12-03';
const modelOf = (text: string) => parseProtocol(text).model;

const SCHOOL_1_1 = `meldcode: "1.1"
organisatie:
  naam: OBS De Regenboog
  sector: onderwijs
  plaats: Utrecht
  geldig-van: 2025-08-01
  geldig-tot: 2027-01-31
  herzien-voor: 2027-03-01
aandachtsfunctionarissen:
  - id: jansen
    naam: Marieke Jansen
  - id: de-vries
contactpunten:
  - id: vt
    soort: veilig-thuis
    telefoon: "0800-2000"
stappen:
  - stap: 1
  - stap: 2
  - stap: 3
  - stap: [4, 5]
afwegingskader:
  model: onderwijs
  bijlage: Bijlage 2
routes:
  - id: acuut
    soort: acuut-gevaar
  - id: medewerker
    soort: vermoeden-medewerker
  - id: nog-een
    soort: acuut-gevaar
kindcheck: Wij doen de kindcheck.
vastleggen: In het leerlingdossier.
`;

const PRACTICE_1_0 = `meldcode: "1.0"
organisatie:
  naam: Praktijk Zon
  sector: gezondheidszorg
  locaties: [Noord, Zuid]
  vastgesteld: 2026-02-30
stappen:
  - stap: 2
  - stap: 1
  - stap: 7
scholing: Jaarlijks.
`;

const allParts = (state: boolean): Record<PartId, boolean> => Object.fromEntries(PART_IDS.map((part) => [part, state])) as Record<PartId, boolean>;

describe('report: what the overview reads of a protocol', () => {
  it('reads organisation, location, dates, officers, steps, routes and parts of a 1.1 protocol', () => {
    assert.deepEqual(summarizeProtocol(modelOf(SCHOOL_1_1)), {
      organisation: 'OBS De Regenboog',
      location: 'Utrecht',
      sector: 'onderwijs',
      formatVersion: '1.1',
      reviewBy: '2027-03-01',
      validFrom: '2025-08-01',
      validUntil: '2027-01-31',
      selfEmployed: false,
      officers: ['Marieke Jansen', 'de-vries'],
      steps: [1, 2, 3, 4, 5],
      routes: ['acuut-gevaar', 'vermoeden-medewerker'],
      parts: {
        stappen: true,
        afwegingskader: true,
        kindcheck: true,
        'bijzondere-vormen': false,
        beroepsgeheim: false,
        vastleggen: true,
        scholing: false,
        routes: true,
        'veilig-thuis': true,
      },
    });
  });

  it('joins the locations, leaves out a day that does not exist, and counts only steps 1 to 5', () => {
    const summary = summarizeProtocol(modelOf(PRACTICE_1_0));
    assert.equal(summary.location, 'Noord, Zuid');
    assert.equal(summary.adopted, undefined);
    assert.deepEqual(summary.steps, [1, 2]);
    assert.equal(summary.parts.stappen, false);
    assert.equal(summary.parts.scholing, true);
    assert.deepEqual(summary.officers, []);
  });

  it('reads nothing from a text that is no protocol', () => {
    const summary = summarizeProtocol(modelOf('- just\n- a list\n'));
    assert.deepEqual(summary, { selfEmployed: false, officers: [], steps: [], routes: [], parts: allParts(false) });
  });
});

function summary(overrides: Partial<ProtocolSummary> = {}): ProtocolSummary {
  return { organisation: 'Org', selfEmployed: false, officers: ['A'], steps: [1, 2, 3, 4, 5], routes: [], parts: allParts(true), ...overrides };
}

const finding = (ruleId: string, severity: ReportFinding['severity'], leftOut?: number): ReportFinding => ({ ruleId, severity, ...(leftOut ? { leftOut } : {}) });

describe('report: rows, order, totals and failing rules', () => {
  const inputs: ReportInput[] = [
    { file: 'a-later.meldcode.yaml', summary: summary({ reviewBy: '2027-03-04' }), findings: [finding('phone-invalid', 'warning')] },
    { file: 'b-due-90.meldcode.yaml', summary: summary({ reviewBy: '2027-03-03' }), findings: [] },
    { file: 'c-overdue.meldcode.yaml', summary: summary({ reviewBy: '2026-11-01' }), findings: [finding('review-overdue', 'warning')] },
    { file: 'd-today.meldcode.yaml', summary: summary({ validUntil: '2026-12-03', reviewBy: '2027-06-01' }), findings: [] },
    {
      file: 'e-one-error.meldcode.yaml',
      summary: summary({ parts: { ...allParts(true), kindcheck: false, beroepsgeheim: false } }),
      findings: [finding('kindcheck-missing', 'error'), finding('reference-unused', 'info')],
    },
    {
      file: 'f-errors.meldcode.yaml',
      summary: summary({ officers: [], steps: [1, 2], parts: { ...allParts(true), stappen: false } }),
      findings: [finding('step-missing', 'error'), finding('step-missing', 'error', 3), finding('phone-invalid', 'warning')],
    },
    { file: 'g-unreadable.meldcode.yaml', summary: undefined, findings: [finding('yaml-syntax', 'error')] },
    { file: 'h-no-date.meldcode.yaml', summary: summary({ selfEmployed: true, officers: [] }), findings: [finding('dates-missing', 'warning'), finding('phone-invalid', 'warning')] },
  ];
  const report = buildReport(inputs, { today: TODAY });

  it('puts errors first (most first), then reviews by how soon they fall due, then the rest by warnings', () => {
    assert.deepEqual(
      report.rows.map((row) => [row.file, row.attention, row.review, row.daysToReview]),
      [
        ['f-errors.meldcode.yaml', 'errors', 'unknown', undefined],
        ['e-one-error.meldcode.yaml', 'errors', 'unknown', undefined],
        ['g-unreadable.meldcode.yaml', 'errors', 'unknown', undefined],
        ['c-overdue.meldcode.yaml', 'review', 'overdue', -32],
        ['d-today.meldcode.yaml', 'review', 'overdue', 0],
        ['b-due-90.meldcode.yaml', 'review', 'due', 90],
        ['h-no-date.meldcode.yaml', 'none', 'unknown', undefined],
        ['a-later.meldcode.yaml', 'none', 'later', 91],
      ],
    );
  });

  it('takes the earlier of herzien-voor and geldig-tot as the day the review falls due', () => {
    const row = report.rows.find((candidate) => candidate.file === 'd-today.meldcode.yaml')!;
    assert.equal(row.reviewDue, '2026-12-03');
    assert.equal(row.reviewBy, '2027-06-01');
    assert.equal(row.validUntil, '2026-12-03');
  });

  it('counts a finding that stands for others as that many, and infos apart', () => {
    const row = report.rows[0]!;
    assert.deepEqual([row.errors, row.warnings, row.infos, row.failingRules], [4, 1, 0, ['phone-invalid', 'step-missing']]);
    const second = report.rows[1]!;
    assert.deepEqual([second.errors, second.warnings, second.infos, second.failingRules], [1, 0, 1, ['kindcheck-missing']]);
  });

  it('calls a part missing only when a rule says so, and absent otherwise', () => {
    const row = report.rows.find((candidate) => candidate.file === 'e-one-error.meldcode.yaml')!;
    assert.equal(row.parts.kindcheck, 'missing');
    assert.equal(row.parts.beroepsgeheim, 'absent');
    assert.equal(row.parts.stappen, 'present');
    const unreadable = report.rows.find((candidate) => candidate.file === 'g-unreadable.meldcode.yaml')!;
    assert.ok(PART_IDS.every((part) => unreadable.parts[part] === 'absent'));
  });

  it('adds up the totals over all protocols', () => {
    assert.deepEqual(report.totals, {
      protocols: 8,
      withErrors: 3,
      withWarnings: 4,
      errors: 6,
      warnings: 5,
      infos: 1,
      reviewsOverdue: 2,
      reviewsDue: 1,
      withoutReviewDate: 4,
      withoutOfficer: 2,
      partsMissing: {
        stappen: 1,
        afwegingskader: 0,
        kindcheck: 1,
        'bijzondere-vormen': 0,
        beroepsgeheim: 0,
        vastleggen: 0,
        scholing: 0,
        routes: 0,
        'veilig-thuis': 0,
      },
    });
  });

  it('lists the failing rules by the number of protocols, then findings, then id; infos are no failures', () => {
    assert.deepEqual(report.rules, [
      { ruleId: 'phone-invalid', protocols: 3, findings: 3 },
      { ruleId: 'step-missing', protocols: 1, findings: 4 },
      { ruleId: 'dates-missing', protocols: 1, findings: 1 },
      { ruleId: 'kindcheck-missing', protocols: 1, findings: 1 },
      { ruleId: 'review-overdue', protocols: 1, findings: 1 },
      { ruleId: 'yaml-syntax', protocols: 1, findings: 1 },
    ]);
  });

  it('takes a review window other than 90 days', () => {
    const narrow = buildReport(inputs, { today: TODAY, reviewWindowDays: 30 });
    assert.equal(narrow.rows.find((row) => row.file === 'b-due-90.meldcode.yaml')!.review, 'later');
    assert.equal(narrow.reviewWindowDays, 30);
  });
});

describe('report: CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and defuses what a spreadsheet would run', () => {
    assert.equal(csvField('De Zonnebloem'), 'De Zonnebloem');
    assert.equal(csvField('Zon, Maan'), '"Zon, Maan"');
    assert.equal(csvField('De "Ster"'), '"De ""Ster"""');
    assert.equal(csvField('een\ntwee'), '"een\ntwee"');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField(-3), '-3');
    assert.equal(csvField(undefined), '');
  });

  it('writes a header and one line per protocol, with a byte order mark and CRLF', () => {
    const report = buildReport(
      [{ file: 'x.meldcode.yaml', summary: summary({ organisation: 'Kindcentrum Ëlla, Noord', reviewBy: '2027-01-01', officers: ['A', 'B'] }), findings: [] }],
      { today: TODAY },
    );
    assert.equal(
      renderOverviewCsv(report, 'en'),
      '\ufeffFile,Base protocol,Organisation,Location,Sector,Format,Attention,Errors,Warnings,Information,Adopted,Review by,Valid from,Valid until,Review due,Days to review,Review,Self-employed practice,Number of attention officers,Attention officers,Steps present,Routes,Five steps,Afwegingskader,Kindcheck,Special forms,Professional secrecy,Recording,Training,Routes,Veilig Thuis,Rules with errors or warnings\r\n' +
        'x.meldcode.yaml,,"Kindcentrum Ëlla, Noord",,,,review,0,0,0,,2027-01-01,,,2027-01-01,29,soon,no,2,A; B,1 2 3 4 5,,present,present,present,present,present,present,present,present,present,\r\n',
    );
  });
});

describe('report: base protocols and locations', () => {
  it('does not count a base protocol, whose locations name the officers, as without an officer', () => {
    const report = buildReport(
      [
        { file: 'stichting.meldcode.yaml', summary: summary({ officers: [] }), findings: [] },
        { file: 'scholen/a.meldcode.yaml', summary: summary({ officers: ['B'] }), findings: [], base: 'stichting.meldcode.yaml' },
        { file: 'scholen/b.meldcode.yaml', summary: summary({ officers: [] }), findings: [], base: 'stichting.meldcode.yaml' },
      ],
      { today: TODAY },
    );
    assert.equal(report.totals.withoutOfficer, 1);
    assert.deepEqual(
      report.rows.map((row) => [row.file, row.base, row.isBase]),
      [
        ['scholen/a.meldcode.yaml', 'stichting.meldcode.yaml', false],
        ['scholen/b.meldcode.yaml', 'stichting.meldcode.yaml', false],
        ['stichting.meldcode.yaml', undefined, true],
      ],
    );
  });
});
