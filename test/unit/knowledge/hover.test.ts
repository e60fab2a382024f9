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
import { KEYS_1_1 } from '../../../server/src/knowledge/keys-1-1';
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
        'Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit dat het protocol vastlegt hoe de verantwoordelijkheden binnen de organisatie verdeeld zijn.\n\n' +
        'Bron: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723)',
    );
    assert.equal(
      hoverForKey(['stappen', 3, 'verantwoordelijk'], 'en'),
      '**verantwoordelijk** — Responsible role\n\n' +
        'Who takes this step or decides on it, as a role: staff member, attention officer, manager. ' +
        'For those under the Wet verplichte meldcode, the Besluit asks the protocol to set out how responsibilities are divided within the organisation.\n\n' +
        'Source: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723)',
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
        'Noteer wat u ziet en hoort dat kan wijzen op huiselijk geweld of kindermishandeling: gedrag, uitspraken, letsel, omstandigheden thuis. Houd feiten gescheiden van uw eigen indruk en schrijf erbij van wie een gegeven komt. Let ook op signalen die het vermoeden juist ontkrachten.\n\n' +
        '*Wie:* De medewerker die de signalen opvangt; de aandachtsfunctionaris kan meedenken.\n\n' +
        '*Valkuilen:* Conclusies opschrijven in plaats van waarnemingen; wachten op "genoeg bewijs" voordat u iets vastlegt; bij acuut gevaar niet direct 112 of de politie bellen.\n\n' +
        'Bron: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723); [Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017)](https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling)',
    );
    assert.match(hoverForStep(5, 'en') ?? '', /^\*\*Step 5: Decide on reporting and help\*\*\n\n.*\n\n\*Who:\* .*\n\n\*Common mistakes:\* .*\n\nSource: \[Besluit verplichte meldcode, art\. 2\]\(https:\/\/wetten\.overheid\.nl\/BWBR0033723\); /);
    assert.equal(hoverForStep(0, 'nl'), undefined);
    assert.equal(hoverForStep(6, 'en'), undefined);
  });

  it('explains an afwegingskader question and where yes and no lead (exact text)', () => {
    assert.equal(
      hoverForQuestion(2, 'en'),
      '**Question 2: Acute or structural unsafety?**\n\n' +
        'A situation is acutely unsafe when someone is in immediate physical danger and safety today and in the coming days is not assured; a victim who tells about violence on their own initiative also counts as acute. It is structurally unsafe when violence keeps recurring or the unsafety lasts. The afwegingskader for education and school attendance reports on doubt too.\n\n' +
        '- Yes → report to Veilig Thuis: Report to Veilig Thuis and go through questions 3 to 5 together with Veilig Thuis.\n' +
        '- No → question 3: Go on to question 3.\n\n' +
        'Source: [Het afwegingskader in de meldcode (Nederlands Jeugdinstituut)](https://www.nji.nl/kindermishandeling/afwegingskader-meldcode); [KNMG-meldcode Kindermishandeling en huiselijk geweld (KNMG)](https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/); [Afwegingskader Meldcode Onderwijs en leerplicht (PO-Raad en Ingrado, 2018)](https://www.poraad.nl/kind-onderwijs/sociale-veiligheid/afwegingskader-huiselijk-geweld-onderdeel-van-de-meldcode)',
    );
    assert.equal(
      hoverForQuestion(1, 'nl'),
      '**Vraag 1: Is er een vermoeden?**\n\n' +
        'De eerste toets na het in kaart brengen, het overleg en het gesprek: blijft er een vermoeden over van geweld of de dreiging daarvan?\n\n' +
        '- Ja → vraag 2: Ga door naar vraag 2.\n' +
        '- Nee → afsluiten: Sluit af en leg de uitkomst vast in het dossier.\n\n' +
        'Bron: [Het afwegingskader in de meldcode (Nederlands Jeugdinstituut)](https://www.nji.nl/kindermishandeling/afwegingskader-meldcode); [KNMG-meldcode Kindermishandeling en huiselijk geweld (KNMG)](https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/)',
    );
    assert.equal(
      hoverForQuestion(4, 'en'),
      '**Question 4: Is the help accepted?**\n\n' +
        'Help only works when the parents (and where possible the child) accept it and take part. If they refuse or do not keep to what was agreed, safety can no longer be reached this way.\n\n' +
        '- Yes → provide or arrange help, then question 5: Provide or arrange the help and follow its effect; then question 5.\n' +
        '- No → report to Veilig Thuis: Report to Veilig Thuis.\n\n' +
        'Source: [Het afwegingskader in de meldcode (Nederlands Jeugdinstituut)](https://www.nji.nl/kindermishandeling/afwegingskader-meldcode); [KNMG-meldcode Kindermishandeling en huiselijk geweld (KNMG)](https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/)',
    );
    assert.match(hoverForQuestion(4, 'nl') ?? '', /- Ja → hulp bieden of organiseren, dan vraag 5: .*\n- Nee → melden bij Veilig Thuis: /);
    assert.match(hoverForQuestion(1, 'nl') ?? '', /- Nee → afsluiten: Sluit af en leg de uitkomst vast in het dossier\./);
    assert.equal(hoverForQuestion(6, 'nl'), undefined);
  });

  it('explains terms, outdated ones with today\'s contact (exact text)', () => {
    assert.equal(
      hoverForTerm('AMK', 'nl'),
      '**AMK (Advies- en Meldpunt Kindermishandeling)**\n\n' +
        'De vroegere instantie voor advies en meldingen over kindermishandeling. Op 1 januari 2015 opgegaan in Veilig Thuis (0800-2000). Het handboek RAAK is van 2007, van vóór die samenvoeging: waar het handboek het AMK noemt, is dat nu Veilig Thuis. Een protocol dat het AMK als contact noemt, is verouderd.\n\n' +
        'Bron: Handboek RAAK, §8.3; [Wmo 2015, art. 4.1.1](https://wetten.overheid.nl/BWBR0035362)',
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
      "**Sector: onderwijs**\n\nScholen in het primair, voortgezet en speciaal onderwijs. De wet verplicht hen tot een meldcode. Het onderwijs werkt met een eigen afwegingskader, dat bij vraag 2 al meldt bij \"ja of twijfel\". Daarnaast geldt een aparte plicht: bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling overlegt het bevoegd gezag met de vertrouwensinspecteur en doet het zo nodig aangifte. Medewerkers lichten het bevoegd gezag direct in.\n\n- *Wet verplichte meldcode:* geldt voor deze sector: de organisatie en zelfstandige beroepskrachten moeten een meldcode hebben en de kennis en het gebruik ervan bevorderen.\n- *Afwegingskader:* het Afwegingskader Meldcode Onderwijs en leerplicht, meldt bij vraag 2 al bij \"ja of twijfel\".\n- *Vermoeden tegen een medewerker:* bij een vermoeden van een zedenmisdrijf door een medewerker tegen een minderjarige leerling ligt de meld-, overleg- en aangifteplicht bij het bevoegd gezag (het schoolbestuur); daarbij wordt de vertrouwensinspecteur geraadpleegd. Het protocol beschrijft deze tweede route.\n- *Beroepsgeheim:* meestal niet. Het meldrecht geldt voor iedereen die de informatie door zijn werk heeft.\n- *Landelijke contactpunten:* Veilig Thuis (0800-2000), de vertrouwensinspecteurs van de Inspectie van het Onderwijs (0900-111 3 111).\n\nBron: [Wet verplichte meldcode huiselijk geweld en kindermishandeling](https://www.huiselijkgeweld.nl/beleid/landelijk/verplicht-meldcode-huiselijk-geweld-en-kindermishandeling); [Wet op het primair onderwijs, art. 4a](https://wetten.overheid.nl/BWBR0003420); [Afwegingskader Meldcode Onderwijs en leerplicht (PO-Raad en Ingrado, 2018)](https://www.poraad.nl/kind-onderwijs/sociale-veiligheid/afwegingskader-huiselijk-geweld-onderdeel-van-de-meldcode); [Wmo 2015, art. 5.2.6](https://wetten.overheid.nl/BWBR0035362)",
    );
    assert.equal(
      hoverForEnumValue('organisatie.sector', 'sport', 'en'),
      "**Sector: sport**\n\nSports clubs and federations. They are not bound by the Wet verplichte meldcode; a club that adopts one does so voluntarily, as the basismodel advises. Clubs appoint a confidential contact person (vertrouwenscontactpersoon, VCP), and Centrum Veilige Sport Nederland (0900-2025590) has been the national point for sport since 2019. Volunteers usually have no professional secrecy.\n\n- *Wet verplichte meldcode:* does not bind this sector. A meldcode is a voluntary choice here, which the basismodel advises; findings about what is missing are therefore one level lighter.\n- *Afwegingskader:* the afwegingskader of the government's basisdocument.\n- *Professional secrecy:* usually not. The right to report applies to everyone who holds the information through their work.\n- *National contact points:* Veilig Thuis (0800-2000), Centrum Veilige Sport Nederland (0900-2025590).\n\nSource: [Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017)](https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling); [Centrum Veilige Sport Nederland](https://centrumveiligesport.nl/over-cvsn/waar-kun-je-terecht); RAAK handbook, §8.1 ('Meldcode of protocol kindermishandeling'); [Het afwegingskader in de Meldcode huiselijk geweld en kindermishandeling (Rijksoverheid)](https://www.rijksoverheid.nl/documenten/richtlijnen/2017/07/28/afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling); [Wmo 2015, art. 5.2.6](https://wetten.overheid.nl/BWBR0035362)",
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

describe('knowledge hovers: what the law requires and what the models recommend', () => {
  it('gives the format version no source: no law speaks of it (exact text)', () => {
    assert.equal(
      hoverForKey(['meldcode'], 'nl'),
      '**meldcode** — Versie van het protocolformaat\n\n' +
        'Zegt volgens welke versie van het bestandsformaat dit protocol is geschreven, bijvoorbeeld "1.0", zodat de controle het goed kan lezen. Het gaat over de vorm van het bestand, niet over de wettelijke meldcode zelf.',
    );
    assert.equal(
      hoverForKey(['meldcode'], 'en'),
      '**meldcode** — Version of the protocol format\n\n' +
        'States which version of the file format this protocol follows, for example "1.0", so that the checker reads it correctly. It concerns the form of the file, not the statutory meldcode itself.',
    );
  });

  it('names the steps in the basismodel\'s words, step 2 with the letselduiding expert and step 3 with the client (exact text)', () => {
    assert.equal(
      hoverForStep(2, 'en'),
      '**Step 2: Consult a colleague and, if needed, Veilig Thuis or an expert in injury interpretation**\n\n' +
        'Put the signals before a knowledgeable colleague, such as the attention officer. If needed, ask Veilig Thuis for advice (this can be done without giving names). When there are injuries, consult if needed an expert in injury interpretation (letselduiding), usually a forensic physician, who judges whether the injury fits the explanation given for it. Together you decide whether the suspicion stands and what comes next.\n\n' +
        '*Who:* The staff member together with the attention officer.\n\n' +
        '*Common mistakes:* Carrying it alone; thinking that calling Veilig Thuis always means reporting, while asking advice belongs precisely to this step; bringing in an expert too late with honour-related violence or female genital mutilation.\n\n' +
        'Source: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723); [Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017)](https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling)',
    );
    assert.equal(
      hoverForStep(3, 'nl'),
      '**Stap 3: Gesprek met de cliënt**\n\n' +
        'Bespreek uw zorg met de cliënt: bij een kind met de ouders, en met het kind zelf als de leeftijd dat toelaat. Vertel wat u hebt gezien, vraag hoe zij het zien en schrijf hun reactie op. Sla dit gesprek alleen over als het de veiligheid van iemand in gevaar brengt, of als u goede redenen hebt om aan te nemen dat de cliënt dan het contact verbreekt; leg die afweging vast.\n\n' +
        '*Wie:* De medewerker die de zorg heeft, zo nodig met de aandachtsfunctionaris erbij.\n\n' +
        '*Valkuilen:* Het gesprek vermijden omdat het moeilijk is; het brengen als beschuldiging in plaats van als zorg; niet noteren hoe ouders of kind reageerden.\n\n' +
        'Bron: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723); [Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017)](https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling)',
    );
  });

  it('says where the afwegingskader sits only as each sector model has it, and the titles are not the law\'s words (exact text)', () => {
    assert.equal(
      hoverForKey(['afwegingskader'], 'nl'),
      '**afwegingskader** — Afwegingskader\n\n' +
        'Sinds 1 januari 2019 vraagt het Besluit verplichte meldcode dat wie onder de Wet valt in stap 4 en 5 het afwegingskader van de eigen beroepsgroep gebruikt. De sectormodellen werken het uit in vijf vragen; elke vraag leidt naar de volgende vraag, een melding bij Veilig Thuis, hulp bieden of organiseren, of afsluiten. Waar de vragen in de stappen staan, is een afspraak van het sectormodel, geen wet: het NJi en de KNMG zetten alle vijf in stap 5, sommige modellen voor het onderwijs zetten vraag 1 in stap 4, en het basisdocument van de Rijksoverheid schrijft twee beslissingen in stap 4 en 5. Een verwijzing naar een bijlage met het afwegingskader is ook goed.\n\n' +
        'Bron: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723); [Het afwegingskader in de meldcode (Nederlands Jeugdinstituut)](https://www.nji.nl/kindermishandeling/afwegingskader-meldcode); [KNMG-meldcode Kindermishandeling en huiselijk geweld (KNMG)](https://knmg-meldcode.maglr.com/meldcode-kindermishandeling-en-huiselijk-geweld/); [Afwegingskader Meldcode Onderwijs en leerplicht (PO-Raad en Ingrado, 2018)](https://www.poraad.nl/kind-onderwijs/sociale-veiligheid/afwegingskader-huiselijk-geweld-onderdeel-van-de-meldcode); [Het afwegingskader in de Meldcode huiselijk geweld en kindermishandeling (Rijksoverheid)](https://www.rijksoverheid.nl/documenten/richtlijnen/2017/07/28/afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling)',
    );
    assert.equal(
      hoverForKey(['stappen', 1, 'titel'], 'en'),
      '**titel** — Title of the step\n\n' +
        'The name of the step. The Besluit prescribes the steps, not their words; the usual titles come from the basismodel meldcode, and sector models sometimes name the steps differently. Choose a title in which colleagues from other organisations recognise the step.\n\n' +
        'Source: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723); [Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017)](https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling)',
    );
    for (const n of [1, 2, 3, 4, 5]) {
      for (const locale of ['nl', 'en'] as const) {
        const hover = hoverForQuestion(n, locale) ?? '';
        assert.doesNotMatch(hover, /stap [45]|step [45]|Besluit/i, `question ${n} ${locale}`);
      }
    }
  });

  it('states the Besluit for the kindcheck, recording, the special forms and secrecy, and the models for the rest (exact text)', () => {
    assert.equal(
      hoverForKey(['kindcheck'], 'en'),
      '**kindcheck** — Child check (kindcheck)\n\n' +
        'Anyone who works with adults checks whether the client cares for children under 18 and whether those children are safe. This matters most when the adult struggles with addiction or psychiatric problems, or is involved in violence. For those under the Wet verplichte meldcode, the Besluit asks the protocol to describe the child check: when staff ask this and what they do when the answer raises concern.\n\n' +
        'Source: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723)',
    );
    assert.equal(
      hoverForKey(['vastleggen'], 'nl'),
      '**vastleggen** — Vastleggen\n\n' +
        'Hoe signalen, overleg, gesprekken, genomen stappen en besluiten in het dossier komen. Schrijf feiten en waarnemingen los van vermoedens, noem bij informatie van anderen de bron, en noteer wie wat heeft besloten. Zo kan later iedereen nagaan waarom er zo is gehandeld. Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit dat het protocol beschrijft hoe dit vastleggen gaat.\n\n' +
        'Bron: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723)',
    );
    assert.equal(
      hoverForKey(['bijzondere-vormen'], 'nl'),
      '**bijzondere-vormen** — Bijzondere vormen van geweld\n\n' +
        'Sommige vormen van geweld vragen een eigen aanpak, omdat de dreiging van meer mensen kan komen of omdat een gesprek het gevaar kan vergroten. Voor wie onder de Wet verplichte meldcode valt, vraagt het Besluit specifieke aandacht voor eergerelateerd geweld en vrouwelijke genitale verminking. De modelmeldcodes noemen daarnaast huwelijksdwang, achterlating, ouderenmishandeling en mensenhandel; dat is een aanbeveling, geen wettelijke eis.\n\n' +
        'Bron: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723); [Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017)](https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling)',
    );
    assert.equal(
      hoverForKey(['beroepsgeheim'], 'nl'),
      '**beroepsgeheim** — Beroepsgeheim en meldrecht\n\n' +
        'Wie een beroepsgeheim heeft, zoals artsen, jeugdhulpverleners en maatschappelijk werkers, mag niet zomaar gegevens over cliënten delen. Voor beroepskrachten met een beroepsgeheim in de sectoren die de Wet verplichte meldcode bindt, vraagt het Besluit dat het protocol uitlegt hoe het meldrecht werkt: wanneer u zonder toestemming bij Veilig Thuis mag melden, en hoe u eerst om toestemming vraagt als dat kan. Of iemand een beroepsgeheim heeft, hangt af van het beroep, niet van de sector: in de justitie heeft niet iedere medewerker er een. Het meldrecht zelf geldt voor iedereen die de gegevens beroepshalve heeft, ook zonder beroepsgeheim.\n\n' +
        'Bron: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723); [Wmo 2015, art. 5.2.6](https://wetten.overheid.nl/BWBR0035362)',
    );
    for (const form of ['huwelijksdwang', 'achterlating', 'mensenhandel']) {
      const hover = hoverForKey(['bijzondere-vormen', form], 'nl') ?? '';
      assert.doesNotMatch(hover.split('\n\n').pop() ?? '', /Besluit/, form);
      assert.match(hover, /\n\nBron: \[Basismodel meldcode huiselijk geweld en kindermishandeling \(Rijksoverheid, 2017\)\]\(https:\/\/www\.rijksoverheid\.nl\//, form);
    }
    for (const form of ['eergerelateerd-geweld', 'vrouwelijke-genitale-verminking']) {
      assert.match(hoverForKey(['bijzondere-vormen', form], 'en') ?? '', /\n\nSource: \[Besluit verplichte meldcode, art\. 2\]\(https:\/\/wetten\.overheid\.nl\/BWBR0033723\)$/, form);
    }
  });

  it('recommends an aandachtsfunctionaris, and does not say the law requires one (exact text)', () => {
    assert.equal(
      hoverForKey(['aandachtsfunctionarissen'], 'nl'),
      '**aandachtsfunctionarissen** — Aandachtsfunctionaris\n\n' +
        'De collega die anderen door de stappen helpt, het eerste aanspreekpunt is voor overleg, het protocol actueel houdt en scholing regelt. Het Besluit verplichte meldcode eist geen aandachtsfunctionaris. Het basismodel meldcode en het handboek raden aan er in elke organisatie een aan te stellen, zodat de aandacht voor kindermishandeling niet verdwijnt als mensen vertrekken. Noem in het protocol wie het is, hoe u die bereikt en wie invalt. Wie alleen werkt, heeft er geen en noemt met wie hij overlegt, bijvoorbeeld een collega, intervisie of Veilig Thuis.\n\n' +
        "Bron: [Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017)](https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling); Handboek RAAK, §8.1 ('Meldcode of protocol kindermishandeling'); Handboek RAAK, §8.5",
    );
    assert.equal(
      hoverForKey(['aandachtsfunctionarissen'], 'en'),
      '**aandachtsfunctionarissen** — Attention officer (aandachtsfunctionaris)\n\n' +
        'The colleague who guides others through the steps, is the first point of consultation, keeps the protocol up to date and arranges training. The Besluit verplichte meldcode does not require an attention officer. The basismodel meldcode and the handbook recommend appointing one in every organisation, so that attention to child abuse does not fade when people leave. Name in the protocol who it is, how to reach them and who stands in. A professional working alone has none and names whom they consult instead, for example a colleague, peer review or Veilig Thuis.\n\n' +
        "Source: [Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017)](https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling); RAAK handbook, §8.1 ('Meldcode of protocol kindermishandeling'); RAAK handbook, §8.5",
    );
  });

  it('keeps SPUTOVAMO, a screening list, apart from letselduiding, and gives the meldrecht its full scope (exact text)', () => {
    assert.equal(
      hoverForTerm('SPUTOVAMO', 'nl'),
      '**SPUTOVAMO**\n\n' +
        'Een screeningslijst van signalen die ziekenhuizen op de spoedeisende hulp afnemen bij kinderen met letsel. De letters staan voor wat de arts of verpleegkundige nagaat: het soort letsel, de plaats, hoe het eruitziet, wanneer het ontstond, de oorzaak en de uitleg van de ouders, wie het veroorzaakte, wie het nog meer zag, wat er al aan gedaan is, en of er oudere letsels zijn. Leidt de lijst tot een vermoeden, dan volgt overleg en zo nodig contact met Veilig Thuis (het handboek van 2007 noemt hier het AMK, dat in Veilig Thuis is opgegaan). De lijst helpt signaleren; het is geen letselduiding, het deskundige oordeel over het letsel zelf.\n\n' +
        'Bron: Handboek RAAK, §8.2.8; Handboek RAAK, bijlage 6',
    );
    assert.equal(
      hoverForTerm('letselduiding', 'en'),
      '**Injury interpretation (letselduiding)**\n\n' +
        "The forensic-medical judgement of an expert, usually a forensic physician, on whether an injury fits the explanation given or points to abuse. In step 2 the professional can consult such an expert. A signals checklist such as SPUTOVAMO is not injury interpretation: it helps the emergency department notice a suspicion, but the judgement on the injury itself is the expert's.\n\n" +
        'Source: [Besluit verplichte meldcode, art. 2](https://wetten.overheid.nl/BWBR0033723); [Basismodel meldcode huiselijk geweld en kindermishandeling (Rijksoverheid, 2017)](https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling); RAAK handbook, §8.2.8',
    );
    assert.equal(
      hoverForTerm('meldrecht', 'nl'),
      '**Meldrecht**\n\n' +
        'Het recht van iedere beroepskracht die de gegevens beroepshalve heeft, met of zonder beroepsgeheim (dus ook medewerkers van scholen en kinderopvang), om zonder toestemming van de cliënt een melding te doen bij Veilig Thuis, met de gegevens die nodig zijn om het geweld te beëindigen of een redelijk vermoeden ervan te laten onderzoeken. Wie een beroepsgeheim heeft, mag dat daarvoor doorbreken. Het is een recht, geen plicht; de meldnormen van het afwegingskader zeggen wanneer melden de professionele norm is.\n\n' +
        'Bron: [Wmo 2015, art. 5.2.6](https://wetten.overheid.nl/BWBR0035362)',
    );
  });

  it('speaks of a legal duty in no hover without naming the Wet or the Besluit', () => {
    const hovers = [
      ...KEYS.map((entry) => [entry.path, hoverForKey(entry.path.split('.'), 'nl') ?? '', hoverForKey(entry.path.split('.'), 'en') ?? ''] as const),
      ...GLOSSARY.map((entry) => [entry.id, hoverForTerm(entry.forms[0] ?? entry.id, 'nl') ?? '', hoverForTerm(entry.forms[0] ?? entry.id, 'en') ?? ''] as const),
      ...[1, 2, 3, 4, 5].map((n) => [`step ${n}`, hoverForStep(n, 'nl') ?? '', hoverForStep(n, 'en') ?? ''] as const),
    ];
    for (const [where, nl, en] of hovers) {
      assert.doesNotMatch(nl, /\b[Dd]e wet (vraagt|eist|verplicht|schrijft)|woorden van het Besluit|bewoording van de wet|gewelds- of zedendelict/, where);
      assert.doesNotMatch(en, /\b[Tt]he law (asks|requires|prescribes)|required by law|the decree's words|wording of the law/, where);
      assert.doesNotMatch(`${nl} ${en}`, /[Vv]raag 1 en 2 (ronden|horen|sluiten)|[Qq]uestions 1 and 2 (complete|belong|close)/, where);
    }
  });

  it('gives the 2007 handbook\'s old names as the handbook\'s wording, never as if they still held', () => {
    const hovers = [
      ...KEYS.map((entry) => [entry.path, hoverForKey(entry.path.split('.'), 'nl') ?? '', hoverForKey(entry.path.split('.'), 'en') ?? ''] as const),
      ...GLOSSARY.map((entry) => [entry.id, hoverForTerm(entry.forms[0] ?? entry.id, 'nl') ?? '', hoverForTerm(entry.forms[0] ?? entry.id, 'en') ?? ''] as const),
      ...[1, 2, 3, 4, 5].map((n) => [`step ${n}`, hoverForStep(n, 'nl') ?? '', hoverForStep(n, 'en') ?? ''] as const),
    ];
    for (const [where, nl, en] of hovers) {
      assert.doesNotMatch(nl, /handboek[^.;]{0,40}\b(spreekt|noemt|zegt) nog\b|\bdestijds\b/i, where);
      assert.doesNotMatch(en, /handbook[^.;]{0,40}\bstill\b|\(then the\b/i, where);
    }
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
    // The keys of format 1.1 are exercised on its own fixtures, in keys-1-1.test.ts.
    assert.deepEqual(KEYS.filter((entry) => !KEYS_1_1.includes(entry)).map((entry) => entry.path).filter((keyPath) => !used.has(keyPath)), []);
  });

  it('answers a hover on each key, in Dutch and English, with the key first and the source last', () => {
    for (const keyPath of paths) {
      const name = String(keyPath[keyPath.length - 1]);
      const nl = hoverForKey(keyPath, 'nl') ?? '';
      const en = hoverForKey(keyPath, 'en') ?? '';
      // The format version is the only key no source speaks of: it has no source line.
      const source = keyPath.join('.') === 'meldcode' ? ['', ''] : ['\\n\\nBron: [^\\n]+', '\\n\\nSource: [^\\n]+'];
      assert.match(nl, new RegExp(`^\\*\\*${name}\\*\\* — [^\\n]+\\n\\n[^\\n]+${source[0]}$`), keyPath.join('/'));
      assert.match(en, new RegExp(`^\\*\\*${name}\\*\\* — [^\\n]+\\n\\n[^\\n]+${source[1]}$`), keyPath.join('/'));
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
