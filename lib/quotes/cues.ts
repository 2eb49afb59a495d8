// Words that attribute speech, per language: verbs of saying in every tense the press uses,
// prepositions that put the speaker after them ("according to"), pronouns, and the nouns that
// stand for an actor already named ("the company", "the statement").
import { SPEECH_VERBS_EN } from '../lang/en';
import { SPEECH_VERBS_ZH } from '../lang/zh';

export interface LangCues {
  /** Attribution verbs, lower case, one word each (multi-word cues are matched on their head). */
  verbs: Set<string>;
  /** Phrases after which the speaker follows ("according to Meta"), lower case, space separated. */
  sources: string[];
  male: Set<string>;
  female: Set<string>;
  plural: Set<string>;
  /** Words that may sit between subject and verb ("also", "has", "later"). */
  filler: Set<string>;
}

const set = (s: string) => new Set(s.split(/[\s|]+/).filter(Boolean));

const EN: LangCues = {
  verbs: new Set(SPEECH_VERBS_EN),
  sources: ['according to', 'in the words of', 'per'],
  male: set('he him his himself'),
  female: set('she her hers herself'),
  plural: set('they them their'),
  filler: set(
    'also later then has have had was were is are would will could once previously recently earlier further ' +
      'further simply flatly only just even still again first bluntly quickly frankly separately repeatedly ' +
      'publicly privately tearfully long already often',
  ),
};

const ES: LangCues = {
  verbs: set(
    'dijo dice decía afirmó afirma aseguró asegura señaló señala explicó explica declaró declara añadió añade agregó agrega ' +
      'indicó indica sostuvo sostiene manifestó manifiesta expresó expresa comentó comenta advirtió advierte subrayó subraya ' +
      'destacó destaca insistió insiste precisó precisa apuntó apunta reconoció reconoce respondió responde preguntó pregunta ' +
      'escribió escribe publicó publica contó cuenta relató relata admitió admite concluyó concluye remarcó remarca enfatizó ' +
      'enfatiza planteó plantea opinó opina consideró considera criticó critica denunció denuncia recordó recuerda anunció ' +
      'anuncia aclaró aclara confesó confiesa lamentó lamenta celebró celebra agregaba contestó contesta detalló detalla ' +
      'sentenció sentencia apuntaba dijeron afirmaron señalaron explicaron habló resumió resume ironizó reflexionó ' +
      'advirtieron insistieron sostuvieron aseguraron llamó llama calificó califica definió describió describe tildó tilda denominó',
  ),
  sources: ['según', 'de acuerdo con', 'en palabras de', 'para'],
  male: set('él'),
  female: set('ella'),
  plural: set('ellos ellas'),
  filler: set('también luego ya además ha había'),
};

const PT: LangCues = {
  verbs: set(
    'disse diz dizia afirmou afirma declarou declara explicou explica acrescentou acrescenta ressaltou ressalta destacou ' +
      'destaca comentou comenta escreveu escreve contou conta observou observa avaliou avalia defendeu defende completou ' +
      'completa argumentou argumenta alertou alerta informou informa questionou questiona garantiu garante afirmaram ' +
      'disseram relatou relata lembrou lembra reconheceu reconhece respondeu responde criticou critica apontou aponta ' +
      'concluiu conclui admitiu admite publicou publica falou fala disparou dispara opinou opina reforçou reforça ' +
      'ponderou pondera analisou analisa brincou brinca desabafou desabafa lamentou lamenta chamou classificou qualificou definiu descreveu concorda concordou',
  ),
  sources: ['segundo', 'de acordo com', 'conforme', 'para'],
  male: set('ele'),
  female: set('ela'),
  plural: set('eles elas'),
  filler: set('também ainda já depois'),
};

const FR: LangCues = {
  verbs: set(
    'dit déclaré déclare affirmé affirme expliqué explique ajouté ajoute estimé estime indiqué indique souligné souligne ' +
      'assuré assure précisé précise confié confie raconté raconte lancé lance répondu répond insisté insiste rappelé ' +
      'rappelle reconnu reconnaît reconnait annoncé annonce écrit écrivait martelé martèle regretté regrette dénoncé ' +
      'dénonce tweeté commenté commente averti avertit prévenu prévient jugé juge noté note poursuivi poursuit conclu ' +
      'conclut expliquait disait déclarait affirmait ajoutait glissé glisse résumé résume détaillé détaille qualifié qualifie décrit ' +
      'promis promet réagi réagit tranché tranche plaidé plaide fustigé fustige ironisé ironise soutenu soutient répété répète',
  ),
  sources: ['selon', "d'après", 'd’après', 'pour'],
  male: set('il lui'),
  female: set('elle'),
  plural: set('ils elles'),
  filler: set('a ont avait aussi encore également t'),
};

