import { strict as assert } from 'node:assert';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../helpers/rules';
import { INDEX_PATH, SOURCE_INDEX, SOURCES_DIR, withSourceTexts } from './sources';

/** scripts/extract-source-index.js, which writes the committed index from the source texts. */
const extractor = require(path.join(REPO_ROOT, 'scripts', 'extract-source-index.js')) as {
  buildIndex(dir: string): unknown;
  serialise(index: unknown): string;
};

describe('committed index of the knowledge sources', () => {
  it('names each source text with its sha256', () => {
    for (const key of ['handbook', 'brochure'] as const) {
      const source = SOURCE_INDEX.sources[key];
      assert.match(source.file, /^\d{3}_[0-9a-f]{16}\.txt$/, key);
      assert.match(source.sha256, /^[0-9a-f]{64}$/, key);
    }
  });

  it('holds the handbook sections and the brochure titles and tables', () => {
    const sections = SOURCE_INDEX.handbook.sections.map((section) => section.section);
    assert.equal(new Set(sections).size, sections.length, 'a section twice');
    for (const section of ['Inleiding', 'Hoofdstuk 1', 'Hoofdstuk 10', '1.1', '8.1', '9.3', 'Bijlage 1', 'Bijlage 6']) {
      assert.ok(sections.includes(section), section);
    }
    assert.equal(SOURCE_INDEX.brochure.tables.length, 3);
    assert.equal(SOURCE_INDEX.brochure.classifications.length, 5);
    assert.ok(SOURCE_INDEX.brochure.titles.length >= 10);
  });

  withSourceTexts('the committed index still matches the source texts (checksums, regenerated index)', () => {
    it('has the checksum of each source text as it is now', () => {
      for (const key of ['handbook', 'brochure'] as const) {
        const { file, sha256 } = SOURCE_INDEX.sources[key];
        const actual = crypto.createHash('sha256').update(fs.readFileSync(path.join(SOURCES_DIR, file), 'utf8'), 'utf8').digest('hex');
        assert.equal(actual, sha256, `${file} has changed; run node scripts/extract-source-index.js and review the citations`);
      }
    });

    it('is what scripts/extract-source-index.js makes of the source texts', () => {
      const regenerated = extractor.serialise(extractor.buildIndex(SOURCES_DIR));
      assert.equal(
        fs.readFileSync(INDEX_PATH, 'utf8'),
        regenerated,
        `${path.relative(REPO_ROOT, INDEX_PATH)} is out of date; run node scripts/extract-source-index.js`,
      );
    });
  });
});
