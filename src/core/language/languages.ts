/**
 * The words Goodwill listens for, per language. Data, not code: add a
 * language by adding an entry (and its chrono-node locale in dates.ts).
 * Phrases match at the start of a list item ("Gave [[Alice]] …"), except in
 * languages whose verbs come last, where they match anywhere in the line.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'pt', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Vocabulary {
  /** Where the verb stands: at the start of the line, or anywhere (verb-final languages). */
  verbs: 'start' | 'anywhere';
  introduced: string[];
  referred: string[];
  give: string[];
  receipt: string[];
  ask: string[];
  promise: string[];
  thanks: string[];
  waitingOn: string[];
  oneToOne: string[];
  touch: string[];
  /** After a link at the start: "[[Eve]] promised …" is a promise made to me. */
  theyPromised: string[];
  /** Words before a deadline: "by Friday". */
  deadline: string[];
  /** The word before the giver in a receipt: "… from [[Bob]]". */
  from: string[];
  kinds: { introduction: string[]; lead: string[]; contact: string[]; information: string[] };
  /** A heading or bold label over the people a meeting note was with: "## Attendees", "**With:**". */
  attendeeHeadings: string[];
  /** How the vault's owner names themselves in an attendee list: never counted among the attendees. */
  me: string[];
}

export const VOCABULARIES: Record<Language, Vocabulary> = {
  en: {
    verbs: 'start',
    introduced: ['introduced'],
    referred: ['referred'],
    give: ['gave', 'sent', 'shared', 'passed on', 'forwarded'],
    receipt: ['got', 'received'],
    ask: ['asked'],
    promise: ['promised'],
    thanks: ['thanked'],
    waitingOn: ['waiting on', 'waiting for'],
    oneToOne: [
      '1-2-1 with',
      '1:1 with',
      '121 with',
      'one-to-one with',
      'one on one with',
      'coffee with',
      'lunch with',
      'net-walk with',
      'netwalk with',
      'net-walked with',
    ],
    touch: [
      'met',
      'called',
      'phoned',
      'rang',
      'emailed',
      'e-mailed',
      'messaged',
      'texted',
      'wrote to',
      'spoke to',
      'spoke with',
      'caught up with',
      'video call with',
      'call with',
    ],
    theyPromised: ['owes me', 'promised', 'will send', 'will introduce'],
    deadline: ['by', 'due', 'before', 'until', 'no later than'],
    from: ['from'],
    kinds: {
      introduction: ['intro', 'intros', 'introduction', 'introductions', 'introduced', 'referral', 'referrals', 'referred'],
      lead: ['lead', 'leads'],
      contact: ['contact', 'contacts'],
      information: ['info', 'information', 'article', 'articles', 'tip', 'tips'],
    },
    attendeeHeadings: ['attendees', 'participants', 'with'],
    me: ['me', 'myself'],
  },
  de: {
    verbs: 'start',
    introduced: ['vorgestellt', 'stellte vor', 'bekannt gemacht'],
    referred: ['empfohlen', 'weiterempfohlen'],
    give: ['gab', 'gegeben', 'schickte', 'geschickt', 'teilte', 'weitergeleitet'],
    receipt: ['bekam', 'bekommen', 'erhielt', 'erhalten'],
    ask: ['fragte', 'gefragt', 'bat'],
    promise: ['versprach', 'versprochen', 'zugesagt'],
    thanks: ['dankte', 'bedankt bei', 'gedankt'],
    waitingOn: ['warte auf'],
    oneToOne: ['1-2-1 mit', 'kaffee mit', 'mittagessen mit'],
    touch: ['traf', 'getroffen', 'rief an', 'angerufen', 'mailte', 'schrieb', 'telefonierte mit', 'sprach mit'],
    theyPromised: ['versprach', 'schuldet mir'],
    deadline: ['bis', 'bis zum', 'fällig', 'vor'],
    from: ['von'],
    kinds: {
      introduction: ['vorstellung', 'kontaktvermittlung', 'empfehlung', 'intro'],
      lead: ['lead', 'leads', 'auftrag', 'hinweis'],
      contact: ['kontakt', 'kontakte'],
      information: ['info', 'infos', 'artikel', 'tipp', 'tipps'],
    },
    attendeeHeadings: ['teilnehmer', 'teilnehmende', 'teilnehmerinnen', 'anwesend', 'anwesende', 'mit'],
    me: ['ich', 'mich'],
  },
  fr: {
    verbs: 'start',
    introduced: ['présenté', 'a présenté', 'mis en relation'],
    referred: ['recommandé', 'a recommandé'],
    give: ['a donné', 'donné', 'envoyé', 'a envoyé', 'partagé', 'transmis'],
    receipt: ['reçu', 'a reçu', 'obtenu'],
    ask: ['demandé', 'a demandé'],
    promise: ['promis', 'ai promis'],
    thanks: ['remercié', 'ai remercié'],
    waitingOn: ['en attente de', "j'attends"],
    oneToOne: ['café avec', 'déjeuner avec', 'tête-à-tête avec'],
    touch: ['rencontré', 'appelé', 'écrit à', 'parlé avec', 'eu au téléphone'],
    theyPromised: ['a promis', 'me doit'],
    deadline: ['avant', "d'ici", 'pour', "jusqu'à"],
    from: ['de', 'par'],
    kinds: {
      introduction: ['présentation', 'mise en relation', 'recommandation', 'intro'],
      lead: ['piste', 'pistes', 'lead', 'opportunité'],
      contact: ['contact', 'contacts'],
      information: ['info', 'infos', 'information', 'article', 'astuce'],
    },
    attendeeHeadings: ['participants', 'participantes', 'présents', 'présentes', 'avec'],
    me: ['moi'],
  },
  es: {
    verbs: 'start',
    introduced: ['presenté', 'presentó'],
    referred: ['recomendé', 'referí'],
    give: ['di', 'dio', 'envié', 'mandé', 'compartí'],
    receipt: ['recibí', 'obtuve', 'me dio'],
    ask: ['pregunté', 'pedí'],
    promise: ['prometí'],
    thanks: ['agradecí', 'di las gracias a'],
    waitingOn: ['esperando a', 'esperando de'],
    oneToOne: ['café con', 'almuerzo con', 'comida con'],
    touch: ['conocí', 'llamé', 'escribí a', 'hablé con', 'me reuní con'],
    theyPromised: ['prometió', 'me debe'],
    deadline: ['para', 'antes de', 'hasta'],
    from: ['de'],
    kinds: {
      introduction: ['presentación', 'recomendación', 'intro'],
      lead: ['oportunidad', 'lead', 'pista'],
      contact: ['contacto', 'contactos'],
      information: ['info', 'información', 'artículo', 'consejo'],
    },
    attendeeHeadings: ['asistentes', 'participantes', 'con'],
    me: ['yo'],
  },
  nl: {
    verbs: 'start',
    introduced: ['voorgesteld', 'stelde voor', 'in contact gebracht'],
    referred: ['doorverwezen', 'aanbevolen'],
    give: ['gaf', 'gegeven', 'stuurde', 'gestuurd', 'deelde'],
    receipt: ['kreeg', 'gekregen', 'ontving', 'ontvangen'],
    ask: ['vroeg', 'gevraagd'],
    promise: ['beloofd', 'beloofde'],
    thanks: ['bedankte', 'bedankt'],
    waitingOn: ['wacht op'],
    oneToOne: ['koffie met', 'lunch met', '1-op-1 met'],
    touch: ['ontmoette', 'ontmoet', 'belde', 'gebeld', 'mailde', 'sprak met', 'sprak'],
    theyPromised: ['beloofde', 'is me schuldig'],
    deadline: ['voor', 'uiterlijk', 'tegen'],
    from: ['van'],
    kinds: {
      introduction: ['introductie', 'voorstelling', 'aanbeveling', 'intro'],
      lead: ['lead', 'leads', 'kans'],
      contact: ['contact', 'contacten'],
      information: ['info', 'informatie', 'artikel', 'tip', 'tips'],
    },
    attendeeHeadings: ['deelnemers', 'aanwezigen', 'aanwezig', 'met'],
    me: ['ik', 'mij'],
  },
  pt: {
    verbs: 'start',
    introduced: ['apresentei', 'apresentou'],
    referred: ['indiquei', 'recomendei'],
    give: ['dei', 'enviei', 'mandei', 'partilhei', 'compartilhei'],
    receipt: ['recebi', 'consegui', 'ganhei'],
    ask: ['perguntei', 'pedi'],
    promise: ['prometi'],
    thanks: ['agradeci'],
    waitingOn: ['aguardando', 'esperando'],
    oneToOne: ['café com', 'almoço com'],
    touch: ['conheci', 'liguei', 'escrevi a', 'escrevi para', 'falei com', 'encontrei'],
    theyPromised: ['prometeu', 'me deve'],
    deadline: ['até', 'antes de', 'para'],
    from: ['de', 'do', 'da'],
    kinds: {
      introduction: ['apresentação', 'indicação', 'intro'],
      lead: ['oportunidade', 'lead', 'pista'],
      contact: ['contato', 'contacto', 'contatos'],
      information: ['info', 'informação', 'artigo', 'dica'],
    },
    attendeeHeadings: ['participantes', 'presentes', 'com'],
    me: ['eu'],
  },
  ja: {
    verbs: 'anywhere',
    introduced: ['を紹介した', 'に紹介した', '紹介した'],
    referred: ['を推薦した', '推薦した'],
    give: ['に送った', 'にあげた', 'に渡した', 'に共有した'],
    receipt: ['からもらった', 'から受け取った', 'から聞いた'],
    ask: ['に頼んだ', 'にお願いした', 'に聞いた'],
    promise: ['に約束した', '約束した'],
    thanks: ['にお礼を言った', 'に感謝した'],
    waitingOn: ['を待っている', '待ち'],
    oneToOne: ['とコーヒー', 'とランチ', 'と1on1'],
    touch: ['と会った', 'に会った', 'に電話した', 'にメールした', 'と話した'],
    theyPromised: ['が約束した', 'から約束'],
    deadline: ['まで', '期限'],
    from: ['から'],
    kinds: {
      introduction: ['紹介', '推薦'],
      lead: ['案件', 'リード'],
      contact: ['連絡先', 'コンタクト'],
      information: ['情報', '記事', 'ヒント'],
    },
    attendeeHeadings: ['参加者', '出席者'],
    me: ['私', '自分'],
  },
};