const DE: LangCues = {
  verbs: set(
    'sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint fügte fügt schrieb schreibt sprach ' +
      'spricht warnte warnt kritisierte kritisiert forderte fordert teilte teilt berichtete berichtet erzählte erzählt ' +
      'ergänzte ergänzt räumte räumt versicherte versichert antwortete antwortet so',
  ),
  sources: ['laut', 'nach angaben', 'zufolge'],
  male: set('er'),
  female: set('sie'),
  plural: set(''),
  filler: set('auch noch dann bereits hat hatte'),
};

const CS: LangCues = {
  verbs: set(
    'řekl řekla řekli říká říkají uvedl uvedla uvedli uvádí dodal dodala dodali dodává prohlásil prohlásila prohlašuje ' +
      'sdělil sdělila sdělili napsal napsala napsali píše vysvětlil vysvětlila vysvětluje upozornil upozornila upozorňuje ' +
      'zdůraznil zdůraznila zdůrazňuje konstatoval konstatovala poznamenal poznamenala potvrdil potvrdila tvrdí tvrdil ' +
      'tvrdila míní myslí hodnotí hodnotil hodnotila přidává přidal přidala pokračoval pokračovala varoval varovala ' +
      'kroutí svěřil svěřila doplnil doplnila odpověděl odpověděla označil označila nazval nazvala vidí souhlasí nesouhlasí',
  ),
  sources: ['podle', 'slovy'],
  male: set('on'),
  female: set('ona'),
  plural: set('oni'),
  filler: set('také ještě už se'),
};

const RU: LangCues = {
  verbs: set(
    'сказал сказала сказали говорит говорят говорил говорила заявил заявила заявили отметил отметила отметили добавил ' +
      'добавила добавили пояснил пояснила подчеркнул подчеркнула рассказал рассказала рассказали сообщил сообщила ' +
      'сообщили написал написала написали считает считают уверен уверена признался призналась признает признаёт ' +
      'утверждает утверждал утверждала заметил заметила объяснил объяснила ответил ответила делится поделилась поделился ' +
      'вспоминает вспоминал вспоминала продолжает продолжила продолжил пожаловалась пожаловался жалуется ' +
      'рассказывает объясняет отмечает добавляет уточнил уточнила подытожил подытожила назвал назвала',
  ),
  sources: ['по словам', 'по мнению', 'как сообщил', 'как заявил'],
  male: set('он его ему'),
  female: set('она ее её ей'),
  plural: set('они'),
  filler: set('также еще ещё уже'),
};

const IT: LangCues = {
  verbs: set(
    'detto dice diceva dicono dichiarato dichiara spiegato spiega aggiunto aggiunge affermato afferma sostenuto sostiene ' +
      'sottolineato sottolinea ribadito ribadisce osservato osserva commentato commenta scritto scrive raccontato racconta ' +
      'precisato precisa annunciato annuncia ammesso ammette avvertito avverte replicato replica risposto risponde ' +
      'evidenziato evidenzia concluso conclude definito definisce chiesto chiede confermato conferma denunciato denuncia ' +
      'spiegava aggiungeva affermava',
  ),
  sources: ['secondo', 'stando a', 'a detta di'],
  male: set('lui egli'),
  female: set('lei'),
  plural: set('loro'),
  filler: set('ha hanno aveva avevano anche poi già inoltre ancora'),
};

const PL: LangCues = {
  verbs: set(
    'powiedział powiedziała powiedzieli mówi mówił mówiła mówią stwierdził stwierdziła stwierdzili dodał dodała dodali ' +
      'podkreślił podkreśliła zaznaczył zaznaczyła wyjaśnił wyjaśniła wyjaśnia napisał napisała pisze ocenił oceniła ocenia ' +
      'przyznał przyznała przyznaje oświadczył oświadczyła zapowiedział zapowiedziała twierdzi twierdził twierdziła uważa ' +
      'przekonywał przekonywała zauważył zauważyła odpowiedział odpowiedziała poinformował poinformowała ostrzegł ostrzegła',
  ),
  sources: ['według', 'zdaniem', 'jak powiedział', 'jak podkreślił'],
  male: set('on'),
  female: set('ona'),
  plural: set('oni one'),
  filler: set('też także już jeszcze również'),
};

const NL: LangCues = {
  verbs: set(
    'zei zegt zeggen zeiden verklaarde verklaart stelde stelt schreef schrijft vertelde vertelt benadrukte benadrukt ' +
      'waarschuwde waarschuwt meldde meldt aldus reageerde reageert antwoordde antwoordt erkende erkent liet',
  ),
  sources: ['volgens', 'aldus'],
  male: set('hij'),
  female: set('zij'),
  plural: set(''),
  filler: set('ook nog al eerder later'),
};

