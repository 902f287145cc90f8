import { defineSite } from './src/schemas/site-config.ts';

/**
 * The site configuration. Another network runs its own archive by changing this file and
 * the `content/` folder; see the README for each field.
 */
export default defineSite({
  url: 'https://annals.example.org',
  // '/archive/' when the site lives in a folder (https://network.github.io/archive/); on
  // GitHub Pages the publishing workflow sets both from the repository (ANNALS_URL, ANNALS_BASE).
  base: '/',
  title: {
    en: 'Learning Cities Archive',
    fr: 'Archives des villes apprenantes',
    es: 'Archivo de las ciudades del aprendizaje',
    ar: 'أرشيف مدن التعلم',
    zh: '学习型城市档案',
    ru: 'Архив обучающихся городов',
  },
  description: {
    en: 'Conferences, statements, awards and meetings of the learning cities network, each with its sources.',
    fr: 'Conférences, déclarations, prix et réunions du réseau des villes apprenantes, chacun avec ses sources.',
    es: 'Conferencias, declaraciones, premios y reuniones de la red de ciudades del aprendizaje, cada uno con sus fuentes.',
    ar: 'مؤتمرات شبكة مدن التعلم وإعلاناتها وجوائزها واجتماعاتها، مع مصادر كل منها.',
    zh: '学习型城市网络的会议、宣言、奖项和会议活动，每一项均注明来源。',
    ru: 'Конференции, декларации, премии и встречи сети обучающихся городов, с источниками каждой записи.',
  },
  defaultLocale: 'en',
  locales: [
    { code: 'en' },
    { code: 'fr' },
    { code: 'es' },
    { code: 'ar' },
    { code: 'zh', lang: 'zh-Hans' },
    { code: 'ru' },
  ],
  editUrl: 'https://github.com/annals-archive/annals/edit/main/',
  // The network's regions are UNESCO's five, not continents (Egypt, Morocco and Tunisia are
  // Arab States). Which country is in which: UNESCO Basic Texts, "Definition of regions with
  // a view to the execution by the Organization of regional activities", and the Member
  // States portal, https://www.unesco.org/en/member-states-portal/about. A country added to
  // the content is placed from the same list.
  // French names: UNESCO World Heritage Centre, https://whc.unesco.org/fr/287/ (Asie et
  // Pacifique) and https://whc.unesco.org/fr/activites/824/ (Amérique latine et Caraïbes);
  // États arabes and Europe et Amérique du Nord as French Wikipedia cites the General
  // Conference of 1974. Spanish: https://whc.unesco.org/es/lac. The other names wait for a
  // translator and show the English name until then. Africa is named like M49's area 002.
  regions: [
    { key: 'africa', m49: '002', countries: ['CI', 'CM', 'ET', 'GN', 'NG'] },
    {
      key: 'arab-states',
      name: { en: 'Arab States', fr: 'États arabes' },
      countries: ['EG', 'JO', 'MA', 'QA', 'SA', 'TN'],
    },
    {
      key: 'asia-pacific',
      aliases: ['asia'],
      name: { en: 'Asia and the Pacific', fr: 'Asie et Pacifique' },
      countries: ['AU', 'CN', 'ID', 'JP', 'KR', 'MY', 'PH', 'TH'],
    },
    {
      key: 'europe-north-america',
      aliases: ['europe'],
      name: { en: 'Europe and North America', fr: 'Europe et Amérique du Nord' },
      countries: ['DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'GR', 'HU', 'IE', 'PT', 'UA'],
    },
    {
      key: 'latin-america-caribbean',
      name: {
        en: 'Latin America and the Caribbean',
        fr: 'Amérique latine et Caraïbes',
        es: 'América Latina y el Caribe',
      },
      countries: ['AR', 'BR', 'CO', 'EC', 'MX', 'PY'],
    },
  ],
  // The United Nations' short names where they differ from Intl's, for countries of the
  // content: the UN Statistics Division's M49 list, https://unstats.un.org/unsd/methodology/m49/
  // ("the short form used in day-to-day operations of the United Nations", from UNTERM).
  // Names in the other languages wait for a sourced list; Intl's are shown until then.
  countryNames: {
    KR: { en: 'Republic of Korea' },
    GB: { en: 'United Kingdom of Great Britain and Northern Ireland' },
  },
  // No `dataLicense`: none of the archive's sources states a licence for its data, so the
  // data package names none. Set it once the network chooses one (see the README).
});
