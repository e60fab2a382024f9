import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { validateText } from '../../../server/src/engine';
import {
  findTermAt,
  GLOSSARY,
  hoverForEnumValue,
  hoverForIntervention,
  hoverForKey,
  hoverForQuestion,
  hoverForStep,
  hoverForTerm,
  interventionCompletions,
  KEYS,
  keyByPath,
  termById,
} from '../../../server/src/knowledge';
import { readFixture, REPO_ROOT, TODAY } from '../../helpers/rules';

type KeyPath = (string | number)[];

/** Every key of a YAML text with its path, list indices included, in document order. */
function keyPaths(node: Node | null, prefix: KeyPath, out: KeyPath[]): KeyPath[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const keyPath = [...prefix, String(pair.key.value)];
      out.push(keyPath);
      keyPaths(pair.value as Node | null, keyPath, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => keyPaths(item as Node, [...prefix, index], out));
  }
  return out;
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** Every property path of the JSON Schema, such as "stappen.verantwoordelijk". */
function schemaPaths(node: SchemaNode, prefix: string, out: string[]): string[] {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const here = prefix === '' ? name : `${prefix}.${name}`;
    out.push(here);
    schemaPaths(child, here, out);
    if (child.items) schemaPaths(child.items, here, out);
  }
  return out;
}

