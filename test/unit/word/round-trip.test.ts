/**
 * Export to Word, then import again: every complete sample protocol (formats 1.0 and 1.1; not
 * the flawed ones, not the school locations that need their base) comes back with the same
 * organisation, steps, officers, contact points, afwegingskader questions and sections. Both
 * sides are read from the YAML with the yaml package, not from the import's own model.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseProtocol } from '../../../server/src/engine/document';
import { createRouteMapView } from '../../../server/src/render';
import { exportDocx } from '../../../server/src/word/export';
import { importDocx } from '../../../server/src/word/import';

const ROOT = path.resolve(__dirname, '../../../..');
const SAMPLES = path.join(ROOT, 'samples');

interface Question {
  tekst?: string;
}

interface Protocol {
  organisatie?: { naam?: string; sector?: string };
  stappen?: Array<{ stap: number | number[]; titel?: string }>;
  aandachtsfunctionarissen?: Array<{ naam?: string; telefoon?: string | number; vervanger?: string; id?: string }>;
  contactpunten?: Array<{ naam?: string; soort?: string; telefoon?: string | number }>;
  afwegingskader?: Question[] | { vragen?: Question[]; model?: string; bijlage?: string };
  routes?: Array<{ soort?: string; titel?: string }>;
  bijlagen?: Array<{ titel?: string; omschrijving?: string }>;
  [key: string]: unknown;
}

/** The samples that stand on their own: every .meldcode.yaml in samples/ and the foundation's base protocol. */
const COMPLETE_SAMPLES = [
  ...fs
    .readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.meldcode.yaml'))
    .map((name) => path.join(SAMPLES, name)),
  path.join(SAMPLES, 'bestuur', 'stichting.meldcode.yaml'),
];

async function roundTrip(file: string): Promise<{ before: Protocol; after: Protocol }> {
  const text = fs.readFileSync(file, 'utf8');
  const view = createRouteMapView(parseProtocol(text), { locale: 'nl' });
  const docx = await exportDocx(view, { locale: 'nl', sourceName: path.basename(file) });
  // The document's file name says nothing of the organisation: the name must come from the document.
  const imported = await importDocx(docx, { locale: 'nl', sourceName: 'protocol.docx' });
  return { before: parse(text) as Protocol, after: parse(imported.yaml) as Protocol };
}

const steps = (protocol: Protocol): string[] => (protocol.stappen ?? []).map((step) => `${JSON.stringify(step.stap)} ${step.titel ?? ''}`);
const officers = (protocol: Protocol): string[] => (protocol.aandachtsfunctionarissen ?? []).map((officer) => `${officer.naam} | ${officer.telefoon ?? ''}`);
const contactPoints = (protocol: Protocol): string[] =>
  (protocol.contactpunten ?? []).map((point) => `${point.naam} | ${point.soort} | ${point.telefoon ?? ''}`).sort();
/** The model and appendix an afwegingskader in format 1.1 refers to. */
const kaderReference = (protocol: Protocol): string => {
  const kader = protocol.afwegingskader;
  if (Array.isArray(kader) || (kader?.model === undefined && kader?.bijlage === undefined)) return '';
  return `${kader.model ?? ''} | ${kader.bijlage ?? ''}`;
};
const routes = (protocol: Protocol): string[] => (protocol.routes ?? []).map((route) => `${route.soort} | ${route.titel}`);
const questions = (protocol: Protocol): string[] => {
  const kader = protocol.afwegingskader;
  const list = Array.isArray(kader) ? kader : (kader?.vragen ?? []);
  return list.map((question) => question.tekst ?? '');
};
/** Each officer with the name of the officer who stands in. */
const deputies = (protocol: Protocol): string[] => {
  const list = protocol.aandachtsfunctionarissen ?? [];
  return list.map((officer) => `${officer.naam} -> ${list.find((other) => other.id === officer.vervanger)?.naam ?? ''}`);
};
/** The sections present, interventies (a list of names) included. */
const sectionKeys = (protocol: Protocol): string[] => Object.keys(protocol).sort();

describe('Word round trip: export, then import again', () => {
  it('has the complete samples to run on, in both formats', () => {
    const formats = COMPLETE_SAMPLES.map((file) => (parse(fs.readFileSync(file, 'utf8')) as { meldcode: string }).meldcode);
    assert.ok(COMPLETE_SAMPLES.length >= 10);
    assert.ok(formats.includes('1.0') && formats.includes('1.1'), formats.join(', '));
  });

  for (const file of COMPLETE_SAMPLES) {
    const name = path.relative(SAMPLES, file);
    const before = parse(fs.readFileSync(file, 'utf8')) as Protocol;
    const baseWithoutVeiligThuis = !(before.contactpunten ?? []).some((point) => point.soort === 'veilig-thuis');
    const differences = [
      baseWithoutVeiligThuis ? 'a Veilig Thuis contact point is added, as for any protocol that names Veilig Thuis (its locations give their own)' : undefined,
    ].filter((difference) => difference !== undefined);

    const title = `${name}: the same organisation, steps, routes, officers, contact points, questions and sections${differences.length > 0 ? `, except: ${differences.join('; ')}` : ''}`;

    it(title, async () => {
      const { after } = await roundTrip(file);
      assert.equal(after.organisatie?.naam, before.organisatie?.naam);
      assert.equal(after.organisatie?.sector, before.organisatie?.sector);
      assert.deepEqual(steps(after), steps(before));
      assert.deepEqual(officers(after), officers(before));
      assert.deepEqual(deputies(after), deputies(before));
      assert.deepEqual(questions(after), questions(before));
      assert.deepEqual(kaderReference(after), kaderReference(before));
      assert.deepEqual(routes(after), routes(before));

      const expectedPoints = contactPoints(before);
      if (baseWithoutVeiligThuis) expectedPoints.push('Veilig Thuis | veilig-thuis | 0800-2000');
      assert.deepEqual(contactPoints(after), expectedPoints.sort());

      const expectedKeys = sectionKeys(before);
      assert.deepEqual(sectionKeys(after), expectedKeys.sort());
      assert.deepEqual(after.interventies, before.interventies);
      const appendixTitles = (protocol: Protocol): string[] => (protocol.bijlagen ?? []).map((appendix) => appendix.titel ?? '');
      assert.deepEqual(appendixTitles(after), appendixTitles(before));
    });
  }
});
