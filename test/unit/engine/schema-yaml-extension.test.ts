import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService, TextDocument } from 'vscode-json-languageservice';
import { parse } from 'yaml';
import { readFixture, REPO_ROOT, variant } from '../../helpers/rules';

/**
 * The protocol schema as Red Hat's YAML extension applies it. That extension (through
 * yaml-language-server) validates with the JSON validator of vscode-json-languageservice:
 * here the same validator checks the data of a protocol against the schema file the
 * extension manifest contributes under yamlValidation.
 */
const SCHEMA_FILE = path.join(REPO_ROOT, 'schemas', 'meldcode-protocol.schema.json');
const service = getLanguageService({
  // The schema refers only to itself; anything else would be a request over the network.
  schemaRequestService: (uri) => Promise.reject(new Error(`no schema requests in tests: ${uri}`)),
});
service.configure({
  validate: true,
  schemas: [{ uri: 'file:///meldcode-protocol.schema.json', fileMatch: ['*.json'], schema: JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) }],
});

interface Problem {
  message: string;
  /** The JSON text the problem points at, from the start of its range (at most 40 characters). */
  at: string;
}

async function problems(yamlText: string): Promise<Problem[]> {
  const json = JSON.stringify(parse(yamlText), null, 2);
  const document = TextDocument.create('file:///protocol.json', 'json', 1, json);
  const diagnostics = await service.doValidation(document, service.parseJSONDocument(document), { schemaValidation: 'error' });
  return diagnostics.map((diagnostic) => ({
    message: diagnostic.message,
    at: json.slice(document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end)).slice(0, 40),
  }));
}

const FORMAT_1_1 = ['format-1-1-school', 'format-1-1-sportclub', 'format-1-1-praktijk'];
const school = readFixture('schema', 'format-1-1-school.meldcode.yaml');

describe("the schema in Red Hat's YAML extension (vscode-json-languageservice)", () => {
  it('is the schema the extension contributes for *.meldcode.yaml', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      contributes: { yamlValidation: Array<{ fileMatch: string[]; url: string }> };
    };
    assert.deepEqual(manifest.contributes.yamlValidation.map((entry) => entry.url), ['./schemas/meldcode-protocol.schema.json']);
  });

  for (const name of FORMAT_1_1) {
    it(`accepts a complete 1.1 protocol without a problem: ${name}`, async () => {
      assert.deepEqual(await problems(readFixture('schema', `${name}.meldcode.yaml`)), []);
    });
  }

  it('accepts the 1.0 samples without a problem', async () => {
    const samples = fs.readdirSync(path.join(REPO_ROOT, 'samples')).filter((name) => name.endsWith('.meldcode.yaml'));
    assert.ok(samples.length >= 5);
    for (const name of samples) assert.deepEqual(await problems(fs.readFileSync(path.join(REPO_ROOT, 'samples', name), 'utf8')), [], name);
  });

  it('reports a kind of route that does not exist, on its value, with the choices', async () => {
    assert.deepEqual(await problems(variant(school, 'soort: acuut-gevaar', 'soort: acuut')), [
      { message: 'Value is not accepted. Valid values: "acuut-gevaar", "vermoeden-medewerker", "sport", "overig".', at: '"acuut"' },
    ]);
  });

  it('reports an outcome in free text in a 1.1 file, with the choices', async () => {
    assert.deepEqual(await problems(variant(school, 'ja: vraag-2', 'ja: vraag 2')), [
      {
        message: 'Value is not accepted. Valid values: "melden", "melden-en-hulp", "hulp", "afsluiten", "vraag-1", "vraag-2", "vraag-3", "vraag-4", "vraag-5", 1, 2, 3, 4, 5.',
        at: '"vraag 2"',
      },
    ]);
  });

  it('holds a file that says 1.0 to format 1.0: the keys and shapes 1.1 added are reported', async () => {
    const older = variant(school, 'meldcode: "1.1"', 'meldcode: "1.0"');
    const found = await problems(older);
    assert.deepEqual(
      found.filter((problem) => problem.message.startsWith('Property')).map((problem) => problem.message),
      [
        'Property termijn is not allowed.',
        'Property termijn is not allowed.',
        'Property termijn is not allowed.',
        'Property onderdelen is not allowed.',
        'Property routes is not allowed.',
        'Property verantwoordelijkheden-organisatie is not allowed.',
        'Property bijlagen is not allowed.',
      ],
    );
    assert.ok(found.some((problem) => problem.message === 'Incorrect type. Expected "array".' && problem.at.startsWith('{')), 'the afwegingskader as a map');
    assert.ok(found.some((problem) => problem.message === 'Value is below the minimum of 1.' && problem.at === '0'), 'step 0');
  });
});
