// The public demo map "Migratie, integratie en draagvlak", drawn from the five Dutch texts
// of ../shared/seeds (see its README). Every CLAIM, PROPOSAL and EVIDENCE cites one of them
// with a verbatim quote; `paragraph` is the 1-based blank-line-separated block of the
// source text in which the quote starts (tests/unit/seed-map.test.ts checks both).
// Keys are stable slugs: lib/server/seed.ts derives the ids from them, so renaming a key
// replaces the entity on the next seed run.
import type { SeedMap } from '@/lib/server/seed';

// source keys
const DEBRUYNE = 'debruyne-2024'; // 000
const PACT = 'integratiepact-2018'; // 001
const KRUISPUNT = 'migratiemaatschappij-2014'; // 002
const AY = 'ay-steden'; // 003
const PRO = 'pro-draagvlak'; // 004

export const seedMap: SeedMap = {
  title: 'Migratie, integratie en draagvlak',
  description:
    'Een argumentenkaart over migratie en integratie in België en Vlaanderen, ontleend aan vijf Nederlandstalige teksten: ' +
    'Pascal Debruyne over welvaartschauvinisme, de kritiek van vijf middenveldorganisaties op het Integratiepact, ' +
    'de migratiecijfers uit Migratiemaatschappij (Kruispunt Migratie-Integratie), Deniz Ay over stadsburgerschap ' +
    'en een partijtekst van PRO over maatschappelijk draagvlak. Elke bewering citeert haar bron letterlijk.',
  language: 'nl',
  sources: [
    {
      key: DEBRUYNE,
      type: 'ARTICLE',
      title: 'Menu voor een andere migratiepolitiek',
      authors: [{ family: 'Debruyne', given: 'Pascal' }],
      container: 'Samenleving & Politiek',
      publisher: 'Samenleving & Politiek',
      date: '2024-03-12',
      url: 'https://www.sampol.be/2024/03/menu-voor-een-andere-migratiepolitiek',
      language: 'nl',
      fingerprint: 'b79470cd5fcd34d363a817e132f9b71ef65e1dd04ed5cdfbb3a77da40210ef5b',
    },
    {
      key: PACT,
      type: 'WEB_PAGE',
      title: 'Integratiepact',
      authors: [
        { literal: 'Samenlevingsopbouw' },
        { literal: 'Vluchtelingenwerk Vlaanderen' },
        { literal: 'KifKif' },
        { literal: 'Ella vzw' },
        { literal: 'Uit de Marge' },
      ],
      container: 'Sociaal.Net',
      date: '2018',
      language: 'nl',
      fingerprint: 'd43f7733c5878f5a0b89bfc9afaaa457baba4695fff48c44bf63a1c08a7e1a38',
    },
    {
      key: KRUISPUNT,
      type: 'BOOK',
      title: 'Migratiemaatschappij',
      authors: [{ literal: 'Kruispunt Migratie-Integratie' }],
      publisher: 'Kruispunt Migratie-Integratie',
      date: '2014',
      language: 'nl',
      fingerprint: '84535d24925729b8ec4b5aaf4e320301dccac00c0776aa0347b8641546794132',
    },
    {
      key: AY,
      type: 'CHAPTER',
      title: 'Geef steden de middelen om zelf werk te maken van de integratie van migranten',
      authors: [{ family: 'Ay', given: 'Deniz' }],
      container: 'Migratie, gelijkheid en racisme: 44 opinies',
      publisher: 'Vrije Universiteit Brussel',
      date: '2021',
      language: 'nl',
      fingerprint: '836cd26b2887d4500c7c4dc07699c2a26dc19bd16f18f5b94ef274b54912b054',
    },
    {
      key: PRO,
      type: 'REPORT',
      title: 'Op zoek naar maatschappelijk draagvlak voor migratie',
      authors: [{ literal: 'PRO' }],
      language: 'nl',
      fingerprint: '5d6d5a1f1773b5d9d14bb3fd9443a5f3cd268c81413987594022b8acc094ea0c',
    },
  ],
  tags: [
    { key: 'wc', name: 'Welvaartschauvinisme', color: '#1f77b4' },
    { key: 'dv', name: 'Draagvlak', color: '#ff7f0e' },
    { key: 'vn', name: 'VN- en EU-voorstellen', color: '#2ca02c' },
    { key: 'sb', name: 'Stadsburgerschap', color: '#d62728' },
    { key: 'ip', name: 'Integratiepact en grondrechten', color: '#9467bd' },
    { key: 'mc', name: 'Migratiecijfers', color: '#8c564b' },
  ],
  nodes: [
    // ── Welvaartschauvinisme (vooral Debruyne, 000) ──────────────────────────────────
    {
      key: 'wc-q',
      kind: 'QUESTION',
      title: 'Maakt het migratie- en integratiebeleid van sociaal beleid een instrument van welvaartschauvinisme?',
      tags: ['wc'],
      citations: [],
    },
    {
      key: 'wc-wit-publiek',
      kind: 'CLAIM',
      title: 'De meeste partijen paaien een ‘wit publiek’ met voorstellen die het welvaartschauvinisme versterken.',
      body: 'Debruyne: van extreemrechts over het ‘moedige midden’ tot een deel van links versmelten een culturele en een economische logica tot één discours waarin ‘vreemden’ het object van exclusie zijn.',
      tags: ['wc'],
      citations: [
        { source: DEBRUYNE, quote: 'paaien de meeste partijen een ‘wit publiek’ met beleidsvoorstellen die het welvaartschauvinisme versterken', paragraph: 4, start: 200, end: 306 },
        { source: DEBRUYNE, quote: 'logica versmelten tot één discours, waarin de ‘vreemden’ het object van exclusie zijn', paragraph: 21, start: 7230, end: 7315 },
      ],
    },
    {
      key: 'wc-migratiebeheer',
      kind: 'CLAIM',
      title: 'Sociaal beleid dat een hefboom voor sociale mobiliteit zou moeten zijn, wordt ingericht als instrument van migratiebeheer.',
      tags: ['wc'],
      citations: [
        { source: DEBRUYNE, quote: 'een hefboom zou moeten bieden voor sociale mobiliteit, wordt nu ingericht als instrument van migratiebeheer', paragraph: 23, start: 8207, end: 8314 },
      ],
    },
    {
      key: 'wc-taal-buitenland',
      kind: 'EVIDENCE',
      title: 'Cursussen Nederlands in het buitenland worden gekoppeld aan het verblijfsrecht van arbeidsmigranten.',
      body: 'Volgens Debruyne wordt beloofd dit ook voor gezinshereniging te standaardiseren.',
      tags: ['wc'],
      citations: [
        { source: DEBRUYNE, quote: 'cursussen Nederlands in het buitenland die gekoppeld worden aan verblijfsrecht', paragraph: 22, start: 7428, end: 7506 },
      ],
    },
    {
      key: 'wc-gezinshereniging',
      kind: 'EVIDENCE',
      title: 'De voorwaarden voor gezinshereniging worden verstrengd met hogere inkomensvereisten en een kortere ‘grace periode’.',
      tags: ['wc'],
      citations: [
        { source: DEBRUYNE, quote: 'het verstrengen van de voorwaarden voor gezinshereniging met nog hogere inkomensvereisten', paragraph: 22, start: 7831, end: 7920 },
      ],
    },
    {
      key: 'wc-armoede',
      kind: 'CLAIM',
      title: 'Beleid dat de toegang tot sociale rechten steeds voorwaardelijker maakt, creëert armoede om migratie te ontmoedigen.',
      body: 'Debruyne verwijst naar onderzoek over ‘differentiële inclusie’: steeds voorwaardelijker toegang tot sociale rechten naargelang de verblijfsstatus.',
      tags: ['wc'],
      citations: [
        { source: DEBRUYNE, quote: 'Het is een beleid dat armoede creëert om migratie te ontmoedigen.', paragraph: 24, start: 8633, end: 8698 },
        { source: DEBRUYNE, quote: 'steeds meer voorwaardelijke toegang tot sociale rechten', paragraph: 15, start: 4828, end: 4883 },
      ],
    },
    {
      key: 'wc-grondwettelijk-hof',
      kind: 'EVIDENCE',
      title: 'Een ‘Vlaamse sociale bescherming’ die ongelijk zou werken voor nieuwkomers, strandde op het Grondwettelijk Hof.',
      tags: ['wc'],
      citations: [
        { source: DEBRUYNE, quote: 'Gelukkig strandden voorstellen als ‘een Vlaamse sociale bescherming’', paragraph: 24, start: 8475, end: 8543 },
      ],
    },
    {
      key: 'wc-achillespees',
      kind: 'CLAIM',
      title: 'Welvaartschauvinisme is de echte achillespees van het migratie- en integratiebeleid: forse migratiestandpunten dreigen gematigde kiezers af te stoten.',
      body: 'Debruyne steunt op Laura Jacobs (Samenleving & Politiek).',
      tags: ['wc', 'dv'],
      citations: [
        { source: DEBRUYNE, quote: 'forse migratiestandpunten gematigde kiezers van centrumpartijen dreigen af te stoten', paragraph: 20, start: 6805, end: 6889 },
        { source: DEBRUYNE, quote: 'Dat is de echte achillespees van het migratie en-integratiebeleid.', paragraph: 21, start: 6893, end: 6959 },
      ],
    },
    {
      key: 'wc-sociale-mobiliteit',
      kind: 'PROPOSAL',
      title: 'Voer een beleid dat op de naad van verblijfsrecht en sociaal recht streeft naar ‘sociale mobiliteit in superdiversiteit’.',
      body: 'Volgens Debruyne zou dat van migratie een ‘win-win-verhaal’ maken: ‘een ander menu voor migratiepolitiek’.',
      tags: ['wc'],
      citations: [
        { source: DEBRUYNE, quote: 'een beleid dat op de naad van verblijfsrecht en sociaal recht streeft naar sociale mobiliteit', paragraph: 26, start: 9567, end: 9660 },
      ],
    },
    {
      key: 'wc-instroom-academy',
      kind: 'EVIDENCE',
      title: 'De Instroom Academy, een keuken waar men met vluchtelingen samenwerkt, toont in het hier en nu een ander migratieverhaal.',
      tags: ['wc'],
      citations: [
        { source: DEBRUYNE, quote: '‘in het hier en nu’ als een voorafbeelding van een ander mogelijk migratieverhaal', paragraph: 7, start: 905, end: 986 },
      ],
    },
    {
      key: 'wc-onmisbaar',
      kind: 'CLAIM',
      title: 'Werkende migranten dragen bij aan economie en sociale zekerheid en zijn onmisbaar om de welvaart op peil te houden.',
      body: 'Debruyne citeert Bart Eeckhout (De Morgen) en noemt dit ‘terecht’.',
      tags: ['wc', 'dv'],
      citations: [
        { source: DEBRUYNE, quote: 'Werkende migranten dragen bij aan economie en sociale zekerheid. Ze zijn zelfs onmisbaar', paragraph: 17, start: 5086, end: 5174 },
      ],
    },

    {
      key: 'wc-groeipakket',
      kind: 'EVIDENCE',
      title: 'Het groeipakket en de studiefinanciering van niet-begeleide minderjarige vreemdelingen worden gefnuikt om ‘het aanzuigeffect’ te verminderen.',
      tags: ['wc'],
      citations: [
        { source: DEBRUYNE, quote: 'het fnuiken van het groeipakket en studiefinanciering voor Niet Begeleide Minderjarigen Vreemdelingen om ‘het aanzuigeffect’ te verminderen', paragraph: 22, start: 7596, end: 7735 },
      ],
    },
    {
      key: 'ov-praat-beleid',
      kind: 'CLAIM',
      title: 'De kloof tussen de politieke praat over migratie en integratie en het alledaagse beleid is nog groter dan die tussen de cijfers en het taalgebruik.',
      body: 'Debruyne sluit aan bij Bart Eeckhout (De Morgen), die de kloof tussen de cijfers en het hyperbolische taalgebruik toonde; het beleid zelf staat haaks op wat de Instroom Academy in het klein laat zien.',
      tags: ['ip', 'wc'],
      citations: [
        { source: DEBRUYNE, quote: 'de kloof tussen de politieke praat over ‘migratie en integratie’ en het alledaagse beleid is zo mogelijk nog groter', paragraph: 7, start: 1268, end: 1383 },
      ],
    },
    {
      key: 'ov-gezinsondersteuning',
      kind: 'CLAIM',
      title: 'Na gezinshereniging is er geen beleid van gezinsondersteuning; dat vervreemding en sputterende integratie volgen, hoeft dan niet te verbazen.',
      body: 'Debruyne vraagt waarom we dan nog schrikken van vervreemding, intrafamiliaal geweld, parentificatie en sputterende integratie.',
      tags: ['ip', 'wc'],
      citations: [
        { source: DEBRUYNE, quote: 'Na gezinshereniging is er bovendien geen beleid van gezinsondersteuning.', paragraph: 18, start: 6249, end: 6321 },
      ],
    },

    // ── Draagvlak (vooral PRO, 004, met antwoorden uit 000, 001, 002, 003) ─────────────
    {
      key: 'dv-q',
      kind: 'QUESTION',
      title: 'Waarom is het maatschappelijk draagvlak voor migratie zo klein, en hoe kan het groeien?',
      tags: ['dv'],
      citations: [],
    },
    {
      key: 'dv-peilingen',
      kind: 'CLAIM',
      title: 'Een groot deel van de Belgen vindt dat er te veel immigratie is; het draagvlak voor migratie is in het Westen sinds de jaren zestig sterk verminderd.',
      body: 'PRO beroept zich op ‘peilingen in België’ zonder ze te noemen, en laat de daling van het draagvlak beginnen bij de arbeidsmigratie van de jaren zestig.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'vindt dat er te véél immigratie is', paragraph: 5, start: 716, end: 750 },
      ],
    },
    {
      key: 'dv-groepen',
      kind: 'CLAIM',
      title: 'Een van de mechanismen achter het gebrek aan draagvlak is de natuurlijke neiging van mensen om in groepen met gedeelde waarden en afspraken te leven.',
      body: 'PRO noemt acht mechanismen die aan de basis liggen van het gebrek aan draagvlak; dit is het eerste.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'Een natuurlijk verschijnsel van de mens om in groepen te willen leven', paragraph: 9, start: 1019, end: 1088 },
      ],
    },
    {
      key: 'dv-cultuurregels',
      kind: 'CLAIM',
      title: 'Migratie moet de regels van de culturele entiteiten respecteren; menselijkheid vraagt geen tolerantie voor elke inwijkeling.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'Migratie moet de regels van de culturele entiteiten respecteren.', paragraph: 9, start: 2229, end: 2293 },
      ],
    },
    {
      key: 'dv-verstekelingen',
      kind: 'CLAIM',
      title: 'Bij schaarste, of als ‘verstekelingen’ wel de lusten van de groep genieten maar de lasten niet (willen) dragen, daalt de tolerantie binnen een groep.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'verstekelingen de lusten van de groep genieten, maar niet de lasten', paragraph: 9, start: 1642, end: 1709 },
      ],
    },
    {
      key: 'dv-racisme',
      kind: 'CLAIM',
      title: 'Slechts een kleine minderheid van de Belgen wijst immigratie af zonder echte reden, uit puur racisme.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'een kleine minderheid van de Belgen haalt geen echte reden aan', paragraph: 12, start: 2699, end: 2761 },
      ],
    },
    {
      key: 'dv-welvaart',
      kind: 'CLAIM',
      title: 'Begrensde solidariteit en bezorgdheid om de welvaart (‘we kunnen niet heel Afrika binnenhalen’) ondermijnen het draagvlak.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'rond welvaart: “we kunnen niet heel Afrika binnenhalen”', paragraph: 12, start: 2835, end: 2890 },
      ],
    },
    {
      key: 'dv-demografie',
      kind: 'CLAIM',
      title: 'Demografische druk – een dichtbevolkt land, stijgende woningprijzen, meer files – ondermijnt het draagvlak.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'door een verdere bevolkingsstijging stijgen woningprijzen', paragraph: 12, start: 2982, end: 3039 },
      ],
    },
    {
      key: 'dv-slechte-integratie',
      kind: 'CLAIM',
      title: 'Slechte integratie ondermijnt het draagvlak: nieuwkomers zijn oververtegenwoordigd in de statistieken van werkloosheid en criminaliteit.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'nieuwkomers zijn oververtegenwoordigd in slechte statistieken', paragraph: 12, start: 3109, end: 3170 },
      ],
    },
    {
      key: 'dv-parallel',
      kind: 'CLAIM',
      title: 'Een klein deel van de nieuwkomers is conservatiever dan de meerderheid in het herkomstland en vormt door isolatie parallelle samenlevingen.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'een klein deel conservatiever dan de meerderheid in hun thuisland', paragraph: 12, start: 3223, end: 3288 },
        { source: PRO, quote: 'vormen door hun isolatie parallelle samenlevingen', paragraph: 12, start: 3292, end: 3341 },
      ],
    },
    {
      key: 'dv-zelf-kiezen',
      kind: 'PROPOSAL',
      title: 'Maak van ‘we kiezen onze migranten zelf’ het uitgangspunt van het Belgische en Europese beleid voor vrijwillige migratie.',
      tags: ['dv', 'vn'],
      citations: [
        { source: PRO, quote: 'We kiezen onze migranten zelf”. Dat moet het uitgangspunt zijn', paragraph: 31, start: 6387, end: 6449 },
      ],
    },
    {
      key: 'dv-weerstand',
      kind: 'CLAIM',
      title: 'Verandering wekt weerstand vooral wanneer ze snel gaat en overheden niet adequaat reageren; dan klampen mensen zich vast aan taal en nationaliteit.',
      body: 'Woord vooraf van Migratiemaatschappij (Petrovic, Ravijts, Roger).',
      tags: ['dv'],
      citations: [
        { source: KRUISPUNT, quote: 'Veranderingen brengen weerstanden met zich mee – zeker wanneer ze in sneltempo plaatsvinden en overheden niet snel of adequaat reageren.', paragraph: 20, start: 1204, end: 1341 },
        { source: KRUISPUNT, quote: 'een algemeen gemeenschapsgevoel ontbreekt, klampen mensen zich vaak vast aan meer beperkte identiteitsvormen zoals taal en nationaliteit.', paragraph: 22, start: 1353, end: 1491 },
      ],
    },
    {
      key: 'dv-wij-zij',
      kind: 'CLAIM',
      title: 'Wie over ‘wij’ tegenover ‘zij’ praat, vergeet dat ‘zij’ soms al drie generaties bij het ‘wij’ horen.',
      body: 'Woord vooraf van Migratiemaatschappij.',
      tags: ['dv'],
      citations: [
        { source: KRUISPUNT, quote: 'praten mensen vooral over ‘wij’ versus ‘zij’. En vergeten ze dat ‘zij’ soms al drie generaties bij het ’wij’ horen.', paragraph: 16, start: 971, end: 1087 },
      ],
    },
    {
      key: 'dv-uit-de-boot',
      kind: 'EVIDENCE',
      title: 'Mensen met buitenlandse roots vallen opvallend vaker uit de boot in het onderwijs en op de arbeidsmarkt.',
      body: 'Woord vooraf van Migratiemaatschappij; de zin loopt verder met ‘in het onderwijs en op de arbeidsmarkt’.',
      tags: ['dv', 'ip'],
      citations: [
        { source: KRUISPUNT, quote: 'Anderzijds vallen mensen met vreemde roots opvallend vaker uit de boot in het', paragraph: 17, start: 1088, end: 1166 },
      ],
    },

    {
      key: 'dv-bescherming',
      kind: 'CLAIM',
      title: 'De groep biedt het individu bescherming.',
      body: 'PRO, het tweede mechanisme achter het gebrek aan draagvlak.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'De groep biedt bescherming aan het individu.', paragraph: 9, start: 1198, end: 1242 },
      ],
    },
    {
      key: 'dv-opoffering',
      kind: 'CLAIM',
      title: 'Lidmaatschap van de groep vraagt van het individu een zekere opoffering, ten voordele van de groep of in ruil voor wat de groep hem biedt.',
      body: 'PRO, het derde mechanisme. Daaronder ook: de groep kent een optimale grootte – te klein biedt geen veiligheid, te groot geeft anonimiteit en afstand.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'eist een zeker niveau van opoffering van het individu', paragraph: 9, start: 1275, end: 1328 },
      ],
    },
    {
      key: 'dv-samenleving',
      kind: 'CLAIM',
      title: 'Een samenleving kan enkel bestaan als ze goede, gemeenschappelijk gedragen overkoepelende afspraken en waarden deelt.',
      body: 'PRO, het vierde mechanisme.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'gemeenschappelijk gedragen ‘overkoepelende’ afspraken- en waardendeling', paragraph: 9, start: 1910, end: 1981 },
      ],
    },
    {
      key: 'dv-sterke-groep',
      kind: 'CLAIM',
      title: 'Elke groep verdedigt zich door zich als ‘sterke’ groep te tonen, en dat is bedreigend voor wie er niet toe behoort.',
      body: 'PRO, het vijfde mechanisme.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'verdedigt zich door zich te manifesteren als ‘sterke’ groep', paragraph: 9, start: 2001, end: 2060 },
      ],
    },
    {
      key: 'dv-uitwisseling',
      kind: 'CLAIM',
      title: 'Interculturele uitwisseling is noodzakelijk voor wederzijds begrip en pacificatie.',
      body: 'PRO, het zesde mechanisme.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'Interculturele uitwisseling is noodzakelijk voor wederzijds begrip', paragraph: 9, start: 2132, end: 2198 },
      ],
    },
    {
      key: 'dv-percepties',
      kind: 'CLAIM',
      title: 'Ook associaties op basis van negatieve ervaringen en percepties liggen aan de basis van het gebrek aan draagvlak.',
      body: 'PRO, het achtste mechanisme; PRO werkt het niet verder uit.',
      tags: ['dv'],
      citations: [
        { source: PRO, quote: 'Associatie op basis van negatieve ervaringen en percepties', paragraph: 9, start: 2433, end: 2491 },
      ],
    },

    // ── VN- en EU-voorstellen (PRO, 004, met cijfers uit 002) ────────────────────────
    {
      key: 'vn-q',
      kind: 'QUESTION',
      title: 'Welke internationale en Europese hervormingen kunnen gedwongen migratie voorkomen en vrijwillige migratie beheersen?',
      tags: ['vn'],
      citations: [],
    },
    {
      key: 'vn-pact',
      kind: 'CLAIM',
      title: 'Het VN-migratiepact heeft geen internationaal draagvlak en helpt landen niet hun immigratie te verminderen, omdat het gedwongen migratie niet voorkomt.',
      body: 'PRO: het pact lijst terechte aanbevelingen op, maar biedt ook geen operationele oplossing tegen mensensmokkel of voor landen die afgewezen onderdanen niet terugnemen.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'een pact geschreven dat echter geen internationaal draagvlak heeft', paragraph: 14, start: 3392, end: 3458 },
        { source: PRO, quote: 'geen oplossing voor landen die de immigratie naar hun land willen verminderen', paragraph: 14, start: 3536, end: 3613 },
      ],
    },
    {
      key: 'vn-plicht',
      kind: 'CLAIM',
      title: 'Los van het draagvlak is het een morele plicht om gedwongen migratie te voorkomen.',
      tags: ['vn'],
      citations: [{ source: PRO, quote: 'onze morele plicht om gedwongen migratie te voorkomen', paragraph: 19, start: 4584, end: 4637 }],
    },
    {
      key: 'vn-veto',
      kind: 'PROPOSAL',
      title: 'Schaf het vetorecht in de VN-Veiligheidsraad af, zodat de VN kunnen tussenkomen in de conflicten die mensen op de vlucht drijven.',
      body: 'Onderdeel van PRO’s voorstel om ‘de VN te democratiseren en te versterken’.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: '1.1. Vetorecht in de VN-Veiligheidsraad afschaffen', paragraph: 21, start: 4705, end: 4755 },
      ],
    },
    {
      key: 'vn-veto-misbruik',
      kind: 'CLAIM',
      title: 'De oorzaken van gedwongen migratie hebben veel te maken met geopolitiek, en de grootmachten blokkeren met hun veto de nodige militaire tussenkomsten van de VN.',
      body: 'PRO: zo kunnen Rusland en de VS ongestoord het Midden-Oosten destabiliseren, en draagt Europa de gevolgen, de vluchtelingenstroom.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'hebben veel te maken met geopolitiek', paragraph: 22, start: 4827, end: 4863 },
        { source: PRO, quote: 'blokkeren zo de nodige militaire tussenkomsten', paragraph: 15, start: 4147, end: 4193 },
      ],
    },
    {
      key: 'vn-frankrijk',
      kind: 'EVIDENCE',
      title: 'Frankrijk, sinds de brexit de enige EU-lidstaat met een veto in de Veiligheidsraad, gebruikt dat veto al lang niet meer.',
      body: 'PRO voegt eraan toe dat Frankrijk het veto wil afschaffen, zonder daarvoor een bron te geven.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'En Frankrijk gebruikt haar vetorecht al lang niet meer', paragraph: 23, start: 5047, end: 5101 },
      ],
    },
    {
      key: 'vn-spreiding',
      kind: 'PROPOSAL',
      title: 'Vang vluchtelingen op in hun eigen regio via een VN-spreidingsplan in plaats van een EU-spreidingsplan.',
      body: 'Bij voorkeur in een land met taal- en cultuurverwantschap.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'Opvang in de eigen regio: VN-spreidingsplan in plaats van EU-spreidingsplan', paragraph: 25, start: 5515, end: 5590 },
      ],
    },
    {
      key: 'vn-verantwoordelijkheid',
      kind: 'CLAIM',
      title: 'De opvang van oorlogsvluchtelingen is een morele verantwoordelijkheid van iedereen; een migratiepact vindt pas draagvlak als iedereen die opneemt.',
      tags: ['vn', 'dv'],
      citations: [
        { source: PRO, quote: 'is een morele verantwoordelijkheid van iedereen', paragraph: 26, start: 5640, end: 5687 },
        { source: PRO, quote: 'kan enkel draagvlak vinden als iedereen', paragraph: 26, start: 5730, end: 5769 },
      ],
    },
    {
      key: 'vn-minimumloon',
      kind: 'PROPOSAL',
      title: 'Voer een menswaardig Europees minimumloon in, zodat de EU voor al haar burgers een aantrekkelijke arbeidsmarkt schept.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'Een menswaardig minimumloon hoort daar bij.', paragraph: 29, start: 6295, end: 6338 },
      ],
    },
    {
      key: 'vn-lonen',
      kind: 'CLAIM',
      title: 'Veel EU-burgers migreren naar lidstaten met een aantrekkelijkere arbeidsmarkt, dus met betere lonen.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'met een aantrekkelijkere arbeidsmarkt, zeg maar betere lonen', paragraph: 29, start: 6054, end: 6114 },
      ],
    },
    {
      key: 'vn-waarborg',
      kind: 'PROPOSAL',
      title: 'Sta volgmigratie enkel toe mits een financiële waarborg van wie iemand wil laten overkomen, naar Canadees voorbeeld.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'volgmigratie toe te staan mits een financiële waarborg', paragraph: 33, start: 6567, end: 6621 },
      ],
    },
    {
      key: 'vn-greencards',
      kind: 'PROPOSAL',
      title: 'Organiseer arbeidsmigratie met een systeem van Green Cards.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'wil PRO een systeem van Green Cards invoeren', paragraph: 34, start: 6682, end: 6726 },
      ],
    },
    {
      key: 'vn-offshore',
      kind: 'PROPOSAL',
      title: 'Bied in de regio van herkomst offshore asielcentra aan, georganiseerd en gecontroleerd door de VN, naar Deens voorbeeld.',
      body: 'PRO: de VN moeten die centra organiseren en controleren, voor de veiligheid en het welzijn van de asielzoekers.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'offshore asielcentra aan te bieden, naar het voorbeeld van Denemarken', paragraph: 38, start: 7325, end: 7394 },
      ],
    },
    {
      key: 'vn-tochten',
      kind: 'EVIDENCE',
      title: 'Migranten maken gevaarlijke tochten naar West-Europa waaraan smokkelaars grof verdienen, en alleen de fysiek en financieel sterksten geraken er.',
      body: 'PRO noemt dat onrechtvaardig: niet iedere vluchteling heeft gelijke kansen. Het verdienmodel van de mensensmokkel moet volgens PRO aangepakt worden.',
      tags: ['vn'],
      citations: [
        { source: PRO, quote: 'enkel de fysiek en financieel sterkere mensen', paragraph: 36, start: 6914, end: 6959 },
      ],
    },
    {
      key: 'vn-arbeidstitels',
      kind: 'EVIDENCE',
      title: 'België geeft in vergelijking met de buurlanden relatief weinig eerste verblijfstitels aan niet-EU-onderdanen om te werken.',
      body: 'Vandenberghe (Migratiemaatschappij), op basis van Eurostat-cijfers voor 2011; de redenen moeten volgens haar nog bestudeerd worden.',
      tags: ['vn', 'mc'],
      citations: [
        { source: KRUISPUNT, quote: 'In vergelijking met de buurlanden (Figuur 1) levert België relatief weinig eerste verblijfstitels af aan niet-EU-onderdanen voor het motief', paragraph: 333, start: 23274, end: 23414 },
      ],
    },

    // ── Stadsburgerschap (Ay, 003, met cijfers uit 002) ─────────────────────────────
    {
      key: 'sb-q',
      kind: 'QUESTION',
      title: 'Welke rol moeten steden spelen in de integratie van migranten, en kan stadsburgerschap het nationale burgerschap vervangen?',
      tags: ['sb'],
      citations: [],
    },
    {
      key: 'sb-middelen',
      kind: 'PROPOSAL',
      title: 'Hevel financiële en administratieve bevoegdheden over naar de steden, zodat zij zelf werk maken van de integratie van migranten.',
      body: 'Deniz Ay: dat komt de hele bevolking ten goede.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'werk te maken van de integratie van migranten, komt de hele bevolking ten goede', paragraph: 14, start: 8399, end: 8478 },
        { source: AY, quote: 'Hierbij kunnen financiële en administratieve bevoegdheden van nationale/federale overheden naar het lokale niveau worden overgeheveld.', paragraph: 14, start: 8480, end: 8614 },
      ],
    },
    {
      key: 'sb-knooppunten',
      kind: 'CLAIM',
      title: 'Migratie is vooral een stedelijk fenomeen: steden zijn de knooppunten waar het integratietraject van migranten begint.',
      tags: ['sb'],
      citations: [{ source: AY, quote: 'Steden zijn voor de meeste migranten knooppunten. Daar begint hun integratietraject.', paragraph: 2, start: 598, end: 682 }],
    },
    {
      key: 'sb-vluchtelingen-steden',
      kind: 'EVIDENCE',
      title: '60 % van de vluchtelingen wereldwijd woont in steden, en 20 % van de internationale migranten in amper twintig wereldsteden.',
      tags: ['sb', 'mc'],
      citations: [
        { source: AY, quote: 'leeft 60 % van de vluchtelingen wereldwijd in steden. Maar liefst 20 % van de internationale migranten verblijft in amper twintig wereldsteden.', paragraph: 2, start: 184, end: 327 },
      ],
    },
    {
      key: 'sb-antwerpen-brussel',
      kind: 'EVIDENCE',
      title: 'In Antwerpen en Brussel heeft ongeveer de helft van de inwoners een migratieachtergrond.',
      body: 'Woord vooraf van Migratiemaatschappij (2014).',
      tags: ['sb', 'mc'],
      citations: [{ source: KRUISPUNT, quote: 'In Antwerpen en Brussel maken ze zowat de helft van de inwoners uit.', paragraph: 9, start: 501, end: 570 }],
    },
    {
      key: 'sb-schaal',
      kind: 'CLAIM',
      title: 'Op de schaal van de stad verloopt integratiebeleid efficiënter en effectiever dan het trage, bureaucratische nationale beleid.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'De schaal van de stad maakt integratie op een efficiënte en effectieve manier mogelijk.', paragraph: 10, start: 5170, end: 5257 },
        { source: AY, quote: 'Een integratieagenda op stadsniveau staat in schril contrast met het trage centrale, bureaucratische beleid van de overheid.', paragraph: 13, start: 7806, end: 7930 },
      ],
    },
    {
      key: 'sb-huisvesting',
      kind: 'CLAIM',
      title: 'Een nationaal huisvestingsbeleid verhelpt de woonproblemen van migranten nauwelijks; steden kennen hun woningmarkt en kunnen gericht helpen.',
      body: 'Ay noemt ‘community housing’ in steden in Canada en Australië en Italiaanse zelfbouwprojecten.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'Een nationaal huisvestingsbeleid kan in de praktijk nauwelijks iets verhelpen aan de huisvestingsproblemen van migranten.', paragraph: 10, start: 5743, end: 5864 },
        { source: AY, quote: 'Steden kunnen betaalbare en toegankelijke huisvesting aanbieden omdat ze de markt kennen', paragraph: 10, start: 5865, end: 5953 },
      ],
    },
    {
      key: 'sb-taal',
      kind: 'CLAIM',
      title: 'Onmiddellijke toegang tot taalopleiding is essentieel, en steden kunnen daar met vrijwilligers sneller mee starten dan de bureaucratie.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'Onmiddellijke toegang tot taalopleidingen is essentieel voor alle aspecten van integratie.', paragraph: 11, start: 6342, end: 6432 },
        { source: AY, quote: 'Steden zijn flexibel en kunnen lokale mogelijkheden en vrijwilligers benutten om snel met taalopleidingen te starten.', paragraph: 11, start: 6965, end: 7082 },
      ],
    },
    {
      key: 'sb-hispi',
      kind: 'EVIDENCE',
      title: 'De ngo Hispi in Düsseldorf zet sinds 2015 vrijwilligers in om migranten de taal te leren.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'Hispi is een lokale ngo die sinds 2015 vrijwilligers inschakelt om migranten te helpen bij het aanleren van de taal.', paragraph: 11, start: 6575, end: 6691 },
      ],
    },
    {
      key: 'sb-rechten',
      kind: 'CLAIM',
      title: 'Nationaal integratiebeleid deelt migranten in naar wettelijk statuut; een stedelijke aanpak kan afstappen van wettelijke beperkingen op rechten.',
      tags: ['sb', 'ip'],
      citations: [
        { source: AY, quote: 'Het integratiebeleid van nationale regeringen begint met het classificeren van migranten op basis van hun wettelijk statuut', paragraph: 13, start: 7931, end: 8054 },
        { source: AY, quote: 'Een gedecentraliseerde aanpak van integratie op niveau van steden laat toe om af te stappen van wettelijke beperkingen op bepaalde rechten.', paragraph: 13, start: 8124, end: 8263 },
      ],
    },
    {
      key: 'sb-belastingen',
      kind: 'CLAIM',
      title: 'Nieuwkomers met toegang tot taal- en beroepsopleiding gaan werken, betalen belastingen en dragen zo bij aan de stad.',
      tags: ['sb', 'dv'],
      citations: [
        { source: AY, quote: 'de stap naar de arbeidsmarkt zetten, betalen belastingen en leveren zo een bijdrage aan de stad', paragraph: 8, start: 4160, end: 4255 },
      ],
    },
    {
      key: 'sb-netwerken',
      kind: 'PROPOSAL',
      title: 'Geef stadsnetwerken meer macht, zodat steden samen nieuwe integratiestrategieën ontwikkelen en verspreiden.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'Die netwerken meer macht geven, is een eenvoudig stap om steden te helpen samenwerken', paragraph: 17, start: 10543, end: 10628 },
      ],
    },
    {
      key: 'sb-netwerken-resultaat',
      kind: 'EVIDENCE',
      title: 'Stadsnetwerken als het Intercultural Cities-programma, Eurocities en Welcoming America leveren innovatieve integratiestrategieën op.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'Stadsnetwerken kunnen opereren onder transnationale instellingen zoals het Intercultural Cities-programma (ICC) van de Raad van Europa', paragraph: 14, start: 8889, end: 9023 },
        { source: AY, quote: 'Een tastbaar resultaat van deze netwerken is het ontwikkelen en inzetten van innovatieve en progressieve strategieën voor integratie.', paragraph: 14, start: 9344, end: 9477 },
      ],
    },
    {
      key: 'sb-stadsburgerschap',
      kind: 'CLAIM',
      title: 'Integratie op stadsniveau zal burgerschap als lidmaatschap van een natiestaat uiteindelijk vervangen door stadsburgerschap, gebaseerd op wonen in de stad en mensenrechten.',
      body: 'Volgens Ay sluit zo’n stadsburgerschap beter aan bij de mondiale politiek en de toenemende mobiliteit van mensen.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'zal uiteindelijk het conventionele idee van burgerschap als lidmaatschap van een natiestaat doen verdwijnen', paragraph: 20, start: 12017, end: 12124 },
        { source: AY, quote: 'een nieuwe progressieve invulling van burgerschap die gebaseerd is op het bewonen van een bepaalde stad en bezield is door de rechten van de mens.', paragraph: 20, start: 12168, end: 12314 },
        { source: AY, quote: 'Zo’n stadsburgerschap sluit beter aan bij de hedendaagse mondiale politieke omstandigheden en de toenemende mobiliteit van mensen.', paragraph: 20, start: 12315, end: 12445 },
      ],
    },
    {
      key: 'sb-kiezers',
      kind: 'CLAIM',
      title: 'In een stad zijn politiek en praktijkveld veel makkelijker tot actie aan te zetten, omdat het bestuur dicht bij de kiezers staat.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'in een stad tot actie aan te sporen dan op nationaal niveau, omdat de overheid er veel dichter staat bij hun kiezers', paragraph: 18, start: 10988, end: 11104 },
      ],
    },
    {
      key: 'sb-struikelblok',
      kind: 'CLAIM',
      title: 'Het struikelblok is vaak niet geld, maar gebrek aan steun bij de bevolking en verzet van wie sociaaleconomische privileges heeft.',
      tags: ['dv', 'sb'],
      citations: [
        { source: AY, quote: 'Het struikelblok is vaak niet het gebrek aan financiële middelen, maar het gebrek aan steun van de bevolking', paragraph: 19, start: 11514, end: 11622 },
      ],
    },
    {
      key: 'sb-publieke-voordelen',
      kind: 'PROPOSAL',
      title: 'Laat beleidsmakers en middenveld het grote publiek informeren over de ‘publieke voordelen’ van doordachte integratiestrategieën.',
      tags: ['dv', 'sb'],
      citations: [
        { source: AY, quote: 'het grote publiek op de hoogte te brengen van de ‘publieke voordelen’ van goed doordachte integratiestrategieën', paragraph: 19, start: 11401, end: 11512 },
      ],
    },
    {
      key: 'sb-welkomst',
      kind: 'EVIDENCE',
      title: 'Heel wat Amerikaanse steden keuren welkomstprogramma’s en strategische integratieplannen goed met steun van beide partijen.',
      tags: ['dv', 'sb'],
      citations: [
        { source: AY, quote: 'keuren heel wat steden in de VS uitgebreide welkomstprogramma’s en strategische plannen met tweeledige steun goed', paragraph: 8, start: 4515, end: 4628 },
      ],
    },
    {
      key: 'sb-one-size',
      kind: 'CLAIM',
      title: 'Dé migrant bestaat niet: een integratiebeleid volgens ‘one size fits all’ werkt niet.',
      body: 'Woord vooraf van Migratiemaatschappij: ‘In tijden van superdiversiteit is één ding zeker: dé migrant of migrantengemeenschap bestaat niet’.',
      tags: ['sb'],
      citations: [
        { source: KRUISPUNT, quote: 'gemeenschap bestaat niet, en een ‘one-size-fits-all’ integratiebeleid werkt niet.', paragraph: 38, start: 2447, end: 2529 },
      ],
    },

    {
      key: 'sb-politiek',
      kind: 'CLAIM',
      title: 'Integratie heeft naast een sociale en een economische ook een politieke kant: ze opent voor migranten de deur naar vertegenwoordiging en deelname.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'Politieke integratie opent tot slot de deur voor migranten naar vertegenwoordiging', paragraph: 5, start: 2962, end: 3044 },
      ],
    },
    {
      key: 'sb-geboorteplaats',
      kind: 'CLAIM',
      title: 'In een echte democratie mogen geboorteplaats of herkomst van de ouders geen rol spelen in de kansen op werk, basisdiensten of politieke deelname.',
      tags: ['sb', 'ip'],
      citations: [
        { source: AY, quote: 'In een echte democratie mag de geboorteplaats of de herkomst van de ouders geen rol spelen in de kansen op de arbeidsmarkt', paragraph: 7, start: 3258, end: 3380 },
      ],
    },
    {
      key: 'sb-evaluatie',
      kind: 'CLAIM',
      title: 'Op stadsniveau zijn informatie en feedback over het beleid makkelijker te verzamelen, zodat steden hun integratiebeleid beter kunnen evalueren en opvolgen.',
      tags: ['sb'],
      citations: [
        { source: AY, quote: 'kunnen steden het integratiebeleid ook gemakkelijker evalueren en er beter toezicht op uitoefenen', paragraph: 12, start: 7293, end: 7390 },
      ],
    },
    {
      key: 'sb-tweerichting',
      kind: 'CLAIM',
      title: 'Sociale integratie is tweerichtingsverkeer tussen nieuwkomers en gastgemeenschappen: ze vergt dialoog, begrip en respect.',
      tags: ['sb', 'dv'],
      citations: [
        { source: AY, quote: 'Sociale integratie vergt dialoog, begrip en respect. Het is tweerichtingsverkeer', paragraph: 5, start: 2562, end: 2642 },
      ],
    },

    // ── Integratiepact en grondrechten (001, met Debruyne 000 en het interview in 002) ──
    {
      key: 'ip-q',
      kind: 'QUESTION',
      title: 'Wat is er nodig om de etnische kloof te dichten: rekenen op individuele veerkracht, of afdwingbare grondrechten en een overheid die handhaaft?',
      tags: ['ip'],
      citations: [],
    },
    {
      key: 'ip-kloof',
      kind: 'CLAIM',
      title: 'De etnische kloof in werk, onderwijs, verenigingsleven, zorg en woningbezit is in Vlaanderen reëel en hardnekkig.',
      body: 'De organisaties achter de kritiek op het Integratiepact erkennen de kloof, maar zoeken de oorzaak vooral in discriminatie.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'woningbezit en ga zo maar door is in Vlaanderen reëel en hardnekkig', paragraph: 1, start: 417, end: 484 },
      ],
    },
    {
      key: 'ip-discriminatie',
      kind: 'CLAIM',
      title: 'Racisme en discriminatie spelen een cruciale rol in de etnische kloof.',
      tags: ['ip', 'dv'],
      citations: [{ source: PACT, quote: 'maar racisme en discriminatie spelen een cruciale rol', paragraph: 1, start: 530, end: 583 }],
    },
    {
      key: 'ip-grondrechten',
      kind: 'PROPOSAL',
      title: 'Maak een uitgewerkt en afdwingbaar grondrechtenbeleid – wonen, werk, onderwijs – tot de basis van het integratiebeleid.',
      body: 'Volgens de organisaties is dat de ‘conditio sine qua non’ van een integratiepact, en heeft de overheid daarvoor de sleutels in handen.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'Het ontbreekt bovendien aan een degelijk uitgewerkt grondrechtenbeleid', paragraph: 1, start: 1477, end: 1547 },
        { source: PACT, quote: 'het is de overheid die de sleutels in handen heeft om structurele hefbomen te voorzien', paragraph: 1, start: 14249, end: 14335 },
      ],
    },
    {
      key: 'ip-praktijktesten',
      kind: 'PROPOSAL',
      title: 'Voer praktijktesten in, zodat gelijkheid geen woord maar vooral een praktijk wordt.',
      body: 'Volgens de organisaties strandt elk voorstel daartoe op politieke onwil.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'elk voorstel om praktijktesten te realiseren om van gelijkheid geen woord maar vooral een praktijk te maken', paragraph: 1, start: 1340, end: 1447 },
      ],
    },
    {
      key: 'ip-homans',
      kind: 'EVIDENCE',
      title: 'Minister Homans verwierp de voorstellen van het middenveld voor praktijktesten, controle en sancties; Vlaanderen weigerde lang praktijktesten door inspecties.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'Liesbeth Homans was inhoudelijk niet akkoord met de voorstellen van het middenveld, zoals praktijktesten', paragraph: 1, start: 3731, end: 3835 },
        { source: PACT, quote: 'de lange Vlaamse weigering voor praktijktesten door overheidsinspecties', paragraph: 1, start: 13851, end: 13922 },
      ],
    },
    {
      key: 'ip-overheid-afwezig',
      kind: 'CLAIM',
      title: 'De Vlaamse overheid ruilde haar trekkende rol in het integratiepact in voor quasi-afwezigheid.',
      body: 'De uitwerking van het pact werd aan een aparte vzw uitbesteed; ‘waar is die overheid in dit verhaal?’',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'De overheid ruilde haar directe trekkende rol in voor quasi afwezigheid', paragraph: 1, start: 4781, end: 4852 },
      ],
    },
    {
      key: 'ip-veerkracht-frame',
      kind: 'CLAIM',
      title: 'Overheid en pact leggen de verantwoordelijkheid bij de veerkracht van het individu in plaats van structureel tegen discriminatie op te treden.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'over de eigen verantwoordelijkheid, over de eigen veerkracht van het individu', paragraph: 1, start: 1157, end: 1234 },
        { source: PACT, quote: 'Het kernwoord van de finale analyse is ‘veerkracht’ van het individu.', paragraph: 1, start: 12517, end: 12586 },
      ],
    },
    {
      key: 'ip-veerkrachtig-systeem',
      kind: 'CLAIM',
      title: 'Een veerkrachtig systeem is niet de optelsom van veerkrachtige individuen, maar van beleidskeuzes die de grondrechten garanderen.',
      body: 'Rekenen op individuele veerkracht helpt niet zolang het systeem zelf burgers met migratieroots marginaliseert.',
      tags: ['ip', 'dv'],
      citations: [
        { source: PACT, quote: 'Een veerkrachtig systeem is echter niet de optelsom van vele veerkrachtige individuen', paragraph: 1, start: 12734, end: 12819 },
        { source: PACT, quote: 'het is de optelsom van beleidskeuzes die ervoor zorgt dat onze samenleving een crisis kan doorstaan', paragraph: 1, start: 12865, end: 12964 },
        { source: PACT, quote: 'er veert helemaal niets op als het systeem zelf burgers met migratieroots marginaliseert', paragraph: 1, start: 13238, end: 13326 },
      ],
    },
    {
      key: 'ip-besparingen',
      kind: 'EVIDENCE',
      title: 'Op het Agentschap Integratie en Inburgering werd enkel bespaard; zijn tekort zou in 2019 oplopen tot 12 miljoen euro.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'er werd tot nu toe enkel bespaard op het Agentschap Inburgering en Integratie', paragraph: 1, start: 7291, end: 7368 },
        { source: PACT, quote: 'een tekort van “enkele miljoenen euro” die in 2019 zou oplopen tot 12 miljoen euro', paragraph: 1, start: 7658, end: 7740 },
      ],
    },
    {
      key: 'ip-geen-grondrechten',
      kind: 'EVIDENCE',
      title: 'Grondrechten krijgen tot vandaag geen plaats in het structurele integratiebeleid, en ook niet in het integratiepact.',
      body: 'Vaststelling van de organisaties die aan de focusgroepen en werkmomenten van het pact deelnamen.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'de grondrechten tot op vandaag geen plaats hebben in een structureel integratiebeleid', paragraph: 1, start: 2772, end: 2857 },
      ],
    },
    {
      key: 'ip-discriminatie-grondrechten',
      kind: 'CLAIM',
      title: 'Discriminatie manifesteert zich bij uitstek op grondwettelijke rechten: het recht op een woning, een job en goede onderwijskansen.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'manifesteren zich immers bij uitstek op de rechten die voor elke burger van ons land gegarandeerd zijn in de grondwet', paragraph: 1, start: 2521, end: 2638 },
      ],
    },
    {
      key: 'ip-monitoring',
      kind: 'PROPOSAL',
      title: 'Monitor strak op grondrechten – discriminatie op de woningmarkt, aanwervingsprocedures – om te weten of de herkomstkloof dichtgaat.',
      body: '‘Een doelstelling die niet kan gemeten worden, kan ook niet gehaald worden.’',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'Om te weten of de herkomstkloof wordt gedicht en of er dus via deze nieuwe reguliere weg sprake is van ‘integratie’ is een strakke monitoring noodzakelijk.', paragraph: 1, start: 10064, end: 10219 },
        { source: PACT, quote: 'Een doelstelling die niet kan gemeten worden, kan ook niet gehaald worden', paragraph: 1, start: 9831, end: 9904 },
      ],
    },
    {
      key: 'ip-geen-monitoring',
      kind: 'EVIDENCE',
      title: 'Een omvattend monitoringssysteem ontbrak in 2018; het zou er pas tegen 2019 komen.',
      tags: ['ip'],
      citations: [{ source: PACT, quote: 'Tot op heden is er geen sprake van zo’n omvattend monitoringssysteem. Dat komt er pas tegen 2019.', paragraph: 1, start: 10422, end: 10519 }],
    },
    {
      key: 'ip-traject',
      kind: 'EVIDENCE',
      title: 'Over het verdere traject van migranten is nog te weinig bekend; longitudinale opvolging begint pas.',
      body: 'Vandenberghe (Migratiemaatschappij, 2014), over de Socio-Economische Monitoring van het Centrum en de FOD WASO.',
      tags: ['ip', 'mc'],
      citations: [
        { source: KRUISPUNT, quote: 'Tot hiertoe hebben we echter nog te weinig zicht op het verdere traject van migranten.', paragraph: 468, start: 32473, end: 32560 },
      ],
    },
    {
      key: 'ip-luchtkastelen',
      kind: 'CLAIM',
      title: 'Een ‘coalition of the willing’ die niet inzet op afdwingbare grondrechten en handhaving, eindigt in luchtkastelen.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'Want een ‘coalition of the willing’ mondt niet vanzelf uit in systeemverandering.', paragraph: 1, start: 14741, end: 14822 },
        { source: PACT, quote: 'een sterk handhavingsbeleid wordt toegepast, eindigt in het bouwen van luchtkastelen', paragraph: 1, start: 15490, end: 15574 },
      ],
    },
    {
      key: 'ov-zand',
      kind: 'CLAIM',
      title: 'Overheden strooien zelf zand in de integratiemachine, en het Vlaamse Turboplan lost dat niet zomaar op.',
      body: 'Debruyne: niet de nieuwkomers maar het beleid – VDAB, inburgering, opvang, gezinshereniging – hindert de integratie.',
      tags: ['ip', 'dv'],
      citations: [
        { source: DEBRUYNE, quote: 'Overheden strooien dus zélf zand in de integratiemachine.', paragraph: 14, start: 3286, end: 3343 },
      ],
    },
    {
      key: 'ov-vdab',
      kind: 'EVIDENCE',
      title: 'Volgens een audit kan de VDAB haar basisopdracht van arbeidsbemiddeling niet aan, en samenwerking met andere Vlaamse diensten ontbreekt volledig.',
      body: 'Audit van Deloitte en Roland Berger (2023) en OESO-rapport, geciteerd door Debruyne.',
      tags: ['ip'],
      citations: [
        { source: DEBRUYNE, quote: 'die aangeeft dat VDAB haar basisopdracht van arbeidsbemiddeling niet aankan', paragraph: 9, start: 1731, end: 1806 },
        { source: DEBRUYNE, quote: 'Er is een totaal gebrek aan samenwerking en geïntegreerde aanpak', paragraph: 10, start: 1954, end: 2018 },
      ],
    },
    {
      key: 'ov-duurzaam',
      kind: 'CLAIM',
      title: 'Integratietrajecten zijn niet duurzaam: nieuwkomers vinden sneller werk, maar na vijf à zes jaar blijkt die job vaak niet duurzaam.',
      tags: ['ip'],
      citations: [
        { source: DEBRUYNE, quote: 'De bestaande integratietrajecten zijn bovendien allerminst duurzaam.', paragraph: 12, start: 2478, end: 2546 },
        { source: DEBRUYNE, quote: 'zodra ze vijf of zes jaar in het land zijn, blijkt die tewerkstelling vaak niet duurzaam', paragraph: 12, start: 3170, end: 3258 },
      ],
    },
    {
      key: 'ov-carpentier',
      kind: 'EVIDENCE',
      title: 'De kans van nieuwkomers om uit het leefloon te stromen daalt niet naarmate ze langer bijstand krijgen: de bijstand is voor hen geen val.',
      body: 'Doctoraatsonderzoek van Sarah Carpentier (2016), geciteerd door Debruyne.',
      tags: ['ip', 'dv'],
      citations: [
        { source: DEBRUYNE, quote: 'Hun kans om uit te stromen uit het leefloon daalt niet naarmate zij langer een bijstandsuitkering krijgen', paragraph: 12, start: 2837, end: 2942 },
      ],
    },
    {
      key: 'ov-betalend',
      kind: 'EVIDENCE',
      title: 'Inburgering werd onder de Vlaamse regering betalend, met nieuwe drempels, ook voor EU-burgers die het traject vrijwillig volgden.',
      tags: ['ip'],
      citations: [
        { source: DEBRUYNE, quote: 'Het integratie en-inburgeringsbeleid werd onder deze Vlaamse regering trouwens opeens betalend.', paragraph: 15, start: 4230, end: 4325 },
      ],
    },
    {
      key: 'ov-opvangcrisis',
      kind: 'EVIDENCE',
      title: 'De permanente opvangcrisis maakt asielzoekers dakloos die anders al zouden kunnen werken.',
      tags: ['ip'],
      citations: [
        { source: DEBRUYNE, quote: 'De permanente opvangcrisis creëert dakloosheid voor asielzoekers', paragraph: 16, start: 4983, end: 5047 },
      ],
    },
    {
      key: 'ov-gezinsprocedure',
      kind: 'CLAIM',
      title: 'De complexe procedure voor gezinshereniging draagt bij aan gefnuikte onderwijs- en werktrajecten en aan jarenlange scheiding van gezinnen.',
      body: 'Debruyne, op basis van zijn kwalitatief onderzoek in ‘Gezinshereniging onder druk’ (epo, 2024).',
      tags: ['ip', 'wc'],
      citations: [
        { source: DEBRUYNE, quote: 'Die procedure draagt bij aan gefnuikte onderwijscarrières van jongeren', paragraph: 18, start: 6065, end: 6135 },
      ],
    },
    {
      key: 'ov-luchtspiegeling',
      kind: 'CLAIM',
      title: 'Legale migratietrajecten die in de feiten onhaalbaar zijn, zijn in de praktijk niet meer dan een luchtspiegeling.',
      tags: ['ip', 'vn'],
      citations: [
        { source: DEBRUYNE, quote: 'in de feiten onhaalbaar zijn, zijn ze in de praktijk niet meer dan een luchtspiegeling', paragraph: 18, start: 6479, end: 6565 },
      ],
    },
    {
      key: 'iv-kracht',
      kind: 'CLAIM',
      title: 'Mensen zonder wettig verblijf sterker maken – informatie, vaardigheden, netwerk, trots – helpt hen hun leven weer in handen te nemen.',
      body: 'Interview met María Arredondo en Sam Mampaey (integratiecentrum de8, Antwerpen) in Migratiemaatschappij: ‘Je trots mogen behouden is een basisrecht.’',
      tags: ['ip'],
      citations: [
        { source: KRUISPUNT, quote: 'We blijven informatie geven, maar we werken nu ook aan jezelf optillen', paragraph: 615, start: 40773, end: 40845 },
        { source: KRUISPUNT, quote: 'dus niet zozeer als slachtoffers maar vooral als sterke overlevers', paragraph: 682, start: 43117, end: 43184 },
        { source: KRUISPUNT, quote: 'Je trots mogen behouden is een basisrecht, vind ik.', paragraph: 718, start: 44346, end: 44399 },
      ],
    },
    {
      key: 'iv-de8',
      kind: 'EVIDENCE',
      title: 'Na de regularisatie van 2009 ontwikkelde het Antwerpse integratiecentrum de8 cursussen toekomstoriëntatie voor mensen zonder wettig verblijf.',
      tags: ['ip'],
      citations: [
        { source: KRUISPUNT, quote: 'Na de regularisatiecampagne van 2009 besloot de8 om een methodiek toekomstoriëntering uit te bouwen.', paragraph: 546, start: 38364, end: 38466 },
      ],
    },

    {
      key: 'ip-verstaatsing',
      kind: 'CLAIM',
      title: 'Met de verstaatsing van 2013 werd de integratiesector, ooit middenveld, aan banden gelegd, met als minder openlijk doel een sterkere politieke sturing.',
      body: 'Sindsdien heet de sector het Agentschap Integratie en Inburgering; volgens de organisaties kan het integratiepact daar niet los van worden gezien.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'De integratiesector werd aan banden gelegd.', paragraph: 1, start: 5996, end: 6039 },
        { source: PACT, quote: 'de volledige verstaatsing van een sector die als middenveld is gestart, zodat een sterkere politieke sturing mogelijk werd', paragraph: 1, start: 6590, end: 6712 },
      ],
    },
    {
      key: 'ip-horizontaal',
      kind: 'CLAIM',
      title: 'Van het Horizontaal Integratiebeleidsplan 2016-2019 zijn visie, werkzaamheden en opvolging onduidelijk: een beleid waarvan niemand weet waar het heen gaat.',
      body: 'Sinds de verstaatsing is het integratieluik ingekanteld in het reguliere beleid van de Vlaamse regering.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'het is een beleid waarvan we niet weten wat het moet doen en waar het heen gaat', paragraph: 1, start: 9983, end: 10062 },
      ],
    },
    {
      key: 'ip-losse-flodders',
      kind: 'CLAIM',
      title: 'Zolang het kader, de draagkracht van het agentschap en de opvolging van het beleidsplan onduidelijk blijven, dreigen de projecten van het pact losse flodders te worden.',
      tags: ['ip'],
      citations: [
        { source: PACT, quote: 'de kans groot dat de voorgestelde projecten eerder losse flodders zijn dan gerichte acties', paragraph: 1, start: 11203, end: 11293 },
      ],
    },
    {
      key: 'iv-q',
      kind: 'QUESTION',
      title: 'Wat kan integratiewerk betekenen voor mensen zonder wettig verblijf, als het beleid vooral op terugkeer inzet?',
      tags: ['ip'],
      citations: [],
    },
    {
      key: 'iv-terugkeer',
      kind: 'CLAIM',
      title: 'Toekomstoriëntatie strookt niet met een eenzijdige focus op terugkeer, maar is er een creatief antwoord op: mensen moeten zelf hun keuzes kunnen maken.',
      body: 'María Arredondo (de8) in Migratiemaatschappij; volgens Sam Mampaey overtuig je mensen ook niet zomaar om vrijwillig terug te keren.',
      tags: ['ip'],
      citations: [
        { source: KRUISPUNT, quote: 'niet helemaal strookt met een eenzijdige focus op terugkeer', paragraph: 738, start: 45024, end: 45084 },
        { source: KRUISPUNT, quote: 'Onze methodiek is een creatief antwoord op die focus.', paragraph: 740, start: 45087, end: 45141 },
      ],
    },
    {
      key: 'iv-hervorming',
      kind: 'EVIDENCE',
      title: 'Door de hervorming van de integratiesector werd de toekomst van het Antwerpse integratiecentrum de8 onduidelijk.',
      body: 'Sam Mampaey (de8) in Migratiemaatschappij (2014).',
      tags: ['ip'],
      citations: [
        { source: KRUISPUNT, quote: 'Door de hervorming van de integratiesector is de toekomst van het Antwerps integratiecentrum onduidelijk.', paragraph: 729, start: 44735, end: 44843 },
      ],
    },

    // ── Migratiecijfers (vooral Vandenberghe in 002, met Debruyne 000) ────────────────
    {
      key: 'mc-q',
      kind: 'QUESTION',
      title: 'Wat zeggen de cijfers over de omvang, de herkomst en de motieven van migratie naar België – en wat zeggen ze niet?',
      tags: ['mc'],
      citations: [],
    },
    {
      key: 'mc-bevolkingsgroei',
      kind: 'CLAIM',
      title: 'Migratie is de belangrijkste factor in de Belgische bevolkingsgroei en wordt volgens het Planbureau na 2045 zelfs de enige.',
      body: 'Vandenberghe, ‘Migratie becijferen: droge koek?’ (Migratiemaatschappij), op basis van de Bevolkingsvooruitzichten van het Federaal Planbureau.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'In de huidige bevolkingsgroei is migratie de belangrijkste factor.', paragraph: 105, start: 7250, end: 7316 },
        { source: KRUISPUNT, quote: 'een belangrijke factor voor de bevolkingsgroei, en na 2045 zelfs de enige factor', paragraph: 165, start: 11707, end: 11788 },
      ],
    },
    {
      key: 'mc-saldo-2011',
      kind: 'EVIDENCE',
      title: 'In 2011 kwamen 138.000 buitenlanders naar België en vertrokken er 66.000: een migratiesaldo van +72.000 voor vreemdelingen en +62.000 voor de hele bevolking.',
      body: 'Asielzoekers niet inbegrepen. Het verschil komt van de Belgen: hun saldo was negatief (–9.963), er vertrokken er meer dan er kwamen.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: '138.000 buitenlanders naar België, emigreerden er 66.000, en klokten we dus af op een saldo van +72.000 voor vreemdelingen en +62.000 voor de totale bevolking', paragraph: 435, start: 30059, end: 30219 },
      ],
    },
    {
      key: 'mc-europees',
      kind: 'CLAIM',
      title: 'Migratie naar België is in de eerste plaats Europese migratie: meer dan de helft van de buitenlanders en van wie als buitenlander geboren is, komt uit de EU.',
      tags: ['mc'],
      citations: [{ source: KRUISPUNT, quote: 'Meer dan de helft van die groepen zijn EU-onderdanen (bij geboorte).', paragraph: 430, start: 29771, end: 29840 }],
    },
    {
      key: 'mc-eu57',
      kind: 'EVIDENCE',
      title: 'In 2011 betrof 57 % van de immigraties in België EU-burgers, met een sterke toename uit de nieuwe lidstaten sinds 2004.',
      tags: ['mc', 'vn'],
      citations: [
        { source: KRUISPUNT, quote: 'Onderdanen van EU-lidstaten waren met 57 procent (N = 78.453) goed voor het grootste aandeel van de immigraties in België in 2011.', paragraph: 139, start: 9674, end: 9805 },
        { source: KRUISPUNT, quote: 'In het oog springt daarbij de grote toename sinds 2004 van de immigraties uit die nieuwe EU-lidstaten', paragraph: 143, start: 9988, end: 10090 },
      ],
    },
    {
      key: 'mc-afrika',
      kind: 'EVIDENCE',
      title: 'Van de immigraties naar België in 2011 kwam 17 % uit Afrika, vooral uit Marokko en Sub-Sahariaans Afrika.',
      body: 'Tegenover 57 % uit de EU.',
      tags: ['mc', 'dv'],
      citations: [{ source: KRUISPUNT, quote: 'De niet-Europese migraties zijn voornamelijk afkomstig uit Afrika (17 procent)', paragraph: 146, start: 10245, end: 10324 }],
    },
    {
      key: 'mc-gezin-motief',
      kind: 'CLAIM',
      title: 'Gezinsmigratie is het belangrijkste motief voor een eerste verblijfstitel van derdelanders in België en de buurlanden.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: '‘gezinsmigratie’ het belangrijkste motief is in België en de buurlanden om een eerste verblijfstitel aan derdelanders af te leveren', paragraph: 442, start: 30620, end: 30753 },
      ],
    },
    {
      key: 'mc-motieven',
      kind: 'EVIDENCE',
      title: 'Van de 60.085 eerste verblijfstitels voor derdelanders in 2011 was 42 % om familiale redenen en 6 % voor internationale bescherming.',
      tags: ['mc', 'vn'],
      citations: [
        { source: KRUISPUNT, quote: 'Voor 2011 leverde de DVZ in totaal 60.085 eerste verblijfstitels af aan derdelanders, om familiale redenen (42 procent)', paragraph: 236, start: 17015, end: 17135 },
        { source: KRUISPUNT, quote: 'internationale bescherming (6 procent), en tot slot ‘andere redenen’ (27 procent)', paragraph: 239, start: 17231, end: 17313 },
      ],
    },
    {
      key: 'mc-gezin-daling',
      kind: 'CLAIM',
      title: 'Rond de verstrenging van 2011 daalde het aantal titels voor gezinshereniging jaar na jaar, van 43.266 in 2009 tot 30.960 in 2012.',
      body: 'De daling begon al vóór de wetswijziging van 22 september 2011. De lopende tekst schrijft 30.096, een tikfout: Tabel 2 en de eigen uitsplitsing geven 30.960.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'Tussen 2009 en 2012 daalden de totale cijfers jaar na jaar: van 43.266 in 2009 tot 30.096 in 2012.', paragraph: 276, start: 19610, end: 19709 },
      ],
    },
    {
      key: 'mc-tabel',
      kind: 'EVIDENCE',
      title: 'Volgens Tabel 2 en de eigen uitsplitsing van de tekst was het totaal in 2012 30.960, niet 30.096.',
      body: '18.272 derdelanders + 12.688 EU-burgers = 30.960. Het getal 30.096 in de lopende tekst is wellicht een tikfout; de daling zelf blijft overeind.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'Belgen (art. 40ter) 17.086 15.002 11.965 7.870 Totaal 43.266 41.336 36.828 30.960', paragraph: 271, start: 19283, end: 19365 },
        { source: KRUISPUNT, quote: 'In 2012 kregen volgens die nationale data 18.272 derdelanders en 12.688 EU-burgers een titel op die basis.', paragraph: 277, start: 19710, end: 19817 },
      ],
    },
    {
      key: 'mc-belgen',
      kind: 'EVIDENCE',
      title: 'Tussen 2010 en 2012 daalden de gezinsherenigingen door Belgen, vaak met een migratieachtergrond, met bijna 50 %.',
      tags: ['mc', 'wc'],
      citations: [
        { source: KRUISPUNT, quote: 'tussen 2010 en 2012 is er een daling van bijna 50 procent gezinsherenigingen door Belgen.', paragraph: 284, start: 20202, end: 20292 },
      ],
    },
    {
      key: 'mc-planbureau',
      kind: 'EVIDENCE',
      title: 'Het Federaal Planbureau verwacht dat het migratiesaldo daalt van ongeveer 62.000 in 2011 tot 35.000 vanaf 2020 en 20.000 à 25.000 tussen 2030 en 2060.',
      body: 'Bevolkingsvooruitzichten 2012-2060 (mei 2013).',
      tags: ['mc', 'dv'],
      citations: [
        { source: KRUISPUNT, quote: 'om vanaf 2020 terug te vallen tot 35.000 en tussen 2030 en 2060 rond de 20.000 à 25.000 te bedragen.', paragraph: 159, start: 11250, end: 11351 },
      ],
    },
    {
      key: 'mc-voorspellen',
      kind: 'CLAIM',
      title: 'Migratieprognoses zijn onzeker: ze moesten al na korte tijd grondig worden bijgestuurd, dus voorzichtigheid is geboden.',
      body: 'In 1988 ging het Planbureau nog uit van nulmigratie en 5,7 miljoen inwoners in 2050.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'dat we voor ogen houden dat de toekomst voorspellen een buitengewoon moeilijk métier is', paragraph: 172, start: 12293, end: 12381 },
        { source: KRUISPUNT, quote: 'daar werd nog uitgegaan van de hypothese van de nulmigratie, waardoor ons land in 2050 5,7 miljoen inwoners zou tellen.', paragraph: 178, start: 12768, end: 12889 },
      ],
    },
    {
      key: 'mc-vergrijzing',
      kind: 'CLAIM',
      title: 'Migratie biedt een potentieel in de aanpak van de vergrijzing dat we veel beter moeten verzilveren.',
      tags: ['mc', 'dv'],
      citations: [
        { source: KRUISPUNT, quote: 'Het potentieel dat hierin schuilt, moeten we broodnodig beter verzilveren als element in de aanpak van de vergrijzing.', paragraph: 441, start: 30470, end: 30589 },
      ],
    },
    {
      key: 'mc-werkzaamheid',
      kind: 'EVIDENCE',
      title: 'De werkzaamheidsgraad van niet-EU-burgers is laag, wat het verzilveren van het potentieel van migratie tegen de vergrijzing een grote uitdaging maakt.',
      body: 'Eerste rapport van de Socio-Economische Monitoring (Centrum en FOD WASO, 2013), geciteerd door Vandenberghe.',
      tags: ['mc', 'dv'],
      citations: [
        { source: KRUISPUNT, quote: 'De huidige lage werkzaamheidsgraad van niet-EU burgers indachtig, is die uitdaging groot.', paragraph: 509, start: 35440, end: 35530 },
      ],
    },
    {
      key: 'mc-kritisch',
      kind: 'CLAIM',
      title: 'Migratiecijfers worden vaak misbruikt, en debatten steunen op stereotypes en uitvergrote verhalen: cijfers moeten kritisch gelezen worden.',
      tags: ['mc', 'dv'],
      citations: [
        { source: KRUISPUNT, quote: 'cijfers worden niet zelden bewust en onbewust misbruikt of mis gebruikt. Daarom moeten we ze kritisch benaderen', paragraph: 82, start: 5549, end: 5661 },
        { source: KRUISPUNT, quote: 'Intussen zijn publieke en politieke debatten vaak gebaseerd op veronderstellingen, stereotypes en vooral: op weinig feiten.', paragraph: 44, start: 2892, end: 3016 },
        { source: KRUISPUNT, quote: 'Het gevaar daarbij is dat bepaalde fenomenen worden uitvergroot en andere ondergesneeuwd raken. Perceptie en realiteit gaan dan hun eigen weg.', paragraph: 77, start: 5219, end: 5363 },
      ],
    },
    {
      key: 'mc-registratie',
      kind: 'PROPOSAL',
      title: 'Investeer in een betere registratie en analyse van migratiestromen, zodat migratiebeleid op feiten kan steunen.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'een warm pleidooi houden om te blijven inzetten op een betere registratie en analyse van de huidige migratiestromen', paragraph: 487, start: 33815, end: 33931 },
      ],
    },
    {
      key: 'mc-lacunes',
      kind: 'EVIDENCE',
      title: 'Over de motieven van EU-migranten, de grootste groep, is het minst bekend, en over onwettig verblijf bestaan geen volledige cijfers.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'Paradoxaal genoeg hebben we dus voor de grootste groep immigranten het minste informatie over de motieven', paragraph: 250, start: 17941, end: 18047 },
        { source: KRUISPUNT, quote: 'Per definitie hebben we geen gegevens die het geheel van de personen in onwettig verblijf in België of Vlaanderen omvatten', paragraph: 412, start: 28639, end: 28763 },
      ],
    },
    {
      key: 'mc-armoede',
      kind: 'CLAIM',
      title: 'De koppeling tussen migratie en stijgende armoede moet sterk gerelativeerd worden: migratie verklaart maar een klein deel van de armoede.',
      tags: ['mc', 'wc'],
      citations: [
        { source: DEBRUYNE, quote: 'De koppeling met stijgende armoedecijfers moet trouwens sterk gerelativeerd worden', paragraph: 25, start: 8835, end: 8917 },
        { source: DEBRUYNE, quote: 'Daarvan wordt dus maar een klein deel verklaard door de recente migratie', paragraph: 25, start: 9323, end: 9395 },
      ],
    },
    {
      key: 'mc-kuleuven',
      kind: 'EVIDENCE',
      title: 'Het Belgische armoedecijfer stond in 2019 even hoog als in 2005; zonder het hogere aandeel migranten was het 1,6 procentpunt gezakt.',
      body: 'Studie van De Smalen, Van Bavel en Van Lancker (KU Leuven) over 17 Europese landen, geciteerd door Debruyne. Het effect bestaat dus, maar is klein tegenover een armoedecijfer van ongeveer 15 procent.',
      tags: ['mc', 'wc'],
      citations: [
        { source: DEBRUYNE, quote: 'In België stond het armoedecijfer even hoog in 2019 als in 2005. Maar zonder het hogere aandeel migranten zou het armoedecijfer met 1,6 procentpunt gezakt zijn.', paragraph: 25, start: 9106, end: 9266 },
      ],
    },
    {
      key: 'mc-asielzoekers',
      kind: 'CLAIM',
      title: 'Asielzoekers zijn een aparte groep: hun aantal schommelt sterk, en slechts een deel krijgt na de procedure een beschermingsstatus.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'slechts een deel krijgt na afloop een beschermingsstatus en de daaraan gekoppelde verblijfstitel', paragraph: 304, start: 21633, end: 21730 },
      ],
    },
    {
      key: 'mc-asiel',
      kind: 'EVIDENCE',
      title: 'Het aantal asielaanvragen zakte van 42.691 in 2000 tot 11.115 in 2007 en steeg daarna weer tot 25.479 in 2011.',
      body: 'Dossiers; in 2012 waren er 21.461 aanvragen voor 28.285 personen.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'is het aantal asielaanvragen jaar na jaar gezakt tot 11.115 in 2007. Vanaf 2008 is dat aantal opnieuw beginnen stijgen tot 25.479 aanvragen in 2011', paragraph: 289, start: 20553, end: 20702 },
      ],
    },
    {
      key: 'mc-erkenning',
      kind: 'EVIDENCE',
      title: 'In 2012 kregen 5.555 personen bescherming, in 22,5 % van de beslissingen, tegenover ongeveer een kwart in de hele EU.',
      body: 'Vandenberghe waarschuwt dat zulke vergelijkingen voorzichtig moeten gebeuren: een land met veel asielzoekers uit conflictregio’s erkent er meer.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'In 2012 werd aan 5555 personen bescherming verleend. Dat is in 22,5 procent van de beslissingen', paragraph: 305, start: 21732, end: 21829 },
      ],
    },
    {
      key: 'mc-regularisatie',
      kind: 'CLAIM',
      title: 'Humanitaire en medische regularisaties leveren een belangrijk aantal verblijfsvergunningen op: tussen 2005 en 2012 gemiddeld bijna 12.000 personen per jaar.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'in ieder geval wordt een belangrijk aantal verblijfsvergunningen om die redenen afgeleverd', paragraph: 383, start: 26922, end: 27013 },
        { source: KRUISPUNT, quote: 'Dat zijn gemiddeld bijna 12.000 personen per jaar.', paragraph: 386, start: 27136, end: 27186 },
      ],
    },
    {
      key: 'mc-regularisatie-2012',
      kind: 'EVIDENCE',
      title: 'Na een piek in 2010, in uitvoering van de regularisatiemaatregelen van 2009, was in 2012 nog maar 12 % van de beslissingen positief, tegenover 66 % in 2010.',
      tags: ['mc'],
      citations: [
        { source: KRUISPUNT, quote: 'In 2012 was 12 procent van de genomen beslissingen positief, tegenover 66 procent in 2010.', paragraph: 409, start: 28377, end: 28468 },
      ],
    },
    // @@NODES_END
  ],
  relations: [
    // Welvaartschauvinisme
    { key: 'r-wc-1', type: 'ANSWERS', from: 'wc-wit-publiek', to: 'wc-q' },
    { key: 'r-wc-2', type: 'ANSWERS', from: 'wc-migratiebeheer', to: 'wc-q' },
    { key: 'r-wc-3', type: 'ANSWERS', from: 'wc-achillespees', to: 'wc-q' },
    { key: 'r-wc-4', type: 'ANSWERS', from: 'wc-sociale-mobiliteit', to: 'wc-q' },
    { key: 'r-wc-5', type: 'SUPPORTS', from: 'wc-taal-buitenland', to: 'wc-migratiebeheer' },
    { key: 'r-wc-7', type: 'SUPPORTS', from: 'wc-gezinshereniging', to: 'wc-migratiebeheer' },
    { key: 'r-wc-8', type: 'SUPPORTS', from: 'wc-armoede', to: 'wc-migratiebeheer' },
    { key: 'r-wc-9', type: 'SUPPORTS', from: 'wc-grondwettelijk-hof', to: 'wc-migratiebeheer' },
    { key: 'r-wc-10', type: 'SUPPORTS', from: 'wc-migratiebeheer', to: 'wc-wit-publiek' },
    { key: 'r-wc-11', type: 'SUPPORTS', from: 'wc-wit-publiek', to: 'wc-achillespees' },
    { key: 'r-wc-12', type: 'SUPPORTS', from: 'wc-instroom-academy', to: 'wc-sociale-mobiliteit' },
    { key: 'r-wc-13', type: 'SUPPORTS', from: 'wc-onmisbaar', to: 'wc-sociale-mobiliteit' },
    // Draagvlak
    { key: 'r-dv-1', type: 'ANSWERS', from: 'dv-groepen', to: 'dv-q' },
    { key: 'r-dv-2', type: 'ANSWERS', from: 'dv-racisme', to: 'dv-q' },
    { key: 'r-dv-3', type: 'ANSWERS', from: 'dv-welvaart', to: 'dv-q' },
    { key: 'r-dv-4', type: 'ANSWERS', from: 'dv-demografie', to: 'dv-q' },
    { key: 'r-dv-5', type: 'ANSWERS', from: 'dv-slechte-integratie', to: 'dv-q' },
    { key: 'r-dv-6', type: 'ANSWERS', from: 'dv-zelf-kiezen', to: 'dv-q' },
    { key: 'r-dv-7', type: 'ANSWERS', from: 'dv-weerstand', to: 'dv-q' },
    { key: 'r-dv-8', type: 'ANSWERS', from: 'wc-achillespees', to: 'dv-q' },
    { key: 'r-dv-9', type: 'SUPPORTS', from: 'dv-cultuurregels', to: 'dv-groepen' },
    { key: 'r-dv-10', type: 'SUPPORTS', from: 'dv-verstekelingen', to: 'dv-welvaart' },
    { key: 'r-dv-11', type: 'SUPPORTS', from: 'dv-parallel', to: 'dv-slechte-integratie' },
    { key: 'r-dv-12', type: 'SUPPORTS', from: 'dv-uit-de-boot', to: 'dv-slechte-integratie', across: '002→004' },
    { key: 'r-dv-13', type: 'SUPPORTS', from: 'dv-peilingen', to: 'dv-zelf-kiezen' },
    { key: 'r-dv-15', type: 'REBUTS', from: 'dv-wij-zij', to: 'dv-cultuurregels', across: '002→004' },
    { key: 'r-dv-16', type: 'REBUTS', from: 'wc-onmisbaar', to: 'dv-welvaart', across: '000→004' },
    // VN- en EU-voorstellen
    { key: 'r-vn-1', type: 'ANSWERS', from: 'vn-veto', to: 'vn-q' },
    { key: 'r-vn-2', type: 'ANSWERS', from: 'vn-spreiding', to: 'vn-q' },
    { key: 'r-vn-3', type: 'ANSWERS', from: 'vn-minimumloon', to: 'vn-q' },
    { key: 'r-vn-4', type: 'ANSWERS', from: 'vn-waarborg', to: 'vn-q' },
    { key: 'r-vn-5', type: 'ANSWERS', from: 'vn-greencards', to: 'vn-q' },
    { key: 'r-vn-6', type: 'ANSWERS', from: 'vn-offshore', to: 'vn-q' },
    { key: 'r-vn-7', type: 'ANSWERS', from: 'dv-zelf-kiezen', to: 'vn-q' },
    { key: 'r-vn-8', type: 'SUPPORTS', from: 'vn-pact', to: 'vn-veto' },
    { key: 'r-vn-9', type: 'SUPPORTS', from: 'vn-plicht', to: 'vn-veto' },
    { key: 'r-vn-10', type: 'SUPPORTS', from: 'vn-veto-misbruik', to: 'vn-veto' },
    { key: 'r-vn-12', type: 'SUPPORTS', from: 'vn-frankrijk', to: 'vn-veto' },
    { key: 'r-vn-13', type: 'SUPPORTS', from: 'vn-verantwoordelijkheid', to: 'vn-spreiding' },
    { key: 'r-vn-14', type: 'SUPPORTS', from: 'vn-lonen', to: 'vn-minimumloon' },
    { key: 'r-vn-15', type: 'SUPPORTS', from: 'vn-tochten', to: 'vn-offshore' },
    { key: 'r-vn-16', type: 'SUPPORTS', from: 'vn-arbeidstitels', to: 'vn-greencards', across: '002→004' },
    { key: 'r-vn-17', type: 'SUPPORTS', from: 'vn-waarborg', to: 'dv-zelf-kiezen' },
    { key: 'r-vn-18', type: 'SUPPORTS', from: 'vn-greencards', to: 'dv-zelf-kiezen' },
    // Stadsburgerschap
    { key: 'r-sb-1', type: 'ANSWERS', from: 'sb-middelen', to: 'sb-q' },
    { key: 'r-sb-2', type: 'ANSWERS', from: 'sb-netwerken', to: 'sb-q' },
    { key: 'r-sb-3', type: 'ANSWERS', from: 'sb-stadsburgerschap', to: 'sb-q' },
    { key: 'r-sb-4', type: 'ANSWERS', from: 'sb-struikelblok', to: 'dv-q' },
    { key: 'r-sb-5', type: 'ANSWERS', from: 'sb-publieke-voordelen', to: 'dv-q' },
    { key: 'r-sb-6', type: 'SUPPORTS', from: 'sb-knooppunten', to: 'sb-middelen' },
    { key: 'r-sb-7', type: 'SUPPORTS', from: 'sb-knooppunten', to: 'sb-stadsburgerschap' },
    { key: 'r-sb-8', type: 'SUPPORTS', from: 'sb-vluchtelingen-steden', to: 'sb-knooppunten' },
    { key: 'r-sb-9', type: 'SUPPORTS', from: 'sb-antwerpen-brussel', to: 'sb-knooppunten', across: '002→003' },
    { key: 'r-sb-10', type: 'SUPPORTS', from: 'sb-schaal', to: 'sb-middelen' },
    { key: 'r-sb-11', type: 'SUPPORTS', from: 'sb-huisvesting', to: 'sb-schaal' },
    { key: 'r-sb-13', type: 'SUPPORTS', from: 'sb-taal', to: 'sb-schaal' },
    { key: 'r-sb-14', type: 'SUPPORTS', from: 'sb-hispi', to: 'sb-taal' },
    { key: 'r-sb-15', type: 'SUPPORTS', from: 'sb-rechten', to: 'sb-middelen' },
    { key: 'r-sb-16', type: 'SUPPORTS', from: 'sb-belastingen', to: 'sb-middelen' },
    { key: 'r-sb-17', type: 'SUPPORTS', from: 'sb-netwerken-resultaat', to: 'sb-netwerken' },
    { key: 'r-sb-20', type: 'SUPPORTS', from: 'sb-kiezers', to: 'sb-stadsburgerschap' },
    { key: 'r-sb-21', type: 'SUPPORTS', from: 'sb-welkomst', to: 'sb-publieke-voordelen' },
    { key: 'r-sb-22', type: 'SUPPORTS', from: 'sb-belastingen', to: 'sb-publieke-voordelen' },
    { key: 'r-sb-23', type: 'SUPPORTS', from: 'sb-one-size', to: 'sb-schaal', across: '002→003' },
    // the obstacle is often not money but public support: hence inform the public (Ay, one paragraph)
    { key: 'r-sb-24', type: 'SUPPORTS', from: 'sb-struikelblok', to: 'sb-publieke-voordelen' },
    { key: 'r-sb-25', type: 'REBUTS', from: 'sb-struikelblok', to: 'dv-groepen', across: '003→004' },
    { key: 'r-sb-26', type: 'REBUTS', from: 'sb-stadsburgerschap', to: 'dv-cultuurregels', across: '003→004' },
    // newcomers with training work and pay taxes: the freeloader mechanism does not fit them
    { key: 'r-sb-27', type: 'UNDERCUTS', from: 'sb-belastingen', to: 'r-dv-10', across: '003→004' },
    // Integratiepact en grondrechten
    { key: 'r-ip-1', type: 'ANSWERS', from: 'ip-discriminatie', to: 'ip-q' },
    { key: 'r-ip-2', type: 'ANSWERS', from: 'ip-grondrechten', to: 'ip-q' },
    { key: 'r-ip-3', type: 'ANSWERS', from: 'ip-praktijktesten', to: 'ip-q' },
    { key: 'r-ip-4', type: 'ANSWERS', from: 'ip-overheid-afwezig', to: 'ip-q' },
    { key: 'r-ip-5', type: 'ANSWERS', from: 'ip-monitoring', to: 'ip-q' },
    { key: 'r-ip-6', type: 'ANSWERS', from: 'ov-zand', to: 'ip-q' },
    { key: 'r-ip-7', type: 'ANSWERS', from: 'ov-zand', to: 'dv-q' },
    { key: 'r-ip-9', type: 'SUPPORTS', from: 'ip-kloof', to: 'ip-grondrechten' },
    { key: 'r-ip-10', type: 'SUPPORTS', from: 'ip-discriminatie', to: 'ip-grondrechten' },
    { key: 'r-ip-11', type: 'SUPPORTS', from: 'ip-discriminatie', to: 'ip-praktijktesten' },
    { key: 'r-ip-12', type: 'SUPPORTS', from: 'ip-homans', to: 'ip-overheid-afwezig' },
    { key: 'r-ip-13', type: 'SUPPORTS', from: 'ip-veerkracht-frame', to: 'ip-overheid-afwezig' },
    { key: 'r-ip-15', type: 'SUPPORTS', from: 'ip-besparingen', to: 'ip-overheid-afwezig' },
    { key: 'r-ip-16', type: 'SUPPORTS', from: 'ip-veerkrachtig-systeem', to: 'ip-grondrechten' },
    { key: 'r-ip-18', type: 'SUPPORTS', from: 'ip-geen-grondrechten', to: 'ip-grondrechten' },
    { key: 'r-ip-19', type: 'SUPPORTS', from: 'ip-discriminatie-grondrechten', to: 'ip-grondrechten' },
    { key: 'r-ip-20', type: 'SUPPORTS', from: 'ip-luchtkastelen', to: 'ip-grondrechten' },
    { key: 'r-ip-22', type: 'SUPPORTS', from: 'ip-geen-monitoring', to: 'ip-monitoring' },
    { key: 'r-ip-23', type: 'SUPPORTS', from: 'ip-traject', to: 'ip-monitoring', across: '002→001' },
    { key: 'r-ip-24', type: 'SUPPORTS', from: 'ov-vdab', to: 'ov-zand' },
    { key: 'r-ip-25', type: 'SUPPORTS', from: 'ov-duurzaam', to: 'ov-zand' },
    { key: 'r-ip-26', type: 'SUPPORTS', from: 'ov-betalend', to: 'ov-zand' },
    { key: 'r-ip-27', type: 'SUPPORTS', from: 'ov-opvangcrisis', to: 'ov-zand' },
    { key: 'r-ip-28', type: 'SUPPORTS', from: 'ov-gezinsprocedure', to: 'ov-zand' },
    { key: 'r-ip-29', type: 'SUPPORTS', from: 'ov-gezinsprocedure', to: 'ov-luchtspiegeling' },
    { key: 'r-ip-30', type: 'SUPPORTS', from: 'iv-de8', to: 'iv-kracht' },
    // across documents: the gap is real (001, 002), governments fail (000 with 001, 002)
    { key: 'r-ip-31', type: 'SUPPORTS', from: 'dv-uit-de-boot', to: 'ip-kloof', across: '002→001' },
    { key: 'r-ip-32', type: 'SUPPORTS', from: 'ip-kloof', to: 'dv-slechte-integratie', across: '001→004' },
    { key: 'r-ip-33', type: 'SUPPORTS', from: 'ip-besparingen', to: 'ov-zand', across: '001→000' },
    { key: 'r-ip-34', type: 'SUPPORTS', from: 'ov-zand', to: 'dv-weerstand', across: '000→002' },
    // 000 and 001 against PRO's reading of low support as 'bad integration'
    { key: 'r-ip-35', type: 'REBUTS', from: 'ov-zand', to: 'dv-slechte-integratie', across: '000→004' },
    { key: 'r-ip-37', type: 'REBUTS', from: 'ip-discriminatie', to: 'dv-slechte-integratie', across: '001→004' },
    { key: 'r-ip-40', type: 'REBUTS', from: 'ov-luchtspiegeling', to: 'vn-waarborg', across: '000→004' },
    { key: 'r-ip-41', type: 'REBUTS', from: 'ov-gezinsprocedure', to: 'vn-waarborg', across: '000→004' },
    // the gap in jobs and schooling may reflect discrimination, not 'bad integration'
    { key: 'r-ip-44', type: 'UNDERCUTS', from: 'ip-discriminatie-grondrechten', to: 'r-dv-12', across: '001→004' },
    // newcomers do not stay on welfare: the 'freeloader' premise does not apply to them
    { key: 'r-ip-45', type: 'UNDERCUTS', from: 'ov-carpentier', to: 'r-dv-10', across: '000→004' },
    // Migratiecijfers
    { key: 'r-mc-1', type: 'ANSWERS', from: 'mc-bevolkingsgroei', to: 'mc-q' },
    { key: 'r-mc-2', type: 'ANSWERS', from: 'mc-europees', to: 'mc-q' },
    { key: 'r-mc-3', type: 'ANSWERS', from: 'mc-gezin-motief', to: 'mc-q' },
    { key: 'r-mc-4', type: 'ANSWERS', from: 'mc-gezin-daling', to: 'mc-q' },
    { key: 'r-mc-5', type: 'ANSWERS', from: 'mc-kritisch', to: 'mc-q' },
    { key: 'r-mc-6', type: 'ANSWERS', from: 'mc-registratie', to: 'mc-q' },
    { key: 'r-mc-7', type: 'ANSWERS', from: 'mc-armoede', to: 'mc-q' },
    { key: 'r-mc-8', type: 'SUPPORTS', from: 'mc-saldo-2011', to: 'mc-bevolkingsgroei' },
    { key: 'r-mc-9', type: 'SUPPORTS', from: 'mc-eu57', to: 'mc-europees' },
    { key: 'r-mc-10', type: 'SUPPORTS', from: 'mc-motieven', to: 'mc-gezin-motief' },
    { key: 'r-mc-11', type: 'SUPPORTS', from: 'mc-belgen', to: 'mc-gezin-daling' },
    { key: 'r-mc-14', type: 'SUPPORTS', from: 'mc-lacunes', to: 'mc-registratie' },
    { key: 'r-mc-15', type: 'SUPPORTS', from: 'mc-kuleuven', to: 'mc-armoede' },
    // the table corrects the running text's typo and confirms the decline
    { key: 'r-mc-16', type: 'SUPPORTS', from: 'mc-tabel', to: 'mc-gezin-daling' },
    // the figures (002, 000) and the cities (003) in the debate on support and on PRO's proposals
    { key: 'r-mc-17', type: 'SUPPORTS', from: 'mc-bevolkingsgroei', to: 'dv-demografie', across: '002→004' },
    { key: 'r-mc-18', type: 'SUPPORTS', from: 'mc-eu57', to: 'vn-lonen', across: '002→004' },
    { key: 'r-mc-19', type: 'SUPPORTS', from: 'mc-werkzaamheid', to: 'dv-slechte-integratie', across: '002→004' },
    { key: 'r-mc-21', type: 'SUPPORTS', from: 'mc-belgen', to: 'ov-luchtspiegeling', across: '002→000' },
    { key: 'r-mc-22', type: 'REBUTS', from: 'mc-armoede', to: 'dv-welvaart', across: '000→004' },
    { key: 'r-mc-23', type: 'REBUTS', from: 'mc-vergrijzing', to: 'dv-welvaart', across: '002→004' },
    { key: 'r-mc-24', type: 'REBUTS', from: 'mc-afrika', to: 'dv-welvaart', across: '002→004' },
    // PRO gives no figures for parallel societies: a debate on few facts and stereotypes
    { key: 'r-mc-28', type: 'UNDERCUTS', from: 'mc-kritisch', to: 'r-dv-11', across: '002→004' },
    // the projection may hold, but projections have been wrong before (1988: zero migration)
    { key: 'r-mc-30', type: 'UNDERCUTS', from: 'mc-voorspellen', to: 'r-mc-35' },
    // the potential is real only if people find work
    { key: 'r-mc-31', type: 'UNDERCUTS', from: 'mc-werkzaamheid', to: 'r-mc-23', across: '002→004' },
    // ── added (issue 14): the missing arguments of each text
    // 000
    { key: 'r-wc-14', type: 'SUPPORTS', from: 'wc-groeipakket', to: 'wc-migratiebeheer' },
    { key: 'r-ip-46', type: 'ANSWERS', from: 'ov-praat-beleid', to: 'ip-q' },
    { key: 'r-ip-47', type: 'SUPPORTS', from: 'ov-zand', to: 'ov-praat-beleid' },
    { key: 'r-ip-48', type: 'SUPPORTS', from: 'ov-gezinsondersteuning', to: 'ov-zand' },
    // 001
    { key: 'r-ip-49', type: 'SUPPORTS', from: 'ip-horizontaal', to: 'ip-monitoring' },
    { key: 'r-ip-50', type: 'SUPPORTS', from: 'ip-horizontaal', to: 'ip-losse-flodders' },
    { key: 'r-ip-51', type: 'SUPPORTS', from: 'ip-besparingen', to: 'ip-losse-flodders' },
    { key: 'r-ip-52', type: 'SUPPORTS', from: 'ip-losse-flodders', to: 'ip-luchtkastelen' },
    // the state took the sector over and then cut it: one more grain of sand (001 with 000)
    { key: 'r-ip-53', type: 'SUPPORTS', from: 'ip-verstaatsing', to: 'ov-zand', across: '001→000' },
    // 002: the de8 interview answers a question of its own, not the one on the ethnic gap
    { key: 'r-iv-1', type: 'ANSWERS', from: 'iv-kracht', to: 'iv-q' },
    { key: 'r-iv-2', type: 'ANSWERS', from: 'iv-terugkeer', to: 'iv-q' },
    { key: 'r-iv-3', type: 'SUPPORTS', from: 'iv-de8', to: 'iv-terugkeer' },
    // the reform of the integration sector seen from an Antwerp centre (002 with 001)
    { key: 'r-iv-4', type: 'SUPPORTS', from: 'iv-hervorming', to: 'ip-verstaatsing', across: '002→001' },
    { key: 'r-mc-36', type: 'ANSWERS', from: 'mc-asielzoekers', to: 'mc-q' },
    { key: 'r-mc-37', type: 'SUPPORTS', from: 'mc-asiel', to: 'mc-asielzoekers' },
    { key: 'r-mc-38', type: 'SUPPORTS', from: 'mc-erkenning', to: 'mc-asielzoekers' },
    { key: 'r-mc-39', type: 'ANSWERS', from: 'mc-regularisatie', to: 'mc-q' },
    { key: 'r-mc-40', type: 'SUPPORTS', from: 'mc-regularisatie-2012', to: 'mc-regularisatie' },
    // the same projection that lowers the balance keeps migration the main factor of growth
    { key: 'r-mc-35', type: 'SUPPORTS', from: 'mc-planbureau', to: 'mc-bevolkingsgroei' },
    { key: 'r-mc-32', type: 'SUPPORTS', from: 'mc-voorspellen', to: 'mc-kritisch' },
    // debates on few facts: the figures lack the motives of the largest group and irregular stay
    { key: 'r-mc-33', type: 'SUPPORTS', from: 'mc-lacunes', to: 'mc-kritisch' },
    // the figures show how many EU citizens come, not why: their motives are the least known
    { key: 'r-mc-34', type: 'UNDERCUTS', from: 'mc-lacunes', to: 'r-mc-18', across: '002→004' },
    // 002 on perception and reality, for PRO's eighth mechanism
    { key: 'r-mc-41', type: 'SUPPORTS', from: 'mc-kritisch', to: 'dv-percepties', across: '002→004' },
    // 003
    { key: 'r-sb-28', type: 'SUPPORTS', from: 'sb-politiek', to: 'sb-stadsburgerschap' },
    { key: 'r-sb-29', type: 'SUPPORTS', from: 'sb-geboorteplaats', to: 'sb-stadsburgerschap' },
    { key: 'r-sb-30', type: 'SUPPORTS', from: 'sb-evaluatie', to: 'sb-schaal' },
    // equal chances whatever one's birthplace: Ay with the organisations of 001
    { key: 'r-sb-31', type: 'SUPPORTS', from: 'sb-geboorteplaats', to: 'ip-grondrechten', across: '003→001' },
    // integration goes both ways (003), as PRO's sixth mechanism asks; not one-way respect of rules
    { key: 'r-sb-32', type: 'SUPPORTS', from: 'sb-tweerichting', to: 'dv-uitwisseling', across: '003→004' },
    { key: 'r-sb-33', type: 'REBUTS', from: 'sb-tweerichting', to: 'dv-cultuurregels', across: '003→004' },
    // 004: its mechanisms 2–6 and 8
    { key: 'r-dv-17', type: 'SUPPORTS', from: 'dv-bescherming', to: 'dv-groepen' },
    { key: 'r-dv-18', type: 'SUPPORTS', from: 'dv-opoffering', to: 'dv-groepen' },
    { key: 'r-dv-19', type: 'SUPPORTS', from: 'dv-verstekelingen', to: 'dv-opoffering' },
    { key: 'r-dv-20', type: 'SUPPORTS', from: 'dv-samenleving', to: 'dv-cultuurregels' },
    { key: 'r-dv-21', type: 'SUPPORTS', from: 'dv-sterke-groep', to: 'dv-groepen' },
    { key: 'r-dv-22', type: 'ANSWERS', from: 'dv-uitwisseling', to: 'dv-q' },
    { key: 'r-dv-23', type: 'ANSWERS', from: 'dv-percepties', to: 'dv-q' },
    // ── 004 answers the others (issue 14: the disagreement both ways)
    // membership by residence and human rights (003) against a society that rests on shared overarching values
    { key: 'r-dv-24', type: 'REBUTS', from: 'dv-samenleving', to: 'sb-stadsburgerschap', across: '004→003' },
    // a large part of the public wants less immigration: firm positions are not what drives voters away (000)
    { key: 'r-dv-25', type: 'REBUTS', from: 'dv-peilingen', to: 'wc-achillespees', across: '004→000' },
    // the burden on the newcomer (respect the rules) against the burden on the system (rights first, 001)
    { key: 'r-dv-26', type: 'REBUTS', from: 'dv-cultuurregels', to: 'ip-grondrechten', across: '004→001' },
    // reciprocity is what membership of a group asks, not an exclusion discourse (000)
    { key: 'r-dv-27', type: 'REBUTS', from: 'dv-opoffering', to: 'wc-wit-publiek', across: '004→000' },
    // growth is a burden (004) against growth as an answer to ageing (002)
    { key: 'r-dv-28', type: 'REBUTS', from: 'dv-demografie', to: 'mc-vergrijzing', across: '004→002' },
    // @@RELATIONS_END
  ],
};
