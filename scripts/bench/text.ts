import type { PlaceName } from './places.ts';
import type { Random } from './random.ts';

/** The site's locales, default first: what the synthetic archive writes text in. */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
type Texts = Record<Locale, string>;

/** Themes events, statements and publications are about, in every locale. */
export const TOPICS: readonly Texts[] = [
  t(
    'learning cities',
    'les villes apprenantes',
    'las ciudades del aprendizaje',
    'مدن التعلم',
    '学习型城市',
    'обучающихся городах',
  ),
  t(
    'adult literacy',
    "l'alphabétisation des adultes",
    'la alfabetización de adultos',
    'محو أمية الكبار',
    '成人扫盲',
    'грамотности взрослых',
  ),
  t(
    'green skills',
    'les compétences vertes',
    'las competencias verdes',
    'المهارات الخضراء',
    '绿色技能',
    'зелёных навыках',
  ),
  t(
    'health and well-being',
    'la santé et le bien-être',
    'la salud y el bienestar',
    'الصحة والرفاه',
    '健康与福祉',
    'здоровье и благополучии',
  ),
  t(
    'digital inclusion',
    "l'inclusion numérique",
    'la inclusión digital',
    'الإدماج الرقمي',
    '数字包容',
    'цифровой инклюзии',
  ),
  t(
    'lifelong learning',
    "l'apprentissage tout au long de la vie",
    'el aprendizaje a lo largo de la vida',
    'التعلم مدى الحياة',
    '终身学习',
    'обучении в течение всей жизни',
  ),
  t(
    'citizenship education',
    "l'éducation à la citoyenneté",
    'la educación para la ciudadanía',
    'التربية على المواطنة',
    '公民教育',
    'гражданском образовании',
  ),
  t(
    'educational planning',
    "la planification de l'éducation",
    'la planificación de la educación',
    'التخطيط التربوي',
    '教育规划',
    'планировании образования',
  ),
];

/** Words that name each kind of event. */
export const EVENT_KINDS: Record<string, Texts> = {
  conference: t(
    'International Conference on',
    'Conférence internationale sur',
    'Conferencia internacional sobre',
    'المؤتمر الدولي حول',
    '国际会议：',
    'Международная конференция об',
  ),
  forum: t('Forum on', 'Forum sur', 'Foro sobre', 'منتدى حول', '论坛：', 'Форум об'),
  'regional-meeting': t(
    'Regional meeting on',
    'Réunion régionale sur',
    'Reunión regional sobre',
    'اجتماع إقليمي حول',
    '区域会议：',
    'Региональная встреча об',
  ),
  'cluster-meeting': t(
    'Cluster meeting on',
    'Réunion de groupe sur',
    'Reunión de grupo sobre',
    'اجتماع مجموعة حول',
    '专题组会议：',
    'Встреча кластера об',
  ),
  'expert-meeting': t(
    'Expert meeting on',
    "Réunion d'experts sur",
    'Reunión de expertos sobre',
    'اجتماع خبراء حول',
    '专家会议：',
    'Совещание экспертов об',
  ),
  workshop: t(
    'Workshop on',
    'Atelier sur',
    'Taller sobre',
    'ورشة عمل حول',
    '研讨班：',
    'Семинар об',
  ),
  webinar: t(
    'Webinar on',
    'Webinaire sur',
    'Seminario web sobre',
    'ندوة عبر الإنترنت حول',
    '网络研讨会：',
    'Вебинар об',
  ),
};