const ZH_VERBS = [...SPEECH_VERBS_ZH];

export const ZH = {
  verbs: ZH_VERBS,
  male: ['他'],
  female: ['她'],
  sources: ['据', '根据'],
};

const CUES: Record<string, LangCues> = {
  en: EN,
  es: ES,
  pt: PT,
  fr: FR,
  de: DE,
  it: IT,
  pl: PL,
  nl: NL,
  cs: CS,
  sk: CS,
  ru: RU,
  uk: RU,
};

/** Cue words for a language; English ones always apply too, since quotes in English are common. */
export function cuesFor(lang: string | null): LangCues {
  const own = lang ? CUES[lang] : undefined;
  if (!own || own === EN) return EN;
  const merge = (a: Set<string>, b: Set<string>) => new Set([...a, ...b]);
  return {
    verbs: merge(own.verbs, EN.verbs),
    sources: [...own.sources, ...EN.sources],
    male: merge(own.male, EN.male),
    female: merge(own.female, EN.female),
    plural: merge(own.plural, EN.plural),
    filler: merge(own.filler, EN.filler),
  };
}

/** Whether the engine knows the language's verbs of speech (Chinese through its own rules). */
export function readsLanguage(lang: string | null): boolean {
  return !lang || lang in CUES || lang === 'zh' || lang === 'ja';
}

/** Unnamed sources: the speaker stays null and the quote is flagged anonymous. */
export const ANONYMOUS_HEAD = set(
  'a an one two three several some many other another senior top unnamed anonymous sources source officials official ' +
    'people person insider insiders aide aides analysts experts residents witnesses observers critics users user fans ' +
    'un una uno unos unas une des ein eine jeden jedna jeden někteří один одна',
);

/** Nouns for an organization already named ("the company said"). */
export const ORG_NOUNS = set(
  'company firm group ministry agency department organization organisation government administration club team network ' +
    'union commission council court police board party campaign office bank startup start-up retailer automaker carrier ' +
    'airline studio label publisher charity foundation institute university school hospital church embassy authority ' +
    'regulator lab laboratory service outlet platform maker giant brand association federation league coalition ' +
    'empresa compañía ministerio gobierno gobierno grupo entidad organización institución partido club equipo ' +
    'empresa companhia ministério governo grupo entidade ' +
    'entreprise société ministère gouvernement groupe parti ' +
    'firma unternehmen ministerium regierung ' +
    'společnost firma ministerstvo vláda klub ' +
    'компания министерство правительство ведомство',
);

/** Documents that speak for whoever issued them ("the statement read"). */
export const DOCUMENT_NOUNS = set(
  'statement letter release report filing complaint lawsuit memo email note post tweet message suit petition ' +
    'survey study poll analysis review essay op-ed column editorial interview ' +
    'comunicado carta declaración informe nota communiqué lettre rapport erklärung mitteilung prohlášení zpráva ' +
    'заявление письмо сообщение',
);

/** Nouns for someone who speaks for an organization. */
export const SPOKES_NOUNS = set(
  'spokesperson spokesman spokeswoman representative rep spokespeople spokesmen spokeswomen publicist ' +
    'portavoz vocero porta-voz porte-parole sprecher sprecherin mluvčí пресс-секретарь',
);

/** Gendered person nouns ("the actress said"). */
export const FEMALE_NOUNS = set(
  'actress woman mother wife daughter sister singer-songwriter queen princess girl grandmother congresswoman spokeswoman chairwoman businesswoman',
);
export const MALE_NOUNS = set(
  'actor man father husband son brother king prince boy grandfather congressman spokesman chairman businessman',
);

/** Nouns for a person already named ("the actress said", "бывшая супермодель"). */
export const PERSON_NOUNS = new Set(
  (
    'actress actor singer star player coach senator president minister mayor governor lawmaker ceo executive founder director ' +
    'author writer artist musician doctor scientist researcher professor lawyer attorney judge chef filmmaker rapper ' +
    'comedian model supermodel host skipper fisherman farmer teacher student nurse officer economist analyst chairman chairwoman officer woman man mother father wife husband ' +
    'daughter son congressman congresswoman striker midfielder defender goalkeeper manager boss leader premier chancellor ' +
    'adviser advisor aide strategist pollster columnist commentator journalist reporter correspondent anchor activist ' +
    'consultant organizer delegate candidate nominee ally operative lobbyist historian blogger supporter voter donor ' +
    'ministre président presidente ministro modelo actriz actor jugador entrenador ministr trenér модель актриса министр ' +
    'comandante técnico treinador jogador atacante presidenta diputado senador juez fiscal entraîneur joueur ministre ' +
    'trenér hráč útočník záložník obránce brankář předseda kouč superstar hvězda reprezentant ' +
    'супермодель певица певец'
  ).split(' '),
);
