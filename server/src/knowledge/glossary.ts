import {
  handbook,
  LAW_BESLUIT_ART_2,
  LAW_WET_MELDCODE,
  LAW_WMO_MELDRECHT,
  LAW_WMO_VEILIG_THUIS,
  MODEL_AFWEGINGSKADER_BASISDOCUMENT,
  MODEL_BASISMODEL,
  MODEL_NJI_AFWEGINGSKADER,
} from './citations';
import { ATTENTION_OFFICER, KINDCHECK, MELDRECHT } from './sections';
import type { KnowledgeEntry } from './types';

/** A glossary term and the ways it is written in running text. */
export interface TermKnowledge extends KnowledgeEntry {
  /** Spellings found in text; accents and case do not matter unless `caseSensitive`. */
  forms: readonly string[];
  /** Forms written in capitals only match in capitals ("ZAT", not the verb "zat"). */
  caseSensitive?: readonly string[];
}

function term(entry: KnowledgeEntry, forms: readonly string[], caseSensitive?: readonly string[]): TermKnowledge {
  return caseSensitive ? { ...entry, forms, caseSensitive } : { ...entry, forms };
}

export const GLOSSARY: readonly TermKnowledge[] = [
  term(
    {
      id: 'veilig-thuis',
      title: { nl: 'Veilig Thuis', en: 'Veilig Thuis (advice and reporting centre)' },
      text: {
        nl: 'Het advies- en meldpunt voor huiselijk geweld en kindermishandeling, landelijk bereikbaar via 0800-2000 (gratis, dag en nacht). Sinds 1 januari 2015 doen de regionale Veilig Thuis-organisaties het werk dat eerder bij het AMK en het ASHG lag: het AMK en het ASHG zijn toen samengevoegd. Professionals en burgers kunnen er advies vragen of een melding doen.',
        en: 'The advice and reporting centre for domestic violence and child abuse, reachable nationally on 0800-2000 (free, day and night). Since 1 January 2015 the regional Veilig Thuis organisations do the work that used to lie with the AMK and the ASHG: the AMK and the ASHG were merged then. Professionals and members of the public can ask for advice or make a report.',
      },
      citations: [LAW_WMO_VEILIG_THUIS],
    },
    ['Veilig Thuis'],
  ),
  term(
    {
      id: 'amk',
      title: { nl: 'AMK (Advies- en Meldpunt Kindermishandeling)', en: 'AMK (former child-abuse advice and reporting centre)' },
      text: {
        nl: 'De vroegere instantie voor advies en meldingen over kindermishandeling. Op 1 januari 2015 opgegaan in Veilig Thuis (0800-2000). Het handboek RAAK is van 2007, van vóór die samenvoeging: waar het handboek het AMK noemt, is dat nu Veilig Thuis. Een protocol dat het AMK als contact noemt, is verouderd.',
        en: 'The former body for advice and reports about child abuse. Merged into Veilig Thuis (0800-2000) on 1 January 2015. The RAAK handbook dates from 2007, before that merger: where it names the AMK, that is Veilig Thuis today. A protocol that names the AMK as a contact is out of date.',
      },
      citations: [handbook('8.3'), LAW_WMO_VEILIG_THUIS],
    },
    ['AMK', 'Advies- en Meldpunt Kindermishandeling', 'Advies en Meldpunt Kindermishandeling'],
    ['AMK'],
  ),
  term(
    {
      id: 'ashg',
      title: { nl: 'ASHG / SHG (Advies- en Steunpunt Huiselijk Geweld)', en: 'ASHG / SHG (former domestic-violence advice centre)' },
      text: {
        nl: 'De vroegere advies- en steunpunten voor huiselijk geweld, in 2007 zo\'n 35 verspreid over het land, voor professionals, slachtoffers en omstanders. Samen met het AMK opgegaan in Veilig Thuis op 1 januari 2015; een protocol dat het ASHG of SHG noemt, is verouderd.',
        en: 'The former advice and support centres for domestic violence, about 35 across the country in 2007, serving professionals, victims and bystanders. Merged with the AMK into Veilig Thuis on 1 January 2015; a protocol that names the ASHG or SHG is out of date.',
      },
      citations: [handbook('7.1.2'), LAW_WMO_VEILIG_THUIS],
    },
    ['ASHG', 'SHG', 'Advies- en Steunpunt Huiselijk Geweld', 'Steunpunt Huiselijk Geweld'],
    ['ASHG', 'SHG'],
  ),
  term(
    {
      id: 'letselduiding',
      title: { nl: 'Letselduiding', en: 'Injury interpretation (letselduiding)' },
      text: {
        nl: 'Het forensisch-medische oordeel van een deskundige, meestal een forensisch arts, of letsel past bij de uitleg die ervoor gegeven wordt of op mishandeling wijst. In stap 2 kan de professional zo\'n deskundige raadplegen. Een signalenlijst zoals SPUTOVAMO is geen letselduiding: die helpt op de spoedeisende hulp een vermoeden op te merken, maar het oordeel over het letsel zelf geeft de deskundige.',
        en: 'The forensic-medical judgement of an expert, usually a forensic physician, on whether an injury fits the explanation given or points to abuse. In step 2 the professional can consult such an expert. A signals checklist such as SPUTOVAMO is not injury interpretation: it helps the emergency department notice a suspicion, but the judgement on the injury itself is the expert\'s.',
      },
      citations: [LAW_BESLUIT_ART_2, MODEL_BASISMODEL, handbook('8.2.8')],
    },
    ['letselduiding'],
  ),
  term(
    {
      id: 'zorgcontinuum',
      title: { nl: 'Zorgcontinuüm', en: 'Continuum of care (zorgcontinuüm)' },
      text: {
        nl: 'De ordening uit het RAAK-raamwerk van alles wat een regio tegen kindermishandeling doet, van algemene voorlichting tot ingrijpen, in vijf niveaus: universele preventie, selectieve preventie, geïndiceerde preventie, vroege interventies bij eerste signalen, diagnostiek en interventie na kindermishandeling. De eerste drie niveaus ondersteunen breed; de laatste twee reageren op signalen van mishandeling.',
        en: 'The RAAK framework\'s ordering of everything a region does against child abuse, from general information to intervention, in five levels: universal prevention, selective prevention, indicated prevention, early interventions at first signals, diagnosis and intervention after child abuse. The first three levels offer broad support; the last two respond to signals of abuse.',
      },
      citations: [handbook('2.1'), handbook('Bijlage 1')],
    },
    ['zorgcontinuüm'],
  ),
  term(
    {
      id: 'raamwerk',
      title: { nl: 'RAAK-raamwerk', en: 'RAAK framework' },
      text: {
        nl: 'De 35 aandachtspunten van Hermanns (2003) voor een sluitende aanpak, gerangschikt naar de niveaus van het zorgcontinuüm. Punten 24 tot en met 35 gaan over hulp en bescherming na (een vermoeden van) mishandeling. Punt 26 vraagt dat iedere instelling die met kinderen werkt een meldcode of meldprotocol heeft en al haar medewerkers erin traint.',
        en: 'The 35 points of attention by Hermanns (2003) for a complete approach, arranged by the levels of the continuum of care. Points 24 to 35 cover help and protection after (suspected) abuse. Point 26 asks that every organisation working with children has a meldcode or reporting protocol and trains all its staff in it.',
      },
      citations: [handbook('Bijlage 1'), handbook('Hoofdstuk 8')],
    },
    ['RAAK-raamwerk', 'raamwerk'],
  ),
  term(
    {
      id: 'raak',
      title: { nl: 'RAAK (Reflectie- en Actiegroep Aanpak Kindermishandeling)', en: 'RAAK (reflection and action group on child abuse)' },
      text: {
        nl: 'Het landelijke initiatief waaruit het handboek voortkomt. Van 2003 tot 2006 werkten vier proefregio\'s (Zaanstreek-Waterland, Westelijke Mijnstreek, Amsterdam-Noord en Flevoland) aan een regionale aanpak van kindermishandeling langs het zorgcontinuüm.',
        en: 'The national initiative the handbook comes from. From 2003 to 2006 four pilot regions (Zaanstreek-Waterland, Westelijke Mijnstreek, Amsterdam-Noord and Flevoland) worked on a regional approach to child abuse along the continuum of care.',
      },
      citations: [handbook('Inleiding')],
    },
    ['RAAK', 'Regio RAAK', "Regio's RAAK"],
    ['RAAK', 'Regio RAAK', "Regio's RAAK"],
  ),
  term(
    {
      id: 'zorgcoordinatie',
      title: { nl: 'Zorgcoördinatie (één kind – één plan)', en: 'Care coordination (one child, one plan)' },
      text: {
        nl: 'Het op elkaar afstemmen van de hulp rond een gezin waar meerdere hulpverleners tegelijk bezig zijn, zodat er één samenhangend plan ligt in plaats van losse trajecten die langs elkaar heen werken. Bedoeld voor gezinnen met problemen op meerdere terreinen, of waar hulp niet op gang komt of geweigerd wordt.',
        en: 'Aligning the help around a family where several professionals are active at once, so that there is one coherent plan instead of separate tracks working past each other. Meant for families with problems in several areas, or where help does not get going or is refused.',
      },
      citations: [handbook('7.1.3')],
    },
    ['zorgcoördinatie', 'coördinatie van zorg', 'één kind één plan', 'zorgcoördinator'],
  ),
  term(
    {
      id: 'zat',
      title: { nl: 'ZAT (zorgadviesteam)', en: 'ZAT (school care advisory team)' },
      text: {
        nl: 'Een casusoverleg rond scholen waarin onderwijs, maatschappelijk werk, jeugdzorg, leerplicht, politie en jeugdgezondheidszorg samen bekijken wat er met een leerling speelt en welke hulp past. Het advies wordt met de ouders besproken, en vanaf 12 jaar ook met de leerling.',
        en: 'A case meeting around schools in which education, social work, youth care, school attendance officers, police and youth health care look together at what is going on with a pupil and which help fits. The advice is discussed with the parents, and from age 12 with the pupil too.',
      },
      citations: [handbook('7.1.5')],
    },
    ['ZAT', 'zorgadviesteam', 'zorgadviesteams', 'zorg- en adviesteam'],
    ['ZAT'],
  ),
  term(
    {
      id: 'vangnet-jeugd',
      title: { nl: 'Vangnet Jeugd', en: 'Vangnet Jeugd (youth safety net)' },
      text: {
        nl: 'Een outreachende voorziening, vaak bij de GGD, voor kinderen die buiten de gewone zorg dreigen te vallen en voor ouders die zorg mijden. Met huisbezoeken en contact met school en hulpverleners brengt Vangnet Jeugd de situatie in kaart en zorgt het dat gewone zorg of hulp weer op gang komt.',
        en: 'An outreach service, often at the municipal health service, for children at risk of falling outside regular care and for parents who avoid care. Through home visits and contact with school and care workers it maps the situation and gets regular care or help going again.',
      },
      citations: [handbook('7.1.4')],
    },
    ['Vangnet Jeugd'],
  ),
  term(
    {
      id: 'routekaart',
      title: { nl: 'Routekaart', en: 'Route map (routekaart)' },
      text: {
        nl: 'Een schema dat laat zien welke weg een medewerker volgt bij een vermoeden: wie u raadpleegt, wanneer Veilig Thuis erbij komt en wie wat doet. De RAAK-regio\'s maakten zulke kaarten bij hun regionale protocollen, soms digitaal en interactief. In dit protocol vormen de stappen met hun contactpunten samen de routekaart.',
        en: 'A chart showing the path a staff member follows when there is a suspicion: whom to consult, when Veilig Thuis comes in and who does what. The RAAK regions made such maps for their regional protocols, some digital and interactive. In this protocol the steps with their contact points together form the route map.',
      },
      citations: [handbook('8.1', 'Meldcode of protocol kindermishandeling')],
    },
    ['routekaart', 'routekaarten'],
  ),
  term(
    {
      id: 'sputovamo',
      title: { nl: 'SPUTOVAMO', en: 'SPUTOVAMO' },
      text: {
        nl: 'Een screeningslijst van signalen die ziekenhuizen op de spoedeisende hulp afnemen bij kinderen met letsel. De letters staan voor wat de arts of verpleegkundige nagaat: het soort letsel, de plaats, hoe het eruitziet, wanneer het ontstond, de oorzaak en de uitleg van de ouders, wie het veroorzaakte, wie het nog meer zag, wat er al aan gedaan is, en of er oudere letsels zijn. Leidt de lijst tot een vermoeden, dan volgt overleg en zo nodig contact met Veilig Thuis (het handboek van 2007 noemt hier het AMK, dat in Veilig Thuis is opgegaan). De lijst helpt signaleren; het is geen letselduiding, het deskundige oordeel over het letsel zelf.',
        en: 'A screening list of signals that hospitals go through at the emergency department for children with injuries. The letters stand for what the doctor or nurse checks: the kind of injury, where it is, what it looks like, when it happened, its cause and the parents\' explanation, who caused it, who else saw it, what has been done about it, and whether there are older injuries. If the list leads to a suspicion, consultation follows and, if needed, contact with Veilig Thuis (the 2007 handbook names the AMK here, which has since merged into Veilig Thuis). The list helps to notice signals; it is not injury interpretation (letselduiding), the expert judgement on the injury itself.',
      },
      citations: [handbook('8.2.8'), handbook('Bijlage 6')],
    },
    ['SPUTOVAMO', 'SPUTOVAMO-formulier'],
  ),
  term(
    {
      id: 'cjg',
      title: { nl: 'Centrum voor Jeugd en Gezin (CJG)', en: 'Centre for Youth and Family (CJG)' },
      text: {
        nl: 'Een laagdrempelige plek in de gemeente waar ouders en jongeren terechtkunnen met vragen over opvoeden en opgroeien, met de jeugdgezondheidszorg als kern. Toen het handboek verscheen (2007) waren deze centra in opbouw; sinds de Jeugdwet van 2015 hebben veel gemeenten deze functie ondergebracht bij wijk- of jeugdteams.',
        en: 'A low-threshold place in the municipality where parents and young people can go with questions about upbringing and growing up, built around youth health care. When the handbook appeared (2007) these centres were being set up; since the 2015 Youth Act many municipalities have placed this function with neighbourhood or youth teams.',
      },
      citations: [handbook('4.1.1')],
    },
    ['Centrum voor Jeugd en Gezin', 'Centra voor Jeugd en Gezin', 'CJG'],
    ['CJG'],
  ),
  term(
    {
      id: 'wmo-functies',
      title: { nl: 'Wmo-functies', en: 'Wmo functions (municipal youth tasks)' },
      text: {
        nl: 'De vijf taken die gemeenten sinds de Wmo van 2007 hadden in het preventieve jeugdbeleid: informatie en advies, signalering, toeleiding naar hulp, licht pedagogische hulp, en coördinatie van zorg op lokaal niveau. Het handboek legt deze taken naast de vijf niveaus van het zorgcontinuüm.',
        en: 'The five tasks municipalities had in preventive youth policy under the 2007 Social Support Act (Wmo): information and advice, spotting signals, guiding people to help, light parenting support, and coordination of care at local level. The handbook sets these tasks beside the five levels of the continuum of care.',
      },
      citations: [handbook('2.2.1')],
    },
    ['Wmo-functies', 'gemeentelijke functies'],
  ),
  term(KINDCHECK, ['kindcheck']),
  term(
    {
      id: 'afwegingskader',
      title: { nl: 'Afwegingskader', en: 'Decision framework (afwegingskader)' },
      text: {
        nl: 'Het kader waarmee een professional in stap 4 en 5 van de meldcode bepaalt of een melding bij Veilig Thuis nodig is en of hulp bieden of organiseren (ook) mogelijk is. Sinds 1 januari 2019 vraagt het Besluit verplichte meldcode dat wie onder de Wet valt het afwegingskader van de eigen beroepsgroep gebruikt; de sectormodellen werken het meestal uit in vijf vragen, en waar die in de stappen staan verschilt per model. Er horen drie meldnormen bij: meld altijd bij acute of structurele onveiligheid; meld als u geen passende hulp kunt bieden of organiseren of die niet wordt aanvaard; meld als de hulp niet tot blijvende veiligheid leidt.',
        en: 'The framework with which a professional decides in steps 4 and 5 of the meldcode whether a report to Veilig Thuis is needed and whether providing or arranging help is (also) possible. Since 1 January 2019 the Besluit verplichte meldcode asks those under the Wet to use the afwegingskader of their own professional group; the sector models usually work it out in five questions, and where those sit in the steps differs from model to model. Three reporting norms go with it: always report acute or structural unsafety; report when you cannot provide or arrange suitable help or it is not accepted; report when the help does not lead to lasting safety.',
      },
      citations: [LAW_BESLUIT_ART_2, MODEL_AFWEGINGSKADER_BASISDOCUMENT, MODEL_NJI_AFWEGINGSKADER],
    },
    ['afwegingskader', 'afwegingskaders'],
  ),
  term(
    {
      id: 'meldcode',
      title: { nl: 'Meldcode', en: 'Reporting code (meldcode)' },
      text: {
        nl: 'Het stappenplan dat een organisatie vaststelt voor wat medewerkers doen bij een vermoeden van huiselijk geweld of kindermishandeling. Sinds 1 juli 2013 verplicht de Wet verplichte meldcode organisaties en zelfstandige beroepsbeoefenaren in de zorg, het onderwijs, de kinderopvang, de maatschappelijke ondersteuning, de jeugdhulp, de leerplicht, de asielopvang en de justitie tot een meldcode; andere organisaties, zoals sportverenigingen, nemen er vrijwillig een aan. Een meldcode is geen meldplicht: hij beschrijft hoe u tot een zorgvuldig besluit komt.',
        en: 'The step plan an organisation adopts for what staff do when they suspect domestic violence or child abuse. Since 1 July 2013 the Wet verplichte meldcode has required one of organisations and self-employed professionals in health care, education, child care, social support, youth care, school attendance, asylum reception and justice; other organisations, such as sports clubs, adopt one voluntarily. A meldcode is not a duty to report: it describes how to reach a careful decision.',
      },
      citations: [LAW_WET_MELDCODE, handbook('8.1', 'Meldcode of protocol kindermishandeling')],
    },
    ['meldcode', 'meldcodes', 'meldprotocol', 'protocol kindermishandeling'],
  ),
  term(ATTENTION_OFFICER, ['aandachtsfunctionaris', 'aandachtsfunctionarissen']),
  term(MELDRECHT, ['meldrecht']),
  term(
    {
      id: 'beroepsgeheim',
      title: { nl: 'Beroepsgeheim', en: 'Professional secrecy (beroepsgeheim)' },
      text: {
        nl: 'De plicht van onder meer artsen, verpleegkundigen, jeugdhulpverleners en maatschappelijk werkers om geheim te houden wat zij in hun werk over cliënten te weten komen. Of iemand een beroepsgeheim heeft, hangt af van het beroep: in de justitie bijvoorbeeld niet iedere medewerker. Gegevens delen mag onder voorwaarden, ook zonder toestemming; bij een vermoeden van geweld geeft het meldrecht die ruimte tegenover Veilig Thuis.',
        en: 'The duty of doctors, nurses, youth-care workers, social workers and others to keep secret what they learn about clients through their work. Whether someone has it depends on the profession: in justice, for example, not every worker does. Sharing information is allowed under conditions, also without consent; with a suspicion of violence the right to report gives that room towards Veilig Thuis.',
      },
      citations: [LAW_WMO_MELDRECHT, handbook('7.3.3')],
    },
    ['beroepsgeheim', 'geheimhoudingsplicht'],
  ),
  term(
    {
      id: 'bureau-jeugdzorg',
      title: { nl: 'Bureau Jeugdzorg (historisch)', en: 'Bureau Jeugdzorg (historical)' },
      text: {
        nl: 'Tot 2015 de provinciale toegang tot geïndiceerde jeugdzorg, waar ook het AMK onder viel. Met de Jeugdwet verdween het als loket: meldingen gaan naar Veilig Thuis en de toegang tot jeugdhulp ligt bij de gemeente. Een protocol dat Bureau Jeugdzorg als meldpunt noemt, is verouderd.',
        en: 'Until 2015 the provincial gateway to youth care requiring a referral, which also housed the AMK. With the Youth Act it disappeared as a gateway: reports go to Veilig Thuis and access to youth care lies with the municipality. A protocol naming Bureau Jeugdzorg as reporting point is out of date.',
      },
      citations: [handbook('8.2.2')],
    },
    ['Bureau Jeugdzorg', 'BJZ'],
    ['BJZ'],
  ),
];

export function termById(id: string): TermKnowledge | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}