describe('knowledge hovers', () => {
  it('shows a key, its purpose and its source (exact text)', () => {
    assert.equal(
      hoverForKey(['stappen', 0, 'verantwoordelijk'], 'nl'),
      '**verantwoordelijk** — Verantwoordelijke\n\n' +
        'Wie deze stap zet of erover beslist, als rol: medewerker, aandachtsfunctionaris, leidinggevende. ' +
        'De wet vraagt dat het protocol vastlegt hoe de verantwoordelijkheden binnen de organisatie verdeeld zijn.\n\n' +
        'Bron: Besluit verplichte meldcode, art. 2',
    );
    assert.equal(
      hoverForKey(['stappen', 3, 'verantwoordelijk'], 'en'),
      '**verantwoordelijk** — Responsible role\n\n' +
        'Who takes this step or decides on it, as a role: staff member, attention officer, manager. ' +
        'The law asks the protocol to set out how responsibilities are divided within the organisation.\n\n' +
        'Source: Besluit verplichte meldcode, art. 2',
    );
    assert.equal(
      hoverForKey(['aandachtsfunctionarissen'], 'nl'),
      '**aandachtsfunctionarissen** — Aandachtsfunctionaris\n\n' +
        "De collega die anderen door de stappen helpt, het eerste aanspreekpunt is voor overleg, het protocol actueel houdt en scholing regelt. De wet eist de functie niet letterlijk, maar het handboek beveelt aan in elke instelling aandachtsfunctionarissen aan te stellen, zodat de aandacht voor kindermishandeling niet verdwijnt als mensen vertrekken. Noem in het protocol wie het is, hoe je die bereikt en wie invalt.\n\n" +
        "Bron: Handboek RAAK, §8.1 ('Meldcode of protocol kindermishandeling'); Handboek RAAK, §8.5",
    );
  });

  it('tells the same key apart by where it stands', () => {
    assert.match(hoverForKey(['organisatie', 'naam'], 'nl') ?? '', /^\*\*naam\*\* — Naam van de organisatie\n/);
    assert.match(hoverForKey(['aandachtsfunctionarissen', 1, 'naam'], 'nl') ?? '', /^\*\*naam\*\* — Naam van de aandachtsfunctionaris\n/);
    assert.match(hoverForKey(['contactpunten', 0, 'naam'], 'en') ?? '', /^\*\*naam\*\* — Name of the contact point\n/);
    assert.match(hoverForKey(['contactpunten', 0, 'telefoon'], 'nl') ?? '', /0800-2000/);
    assert.equal(hoverForKey(['stappen', 0, 'onbekend'], 'nl'), undefined);
    assert.equal(hoverForKey(['__proto__'], 'nl'), undefined);
    assert.equal(hoverForKey([0], 'nl'), undefined);
    assert.equal(hoverForKey([], 'nl'), undefined);
  });

  it('explains a step with who does it and what goes wrong (exact text)', () => {
    assert.equal(
      hoverForStep(1, 'nl'),
      '**Stap 1: Signalen in kaart brengen**\n\n' +
        'Noteer wat je ziet en hoort dat kan wijzen op huiselijk geweld of kindermishandeling: gedrag, uitspraken, letsel, omstandigheden thuis. Houd feiten gescheiden van je eigen indruk en schrijf erbij van wie een gegeven komt. Let ook op signalen die het vermoeden juist ontkrachten.\n\n' +
        '*Wie:* De medewerker die de signalen opvangt; de aandachtsfunctionaris kan meedenken.\n\n' +
        '*Valkuilen:* Conclusies opschrijven in plaats van waarnemingen; wachten op "genoeg bewijs" voordat je iets vastlegt; bij acuut gevaar niet direct 112 of de politie bellen.\n\n' +
        'Bron: Besluit verplichte meldcode, art. 2',
    );
    assert.match(hoverForStep(5, 'en') ?? '', /^\*\*Step 5: Decide on reporting and help\*\*\n\n.*\n\n\*Who:\* .*\n\n\*Common mistakes:\* .*\n\nSource: Besluit verplichte meldcode, art\. 2$/);
    assert.equal(hoverForStep(0, 'nl'), undefined);
    assert.equal(hoverForStep(6, 'en'), undefined);
  });

  it('explains an afwegingskader question and where yes and no lead (exact text)', () => {
    assert.equal(
      hoverForQuestion(2, 'en'),
      '**Question 2: Acute or structural unsafety?**\n\n' +
        'A situation is acutely unsafe when someone is in immediate physical danger and safety today and in the coming days is not assured; a victim who tells about violence on their own initiative also counts as acute. It is structurally unsafe when violence keeps recurring or the unsafety lasts. Part of step 4.\n\n' +
        '- Yes → report to Veilig Thuis: Report to Veilig Thuis and go through questions 3 to 5 together with Veilig Thuis.\n' +
        '- No → question 3: Go on to question 3.\n\n' +
        'Source: Besluit verplichte meldcode, art. 2',
    );
    assert.match(hoverForQuestion(4, 'nl') ?? '', /- Ja → hulp bieden of organiseren, dan vraag 5: .*\n- Nee → melden bij Veilig Thuis: /);
    assert.match(hoverForQuestion(1, 'nl') ?? '', /- Nee → afsluiten: Sluit af en leg de uitkomst vast in het dossier\./);
    assert.equal(hoverForQuestion(6, 'nl'), undefined);
  });

  it('explains terms, outdated ones with today\'s contact (exact text)', () => {
    assert.equal(
      hoverForTerm('AMK', 'nl'),
      '**AMK (Advies- en Meldpunt Kindermishandeling)**\n\n' +
        'De vroegere instantie voor advies en meldingen over kindermishandeling. Op 1 januari 2015 opgegaan in Veilig Thuis (0800-2000). Het handboek uit 2007 spreekt nog van het AMK; een protocol dat het AMK als contact noemt, is verouderd.\n\n' +
        'Bron: Handboek RAAK, §8.3; Wmo 2015, art. 4.1.1',
    );
    const veiligThuis = hoverForTerm('veilig thuis', 'en') ?? '';
    assert.match(veiligThuis, /^\*\*Veilig Thuis \(advice and reporting centre\)\*\*\n\n/);
    assert.match(veiligThuis, /0800-2000/);
    assert.match(veiligThuis, /1 January 2015/);
    assert.match(veiligThuis, /AMK and the ASHG were merged/);
    assert.match(hoverForTerm('Zorgcontinuum', 'nl') ?? '', /^\*\*Zorgcontinuüm\*\*/);
    assert.match(hoverForTerm('één kind – één plan', 'nl') ?? '', /^\*\*Zorgcoördinatie \(één kind – één plan\)\*\*/);
    assert.equal(hoverForTerm('fiets', 'nl'), undefined);
    assert.equal(hoverForTerm('', 'nl'), undefined);
  });

  it('has a glossary entry for each term a protocol writer meets', () => {
    const ids = [
      'veilig-thuis', 'amk', 'ashg', 'letselduiding', 'zorgcontinuum', 'raamwerk', 'zorgcoordinatie', 'zat', 'vangnet-jeugd',
      'routekaart', 'sputovamo', 'cjg', 'wmo-functies', 'kindcheck', 'afwegingskader', 'meldcode', 'aandachtsfunctionaris',
      'meldrecht', 'beroepsgeheim', 'bureau-jeugdzorg',
    ];
    for (const id of ids) assert.ok(termById(id), id);
    assert.match(termById('raamwerk')?.text.nl ?? '', /Punten 24 tot en met 35/);
    assert.match(termById('zorgcontinuum')?.text.en ?? '', /universal prevention, selective prevention, indicated prevention, early interventions at first signals, diagnosis and intervention after child abuse/);
    assert.equal(new Set(GLOSSARY.map((entry) => entry.id)).size, GLOSSARY.length);
  });

  it('finds terms in running text, longest first, acronyms only in capitals', () => {
    const line = 'Bel het AMK of Veilig  Thuis; het ZAT zat vol.';
    assert.deepEqual(findTermAt(line, 9), { termId: 'amk', text: 'AMK', start: 8, end: 11 });
    assert.deepEqual(findTermAt(line, 15), { termId: 'veilig-thuis', text: 'Veilig  Thuis', start: 15, end: 28 });
    assert.deepEqual(findTermAt(line, 34), { termId: 'zat', text: 'ZAT', start: 34, end: 37 });
    assert.equal(findTermAt(line, 39), undefined); // "zat", the verb
    assert.equal(findTermAt(line, 11), undefined); // just after "AMK"
    assert.deepEqual(findTermAt('Het Advies- en Meldpunt Kindermishandeling belde.', 20), {
      termId: 'amk',
      text: 'Advies- en Meldpunt Kindermishandeling',
      start: 4,
      end: 42,
    });
    assert.deepEqual(findTermAt('Twee aandachtsfunctionarissen.', 7), {
      termId: 'aandachtsfunctionaris',
      text: 'aandachtsfunctionarissen',
      start: 5,
      end: 29,
    });
    assert.deepEqual(findTermAt('het zorgcontinuum', 6), { termId: 'zorgcontinuum', text: 'zorgcontinuum', start: 4, end: 17 });
    // An emoji (two UTF-16 units) and a decomposed ü keep the offsets of the line as written.
    assert.deepEqual(findTermAt('😀 zorgcontinu\u0308um en meer', 5), {
      termId: 'zorgcontinuum',
      text: 'zorgcontinu\u0308um',
      start: 3,
      end: 17,
    });
    assert.deepEqual(findTermAt('één kind – één plan', 0)?.termId, 'zorgcoordinatie');
    assert.equal(findTermAt('kindchecklist', 2), undefined);
    assert.equal(findTermAt('', 0), undefined);
    assert.equal(findTermAt('AMK', 99), undefined);
    assert.equal(findTermAt('AMK', -1), undefined);
  });

  it('describes an intervention with category, target group and classification (exact text)', () => {
    assert.equal(
      hoverForIntervention('VIG', 'nl'),
      '**Voorwaardelijke Interventie in Gezinnen (VIG)**\n\n' +
        'Gedwongen, intensieve hulp thuis voor multiprobleemgezinnen met slechte ervaringen met hulpverlening: een coach neemt tijdelijk de regie en geeft die stap voor stap terug.\n\n' +
        '- Categorie: Hulp bij het stoppen van kindermishandeling\n' +
        '- Doelgroep: Multiprobleemgezinnen met een kind van 0 tot 16 jaar\n' +
        '- Erkenning: Classificatie 1 (goed onderbouwd)\n\n' +
        "Bron: NJi-brochure, 'Hulp bij het stoppen van kindermishandeling'",
    );
    assert.equal(
      hoverForIntervention('pcit', 'en'),
      '**Parent-Child Interaction Therapy (PCIT)**\n\n' +
        "Parents practise with their child in a playroom while a therapist coaches them through an earpiece, to reduce the child's behaviour problems.\n\n" +
        '- Category: Help to reduce the consequences of child abuse\n' +
        '- Target group: Parents of a child aged 2 to 7\n' +
        '- Recognition: Classification 2 (effective according to first indications)\n\n' +
        "Source: NJi brochure, 'Hulp om de gevolgen van kindermishandeling te verminderen'",
    );
    assert.equal(hoverForIntervention('Gezinscoaching', 'nl'), undefined);
  });

  it('explains enum values of sector and soort (exact text)', () => {
    assert.equal(
      hoverForEnumValue('sector', 'onderwijs', 'nl'),
      "**Sector: onderwijs**\n\nScholen in het primair, voortgezet en speciaal onderwijs. De wet verplicht hen tot een meldcode. Het onderwijs werkt met een eigen afwegingskader, dat bij vraag 2 al meldt bij \"ja of twijfel\". Daarnaast geldt een aparte plicht: bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling overlegt het bevoegd gezag met de vertrouwensinspecteur en doet het zo nodig aangifte. Medewerkers lichten het bevoegd gezag direct in.\n\n- *Wet verplichte meldcode:* geldt voor deze sector: de organisatie en zelfstandige beroepskrachten moeten een meldcode hebben en de kennis en het gebruik ervan bevorderen.\n- *Afwegingskader:* het Afwegingskader Meldcode Onderwijs en leerplicht, meldt bij vraag 2 al bij \"ja of twijfel\".\n- *Vermoeden tegen een medewerker:* bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling ligt de meld-, overleg- en aangifteplicht bij het bevoegd gezag (het schoolbestuur); daarbij wordt de vertrouwensinspecteur geraadpleegd. Het protocol beschrijft deze tweede route.\n- *Beroepsgeheim:* meestal niet. Het meldrecht geldt voor iedereen die de informatie door zijn werk heeft.\n- *Landelijke contactpunten:* Veilig Thuis (0800-2000), de vertrouwensinspecteurs van de Inspectie van het Onderwijs (0900-111 3 111).\n\nBron: Wet verplichte meldcode huiselijk geweld en kindermishandeling; Wet op het primair onderwijs, art. 4a; Afwegingskader Meldcode Onderwijs en leerplicht (onderwijsraden, 2018); Wmo 2015, art. 5.2.6",
    );
    assert.equal(
      hoverForEnumValue('organisatie.sector', 'sport', 'en'),
      "**Sector: sport**\n\nSports clubs and federations. They are not bound by the Wet verplichte meldcode; a club that adopts one does so voluntarily, as the basismodel advises. Clubs appoint a confidential contact person (vertrouwenscontactpersoon, VCP), and Centrum Veilige Sport Nederland (0900-2025590) has been the national point for sport since 2019. Volunteers usually have no professional secrecy.\n\n- *Wet verplichte meldcode:* does not bind this sector. A meldcode is a voluntary choice here, which the basismodel advises; findings about what is missing are therefore one level lighter.\n- *Afwegingskader:* the afwegingskader of the government's basisdocument.\n- *Professional secrecy:* usually not. The right to report applies to everyone who holds the information through their work.\n- *National contact points:* Veilig Thuis (0800-2000), Centrum Veilige Sport Nederland (0900-2025590).\n\nSource: Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017); Centrum Veilige Sport Nederland; RAAK handbook, §8.1 ('Meldcode of protocol kindermishandeling'); Het afwegingskader in de Meldcode huiselijk geweld en kindermishandeling (Rijksoverheid); Wmo 2015, art. 5.2.6",
    );
    assert.match(hoverForEnumValue('soort', 'veilig-thuis', 'nl') ?? '', /^\*\*Contactpunt: Veilig Thuis\*\*\n\n.*0800-2000/);
    assert.match(hoverForEnumValue('soort', 'vertrouwensinspecteur', 'en') ?? '', /0900-111 3 111/);
    assert.equal(hoverForEnumValue('sector', 'bakkerij', 'nl'), undefined);
    assert.equal(hoverForEnumValue('naam', 'jeugdhulp', 'nl'), undefined);
  });

  it('offers every intervention for completion with classification and target group', () => {
    const nl = interventionCompletions('nl');
    assert.equal(nl.length, 16);
    const familiesFirst = nl.find((item) => item.label === 'Families First');
    assert.deepEqual(familiesFirst && { label: familiesFirst.label, detail: familiesFirst.detail }, {
      label: 'Families First',
      detail: 'Classificatie 2 (effectief volgens eerste aanwijzingen) · Gezinnen in crisis met een kind van 0 tot 18 jaar',
    });
    assert.equal(familiesFirst?.documentation, hoverForIntervention('Families First', 'nl'));
    const en = interventionCompletions('en').find((item) => item.label === 'Voorwaardelijke Interventie in Gezinnen (VIG)');
    assert.equal(en?.detail, 'Classification 1 (well founded) · Multi-problem families with a child aged 0 to 16');
    assert.match(en?.filterText ?? '', /\bVIG\b/);
  });
});

