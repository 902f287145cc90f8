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
});