const SENTENCES: Record<Locale, readonly string[]> = {
  en: [
    'Delegations from {place} and partner cities met to compare what they had learnt about {topic}.',
    'The programme mixed plenary sessions, study visits and small working groups.',
    'Mayors, researchers and community educators spoke from their own practice.',
    'Participants agreed to share their plans through the network before the next meeting.',
    'A report on {topic} was presented and discussed at length.',
    'Several cities described how they reached people who had never taken part in adult learning.',
    'The organisers thanked {place} for its hospitality and its open libraries.',
    'Young people led one of the sessions and asked the mayors direct questions.',
  ],
  fr: [
    'Des délégations de {place} et des villes partenaires se sont réunies pour comparer leurs acquis sur {topic}.',
    'Le programme alternait séances plénières, visites d’étude et petits groupes de travail.',
    'Des maires, des chercheurs et des éducateurs ont parlé de leur propre pratique.',
    'Les participants ont convenu de partager leurs plans au sein du réseau avant la prochaine réunion.',
    'Un rapport sur {topic} a été présenté et longuement discuté.',
    'Les organisateurs ont remercié {place} pour son accueil et ses bibliothèques ouvertes.',
  ],
  es: [
    'Delegaciones de {place} y de ciudades asociadas se reunieron para comparar lo aprendido sobre {topic}.',
    'El programa combinó sesiones plenarias, visitas de estudio y pequeños grupos de trabajo.',
    'Alcaldes, investigadores y educadores comunitarios hablaron desde su propia práctica.',
    'Los participantes acordaron compartir sus planes en la red antes de la próxima reunión.',
    'Se presentó y se debatió ampliamente un informe sobre {topic}.',
    'Los organizadores agradecieron a {place} su hospitalidad y sus bibliotecas abiertas.',
  ],
  ar: [
    'اجتمعت وفود من {place} ومن المدن الشريكة لمقارنة ما تعلمته في مجال {topic}.',
    'جمع البرنامج بين الجلسات العامة والزيارات الدراسية ومجموعات العمل الصغيرة.',
    'تحدث رؤساء البلديات والباحثون والمربون عن تجاربهم الخاصة.',
    'اتفق المشاركون على تبادل خططهم عبر الشبكة قبل الاجتماع المقبل.',
    'قُدم تقرير عن {topic} ونوقش مطولاً.',
  ],
  zh: [
    '来自{place}和伙伴城市的代表团齐聚一堂，交流在{topic}方面的经验。',
    '会议议程包括全体会议、考察访问和小组讨论。',
    '市长、研究人员和社区教育工作者分享了各自的实践。',
    '与会者同意在下次会议前通过网络分享各自的计划。',
    '会上介绍并深入讨论了关于{topic}的报告。',
  ],
  ru: [
    'Делегации из города {place} и городов-партнёров встретились, чтобы обсудить опыт в {topic}.',
    'Программа сочетала пленарные заседания, ознакомительные визиты и рабочие группы.',
    'Мэры, исследователи и педагоги рассказали о собственной практике.',
    'Участники договорились поделиться своими планами в сети до следующей встречи.',
    'Был представлен и подробно обсуждён доклад о {topic}.',
  ],
};

const HEADINGS: Texts = t('Outcomes', 'Résultats', 'Resultados', 'النتائج', '成果', 'Итоги');

function t(en: string, fr: string, es: string, ar: string, zh: string, ru: string): Texts {
  return { en, fr, es, ar, zh, ru };
}

/** A place's name as a locale writes it: Latin script for en, fr and es. */
export function placeIn(place: PlaceName, locale: Locale): string {
  return locale === 'ar' || locale === 'zh' || locale === 'ru' ? place[locale] : place.latin;
}

/** A paragraph of three to five sentences about `topic` at `place`. */
function paragraph(random: Random, locale: Locale, topic: Texts, place: PlaceName): string {
  const sentences = Array.from({ length: random.int(3, 5) }, () =>
    random
      .pick(SENTENCES[locale])
      .replaceAll('{place}', placeIn(place, locale))
      .replaceAll('{topic}', topic[locale]),
  );
  return sentences.join(locale === 'zh' ? '' : ' ');
}

/**
 * A Markdown body of `paragraphs` paragraphs; longer ones get a heading, a list and a link,
 * as archive entries written from reports do.
 */
export function body(
  random: Random,
  locale: Locale,
  paragraphs: number,
  topic: Texts,
  place: PlaceName,
): string {
  const blocks = Array.from({ length: paragraphs }, () => paragraph(random, locale, topic, place));
  if (paragraphs >= 3) {
    blocks.splice(1, 0, `## ${HEADINGS[locale]}`);
    blocks.push(
      `- **${topic[locale]}**\n- [${placeIn(place, locale)}](https://example.org/${place.slug})`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}