describe('knowledge hovers on a protocol with every key', () => {
  const text = readFixture('knowledge', 'hover.meldcode.yaml');
  const document = parseDocument(text);
  const paths = keyPaths(document.contents as Node, [], []);

  it('is a protocol without errors', () => {
    assert.deepEqual(validateText(text, { today: TODAY }).filter((finding) => finding.severity === 'error'), []);
  });

  it('has a hover for every key of the schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'meldcode-protocol.schema.json'), 'utf8')) as SchemaNode;
    const missing = schemaPaths(schema, '', []).filter((keyPath) => !keyByPath(keyPath.split('.')));
    assert.deepEqual(missing, []);
  });

  it('uses every key the knowledge base knows, so each hover below is exercised', () => {
    const used = new Set(paths.map((keyPath) => keyPath.filter((part) => typeof part === 'string').join('.')));
    assert.deepEqual(KEYS.map((entry) => entry.path).filter((keyPath) => !used.has(keyPath)), []);
  });

  it('answers a hover on each key, in Dutch and English, with the key first and the source last', () => {
    for (const keyPath of paths) {
      const name = String(keyPath[keyPath.length - 1]);
      const nl = hoverForKey(keyPath, 'nl') ?? '';
      const en = hoverForKey(keyPath, 'en') ?? '';
      assert.match(nl, new RegExp(`^\\*\\*${name}\\*\\* — [^\\n]+\\n\\n[^\\n]+\\n\\nBron: [^\\n]+$`), keyPath.join('/'));
      assert.match(en, new RegExp(`^\\*\\*${name}\\*\\* — [^\\n]+\\n\\n[^\\n]+\\n\\nSource: [^\\n]+$`), keyPath.join('/'));
      assert.notEqual(nl, en);
    }
  });

  it('answers a hover on the terms in its running text', () => {
    const lines = text.split('\n');
    const expected: [string, string][] = [
      ['AMK', 'amk'],
      ['Veilig Thuis', 'veilig-thuis'],
      ['letselduiding', 'letselduiding'],
      ['SPUTOVAMO', 'sputovamo'],
      ['afwegingskader', 'afwegingskader'],
      ['kindcheck', 'kindcheck'],
      ['beroepsgeheim', 'beroepsgeheim'],
      ['meldrecht', 'meldrecht'],
      ['meldcode', 'meldcode'],
      ['aandachtsfunctionaris', 'aandachtsfunctionaris'],
      ['routekaart', 'routekaart'],
    ];
    for (const [word, id] of expected) {
      // The first place the word stands in a value, not as a key.
      let line = '';
      let at = -1;
      for (const candidate of lines) {
        for (let i = candidate.indexOf(word); i !== -1 && at === -1; i = candidate.indexOf(word, i + 1)) {
          if (candidate[i + word.length] !== ':') at = i;
        }
        if (at !== -1) {
          line = candidate;
          break;
        }
      }
      const match = findTermAt(line, at + 1);
      assert.equal(match?.termId, id, `${word} in "${line}"`);
      assert.equal(match?.start, at);
      const title = termById(id)?.title.nl ?? '';
      assert.ok(hoverForTerm(match?.text ?? '', 'nl')?.startsWith(`**${title}**\n\n`), word);
    }
  });

  it('answers a hover on each intervention it names', () => {
    const items = (document.toJS() as { interventies: string[] }).interventies;
    assert.deepEqual(
      items.map((name) => hoverForIntervention(name, 'nl')?.split('\n')[0]),
      ['**Triple P niveau 2 en 3**', '**VoorZorg**', '**Parent-Child Interaction Therapy (PCIT)**', '**Storm en spetters**'],
    );
  });
});
