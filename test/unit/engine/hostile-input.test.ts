import { strict as assert } from 'node:assert';
import { parseProtocol, parseProtocolBytes, ruleById, tooLargeDocument, validateDocument, validateText, type Finding } from '../../../server/src/engine';
import { TODAY, completeProtocol, range, seen } from '../../helpers/rules';

/** Rule id and range of each finding: what a list of diagnostics shows. */
const where = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);

const tooDeep = (at: ReturnType<typeof range>) => ({
  ruleId: 'yaml-syntax',
  severity: 'error',
  message: {
    nl: 'De structuur is te diep genest (meer dan 100 niveaus); een protocol heeft hooguit enkele niveaus.',
    en: 'The structure is nested too deeply (more than 100 levels); a protocol needs only a few levels.',
  },
  range: at,
});

describe('hostile and broken input', () => {
  it('an empty file is reported once as empty, not as fourteen missing sections, and no exception', () => {
    for (const text of ['', '\n\n', '# alleen commentaar\n']) {
      assert.deepEqual(where(validateText(text, { today: TODAY })), ['schema 0:0-0:0'], JSON.stringify(text));
    }
  });

  it('a file holding a list is reported once as not a protocol; rules that read the text still run', () => {
    assert.deepEqual(where(validateText('- meldcode\n- AMK\n', { today: TODAY })), ['schema 0:0-0:10', 'term-outdated 1:2-1:5']);
    assert.deepEqual(where(validateText('gewoon een zin\n', { today: TODAY })), ['schema 0:0-0:14']);
  });

  it('invalid UTF-8 (a Latin-1 ë) is reported where it stands, and nothing else', () => {
    const bytes = Buffer.concat([Buffer.from('meldcode: "1.0"\norganisatie:\n  naam: Cli'), Buffer.from([0xeb]), Buffer.from('ntenzorg Noord\n')]);
    assert.deepEqual(validateDocument(parseProtocolBytes(bytes), { today: TODAY }).map(seen), [
      {
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: {
          nl: 'Het bestand is geen geldige UTF-8; sla het op als UTF-8 (in VS Code: rechtsonder op de codering klikken).',
          en: 'The file is not valid UTF-8; save it as UTF-8 (in VS Code: click the encoding at the bottom right).',
        },
        range: range(2, 11, 2, 12),
      },
    ]);
  });

  it('binary bytes (a PNG header, a UTF-16 file) are refused as not UTF-8', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('meldcode: "1.0"\n', 'utf16le')]);
    for (const bytes of [png, utf16]) {
      assert.deepEqual(where(validateDocument(parseProtocolBytes(bytes), { today: TODAY })), ['yaml-syntax 0:0-0:1']);
    }
  });

  it('a control character in otherwise valid text is named by its code', () => {
    assert.deepEqual(validateText('meldcode: "1.0"\n\u0000\u0001PK\n', { today: TODAY }).map(seen), [
      {
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: {
          nl: 'Dit is geen tekstbestand: er staat een binair teken (code U+0000) in; een protocol is platte tekst (UTF-8).',
          en: 'This is not a text file: it holds a binary character (code U+0000); a protocol is plain text (UTF-8).',
        },
        range: range(1, 0, 1, 1),
      },
    ]);
  });

  it('a YAML alias bomb is reported and not expanded', () => {
    const bomb = [
      'meldcode: "1.0"',
      'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      ...'bcdefghi'.split('').map((name, i) => {
        const previous = 'abcdefgh'[i];
        return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
      }),
      '',
    ].join('\n');
    const findings = validateText(bomb, { today: TODAY }).filter((f) => f.ruleId === 'yaml-syntax');
    assert.deepEqual(findings.map(seen), [
      {
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: {
          nl: 'Te veel verwijzingen naar ankers (*alias): dit lijkt op een "alias bomb" en wordt niet uitgepakt.',
          en: 'Too many references to anchors (*alias): this looks like an alias bomb and is not expanded.',
        },
        range: range(0, 0, 0, 0),
      },
    ]);
    assert.equal(parseProtocol(bomb).data, undefined);
  });

  it('10,000 levels of flow nesting give one finding at the level that is too deep', () => {
    const text = '['.repeat(10_000) + ']'.repeat(10_000);
    assert.deepEqual(validateText(text, { today: TODAY }).map(seen), [tooDeep(range(0, 100, 0, 101))]);
    const unclosed = '{a: '.repeat(10_000);
    assert.deepEqual(validateText(unclosed, { today: TODAY }).map(seen), [tooDeep(range(0, 400, 0, 401))]);
  });

  it('10,000 levels of block nesting, as "- - -" and as indented maps, give one finding', () => {
    assert.deepEqual(validateText('- '.repeat(10_000) + 'x\n', { today: TODAY }).map(seen), [tooDeep(range(0, 200, 0, 201))]);
    const indented = Array.from({ length: 10_000 }, (_, depth) => `${' '.repeat(depth)}niveau:\n`).join('');
    // 50 million characters: allowed in here, so the nesting and not the size is what is reported.
    const findings = validateText(indented, { today: TODAY, maxFileSize: 60_000_000 });
    assert.deepEqual(findings.map(seen), [tooDeep(range(100, 100, 100, 101))]);
  });

  it('a 50 MB file is refused with the limit in the message; the limit can be raised', () => {
    const protocol = completeProtocol();
    const huge = protocol.repeat(Math.ceil((50 * 1024 * 1024) / protocol.length));
    assert.deepEqual(validateText(huge, { today: TODAY }).map(seen), [
      {
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: {
          nl: 'Het bestand is groter dan 5 MB en wordt niet gecontroleerd; verhoog "max-file-size" in .meldcoderc.yaml als dit echt een protocol is.',
          en: 'The file is larger than 5 MB and is not checked; raise "max-file-size" in .meldcoderc.yaml if this really is a protocol.',
        },
        range: range(0, 0, 0, 0),
      },
    ]);
    const small = validateText(protocol, { today: TODAY, maxFileSize: 1000 });
    assert.deepEqual(
      small.map((f) => f.message.en),
      ['The file is larger than 1 kB and is not checked; raise "max-file-size" in .meldcoderc.yaml if this really is a protocol.'],
    );
    assert.deepEqual(validateText(protocol, { today: TODAY, maxFileSize: protocol.length }), []);
  });

  it('a file known to be too large without reading it gets the same single finding', () => {
    assert.deepEqual(validateDocument(tooLargeDocument(5 * 1024 * 1024), { today: TODAY }).map((f) => [f.ruleId, f.range, f.message.en]), [
      [
        'yaml-syntax',
        range(0, 0, 0, 0),
        'The file is larger than 5 MB and is not checked; raise "max-file-size" in .meldcoderc.yaml if this really is a protocol.',
      ],
    ]);
  });

  it('a map of 14,000 keys (98,000 YAML parts) is checked for duplicate keys in one pass', () => {
    const keys = Array.from({ length: 14_000 }, (_, i) => `sleutel-${i}: ${i}\n`).join('');
    const text = `${keys}sleutel-7: dubbel\n`;
    assert.deepEqual(
      validateText(text, { today: TODAY, ruleSet: [ruleById('yaml-syntax')!] }).map((f) => [f.message.en, f.range]),
      [['This key occurs twice in the same mapping; the second one is ignored.', range(14_000, 0, 14_000, 9)]],
    );
  });

  it('a map of 40,000 keys (280,000 YAML parts) is refused unread, with the one finding that says why', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `sleutel-${i}: ${i}\n`).join('');
    assert.deepEqual(
      validateText(`${keys}sleutel-7: dubbel\n`, { today: TODAY }).map((f) => [f.ruleId, f.message.nl, f.message.en, f.range]),
      [
        [
          'yaml-syntax',
          'Het bestand bestaat uit meer dan 100.000 YAML-onderdelen (sleutels, waarden en leestekens) en wordt niet gecontroleerd; een protocol heeft er een paar duizend.',
          'The file consists of more than 100,000 YAML parts (keys, values and punctuation) and is not checked; a protocol has a few thousand.',
          range(0, 0, 0, 0),
        ],
      ],
    );
  });

  it('__proto__ and constructor keys are reported as unknown keys and pollute nothing', () => {
    const text = [
      '__proto__:',
      '  polluted: ja',
      'constructor:',
      '  prototype:',
      '    polluted: ja',
      completeProtocol().replace('organisatie:\n', 'organisatie:\n  __proto__: { polluted: ja }\n'),
    ].join('\n');
    const document = parseProtocol(text);
    const findings = validateText(text, { today: TODAY });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.equal(Object.getPrototypeOf(document.data), Object.prototype);
    assert.ok(Object.prototype.hasOwnProperty.call(document.data, '__proto__'), 'kept as an ordinary key');
    const unknownKeys = findings
      .filter((f) => f.ruleId === 'schema')
      .map((f) => [f.range, /^Unknown key '([^']+)'/.exec(f.message.en)?.[1], /^Onbekende sleutel '([^']+)'/.exec(f.message.nl)?.[1]]);
    assert.deepEqual(unknownKeys, [
      [range(0, 0, 0, 9), '__proto__', '__proto__'],
      [range(2, 0, 2, 11), 'constructor', 'constructor'],
      [range(9, 2, 9, 11), '__proto__', '__proto__'],
    ]);
  });
});
