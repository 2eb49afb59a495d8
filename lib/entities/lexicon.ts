// Small hand-kept word lists the entity finder leans on. Kept short on purpose: each list only
// has to tip a decision (is this run a name, an organization, a title?), not to know the world.

import { isGermanPersonNoun } from '../lang/de';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Capitalised words that open sentences or headlines but never start a name on their own. */
export const STOP_WORDS = set(`
  a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up upon with within without
  about above across after against along amid among around before behind below beneath beside besides between beyond during
  except inside near since through throughout toward towards under underneath unlike until via while whereas though although
  because unless whether despite per also even just only still already again ever never not no yes
  i he she it we they you me him her us them my his its our their your this that these those there here
  who whom whose what which when where why how all any both each every few many more most much other some such
  several various numerous let let's please
  is are was were be been being am do does did done has have had having will would shall should can could may might must
  said says say told tells asked asks added adds according meanwhile however moreover furthermore instead indeed perhaps
  now today yesterday tomorrow tonight last next one two three four five six seven eight nine ten
  mr mrs ms dr prof sir madam
  share shares shared homepage home contact subscribe subscribed subscription newsletter newsletters advertisement advertising
  sponsored related read more watch video videos photo photos image images gallery comments comment login log sign register
  menu search skip close open follow like tweet email print copy link links click tap download app privacy terms cookies cookie
  policy notice copyright reserved rights breaking live updates update editor editors editorial opinion analysis
  sections section topics topic trending latest top stories story news home page pages index previous next back
  credit credits source sources getty afp ap reuters
  yes ok okay oh well someone somebody anyone anybody everyone everybody nobody whoever whatever whichever wherever
  others another either neither none nothing something everything anything
  later earlier maybe thus hence once soon often sometimes finally eventually recently currently previously initially
  together overall otherwise therefore nevertheless nonetheless unfortunately fortunately clearly obviously apparently
  especially meanwhile afterwards afterward ultimately certainly surely actually basically generally
  le la les un une des du de et ou mais en dans sur pour par avec sans il elle ils elles nous vous je
  el los las unos unas y o pero con sin por para del al su sus se lo es
  o os um uma e em no na nos nas ao aos pelo pela com sem seu sua
  depois após antes durante então ainda também já quando segundo conforme porém
  después antes durante entonces también cuando según tras además aunque mientras
  après avant pendant alors aussi selon quand lorsque cependant depuis
  ten ta to ti ty se na je v ve z ze a i k o u po pro při od do za
  před bez mezi kvůli proti nad pod ke když jak kde tak už také ještě který která které jeho její jejich tento tato toto tyto
  после перед когда если также уже его ее её их
`);

export const MONTHS_DAYS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
  lundi mardi mercredi jeudi vendredi samedi dimanche
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  lunes martes miércoles jueves viernes sábado domingo
  janeiro fevereiro março maio junho julho setembro outubro dezembro segunda terça quarta quinta sexta sábado
  leden únor březen duben květen červen červenec srpen září říjen listopad prosinec
  pondělí úterý středa čtvrtek pátek sobota neděle
  christmas easter thanksgiving halloween ramadan
`);

/** Words that, last in a capitalised run, make it an organization. */
export const ORG_SUFFIXES = set(`
  inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc ag sa gmbh lp llp group holdings partners
  association associates alliance federation foundation institute institution university college school academy
  council committee commission board bureau agency authority department ministry office service services chamber cooperative co-op
  party union league society club team trust fund bank bancorp capital securities investments investment ventures
  media news times post journal herald tribune gazette press network networks broadcasting records productions studios
  pictures entertainment labs laboratories technologies technology systems software platforms motors airlines airways
  hospital clinic center centre police court courts army navy force forces guard guards corps
  church mosque temple organization organisation organisations organizations coalition movement front
  congress parliament senate assembly legislature cabinet government administration
  market markets stores industries energy pharmaceuticals project projects program programme
  ministère ministerio ministério ministerstvo comisión comissão commission partido parti strana
  policie polícia policía
`);

/** Words that open an organization's name in Romance, Slavic and other languages ("Ministerio de…", "Unión Europea"). */
export const ORG_HEADS = set(`
  unión union união unie союз república république republika республика estado état státní sociedad société sociedade společnost
  partido parti strana партия ministerio ministère ministério ministerstvo министерство comisión commission comissão komise комиссия
  consejo conseil conselho rada совет instituto institut институт universidad université universidade univerzita университет
  banco banque banka банк asociación association associação sdružení ассоциация fundación fondation fundação nadace фонд
  gobierno gouvernement governo vláda правительство tribunal cour soud суд congreso congrès congresso kongres конгресс
  senado sénat senát сенат cámara chambre câmara sněmovna дума госдума policía police polícia policie полиция
  ejército armée exército armáda армия servicio servicios service serviço služba служба agencia agence agência agentura агентство
  organización organisation organização organizace организация federación fédération federação federace федерация
  confederación confédération confederação frente front fronta фронт movimiento mouvement movimento hnutí движение
  coordinadora resistencia comunidad communauté comunidade seleção selección club clube klub клуб
  departamento département oddělení департамент secretaría secretaria ministro corte supremo
  autorités autoridades autorità fondo fonds fundo
`);

/** Last words of public bodies' names besides the organization suffixes ("Customs and Border Protection"). */
export const ORG_TAILS = set(
  `protection enforcement security affairs development resources justice defense defence research education health welfare science sciences arts medicine immigration customs trade commerce labor labour industry transport transportation energy environment culture sports tourism finance treasury planning communications prevention control safety management technology`,
);

/** Last words of companies' and newspapers' names that no surname takes ("Whole Foods", "Evening Standard", "Disney Channel"). */
export const BODY_TAILS = set(`
  foods channel channels equities brands solutions consulting analytics advisors advisers strategies insights economics
  therapeutics biosciences logistics pharma standard observer chronicle telegraph courier examiner inquirer enquirer
  bulletin sentinel dispatch monitor
`);

/** Words that make an organization a government body. */
export const GOVERNMENT_WORDS = set(`
  government administration ministry ministère ministerio ministério ministerstvo department cabinet parliament congress senate
  assembly legislature kremlin state council commission agency bureau police army navy military court
  presidency house office
`);

/** Proper names of government seats used for the government itself. */
export const GOVERNMENT_NAMES = set(`
  white_house kremlin downing_street élysée elysée elysee pentagon quai_d'orsay zhongnanhai
  estado état etat stato staat
`);

/**
 * Words of a title or job that stand before a name ("Prime Minister X", "press secretary X") or in
 * an apposition after it. Lower case; matched case-insensitively.
 */
export const TITLE_WORDS = set(`
  president vice prime minister secretary chancellor premier governor gov gov. mayor senator sen sen. rep rep. representative congressman
  congresswoman councilor councillor councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman
  committeeman committeewoman
  speaker chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder cofounder director executive
  officer chief head leader spokesman spokeswoman spokesperson spokesperson spokespeople ambassador envoy commissioner
  attorney judge justice lawyer counsel general gen gen. lt lt. col col. colonel sergeant sgt captain capt lieutenant commander
  admiral marshal sheriff sherrif inspector superintendent supervisor detective constable officer agent
  king queen prince princess emperor pope cardinal bishop archbishop rabbi imam reverend rev rev.
  professor prof prof. dr dr. doctor economist analyst strategist researcher scientist editor correspondent reporter
  manager coach owner partner adviser advisor aide deputy assistant associate principal dean provost
  chairman president-elect ex-president ex ministre président presidente presidenta ministro ministra primer primeiro
  secrétaire secretario secretária jefe chef líder lider
  député porte-parole directeur directrice entraîneur sélectionneur juge avocat
  diputado senador senadora portavoz director directora entrenador técnico juez alcalde gobernador canciller
  deputado governador prefeito treinador técnico porta-voz juiz
  trenér ministr premiér prezident prezidentka předseda předsedkyně mluvčí ředitel ředitelka kapitán manažer soudce starosta
  президент министр премьер премьер-министр председатель глава директор спикер тренер губернатор мэр судья
  mr mr. mrs mrs. ms ms. sir dame lord lady mx
`);

/** Titles in other languages that stand before a name ("Bundeskanzler Olaf Scholz", "la ministra Tohá"). */
const FOREIGN_TITLES = set(`
  maire présidente ministra presidenta alcaldesa gobernadora secretaria diputada vocero vocera
  prefeita governadora deputada
  bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin bundespräsident bundespräsidentin ministerin
  bürgermeister bürgermeisterin oberbürgermeister sprecher sprecherin vorsitzende vorsitzender
  sindaco segretario
  burgemeester minister-president
  prezydent
`);
/** German compounds ending in a title ("Außenministerin", "Ministerpräsident", "Regierungssprecher"). */
const GERMAN_TITLE_TAIL =
  /^\p{L}{3,}(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|bürgermeister|bürgermeisterin|sprecher|sprecherin|vorsitzende|vorsitzender)$/u;

/** A title in another language than English, German compounds included (lower case). */
export const isForeignTitle = (lower: string): boolean =>
  FOREIGN_TITLES.has(lower) || GERMAN_TITLE_TAIL.test(lower) || (lower.length >= 9 && isGermanPersonNoun(lower));

/** Whether a lower-case word is a title word in any language the lists cover. */
export const isTitleWord = (lower: string): boolean => TITLE_WORDS.has(lower) || isForeignTitle(lower);

/** Honorifics: dropped from names ("Mr. Trump" is "Trump") but not roles on their own. */
export const HONORIFICS = set(
  `mr mr. mrs mrs. ms ms. mx dr dr. prof prof. sir dame lord lady monsieur madame mme mme. señor señora sr sr. sra sra. dona don pan paní`,
);

/** Plural capitalised nouns that name groups taking part ("Republicans", "Democrats"). */
export const GROUP_NAMES = set(`
  republicans democrats conservatives liberals progressives labour tories socialists communists greens independents
  libertarians loyalists nationalists separatists unionists royalists islamists jihadists rebels taliban houthis
  catholics protestants evangelicals muslims christians jews hindus sikhs buddhists mormons
  palestinians israelis ukrainians russians americans chinese europeans africans
  kurds māori maori mapuches dreamers
  français françaises américains espagnols allemands britanniques russes chinois kurdes palestiniens israéliens ukrainiens
  españoles argentinos mexicanos chilenos brasileños estadounidenses kurdos
  brasileiros portugueses americanos argentinos
  češi slováci američané rusové ukrajinci
`);

/**
 * Countries, regions and large cities: names that are places unless the article makes them act
 * ("China imposed tariffs"). Lower case, spaces as underscores.
 */
export const PLACES = set(`
  afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium bolivia
  bosnia brazil brasil bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus czechia
  czech_republic denmark ecuador egypt england estonia ethiopia finland france georgia germany ghana greece guatemala
  haiti honduras hungary iceland india indonesia iran iraq ireland israel italy italia japan jordan kazakhstan kenya
  korea north_korea south_korea kosovo kuwait latvia lebanon libya lithuania luxembourg malaysia mali malta mexico
  moldova mongolia montenegro morocco myanmar nepal netherlands new_zealand nicaragua niger nigeria norway oman pakistan
  palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda saudi_arabia scotland senegal
  serbia singapore slovakia slovenia somalia south_africa spain sri_lanka sudan sweden switzerland syria taiwan
  tajikistan tanzania thailand tunisia turkey türkiye uganda ukraine united_kingdom uk u.k. united_states us u.s. usa u.s.a.
  america uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe europe asia africa britain great_britain
  south_sudan angola chad eritrea laos liberia mozambique namibia sierra_leone turkmenistan kyrgyzstan belize jamaica
  costa_rica el_salvador dominican_republic pyongyang taipei damascus kabul islamabad caracas havana canberra
  east_asia middle_east latin_america north_america south_america
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
  kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
  new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania
  rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia wisconsin wyoming
  london paris berlin madrid rome moscow beijing shanghai tokyo seoul delhi new_delhi mumbai kyiv kiev washington
  brussels geneva vienna prague warsaw budapest athens lisbon dublin edinburgh glasgow barcelona milan amsterdam
  stockholm oslo copenhagen helsinki istanbul ankara cairo tehran baghdad jerusalem tel_aviv gaza dubai riyadh
  hong_kong singapore sydney melbourne toronto montreal vancouver ottawa chicago boston los_angeles san_francisco
  seattle miami atlanta dallas houston detroit philadelphia denver phoenix portland aberdeen aberdeenshire sacramento
  bay_area silicon_valley wall_street manhattan brooklyn calif fla mass wash minn ariz colo conn ill ind mich penn tenn
  hollywood nashville burbank munich stuttgart frankfurt hamburg lyon marseille zurich seoul
  francia españa alemania turquía canadá méxico brasil estados_unidos reino_unido nueva_zelanda
  allemagne espagne angleterre italie chine russie états-unis etats-unis
  estados_unidos alemanha espanha frança inglaterra
  česko německo anglie rusko
`);

/**
 * Countries, which act through a government of their own ("China imposed tariffs"): a listed one
 * is a government, not a setting. Lower case, spaces as underscores.
 */
export const COUNTRIES = set(`
  afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium bolivia
  bosnia brazil brasil britain great_britain bulgaria cambodia cameroon canada chile china colombia congo croatia cuba
  cyprus czechia czech_republic denmark ecuador egypt estonia ethiopia finland france georgia germany ghana greece
  guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy italia japan jordan kazakhstan
  kenya korea north_korea south_korea kosovo kuwait latvia lebanon libya lithuania luxembourg malaysia mali malta mexico
  moldova mongolia montenegro morocco myanmar nepal netherlands new_zealand nicaragua niger nigeria norway oman pakistan
  palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda saudi_arabia senegal serbia
  singapore slovakia slovenia somalia south_africa spain sri_lanka sudan south_sudan sweden switzerland syria taiwan
  tajikistan tanzania thailand tunisia turkey türkiye uganda ukraine united_kingdom uk u.k. united_states us u.s. usa
  u.s.a. america uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe angola chad eritrea laos liberia
  mozambique namibia sierra_leone turkmenistan kyrgyzstan belize jamaica costa_rica el_salvador dominican_republic
  francia españa alemania turquía canadá méxico estados_unidos reino_unido nueva_zelanda
  allemagne espagne angleterre italie chine russie états-unis etats-unis alemanha espanha frança
  česko německo rusko
`);

/**
 * A seat of government that stands for its country in the news ("Beijing retaliated", "Moscow
 * denied"): the same actor as the country, one entry. Keys as nameKey writes them, spaces kept.
 */
export const SEATS = new Map<string, string[]>([
  ['beijing', ['china']],
  ['moscow', ['russia']],
  ['kremlin', ['russia']],
  ['kyiv', ['ukraine']],
  ['kiev', ['ukraine']],
  ['tehran', ['iran']],
  ['pyongyang', ['north korea']],
  ['seoul', ['south korea']],
  ['tokyo', ['japan']],
  ['taipei', ['taiwan']],
  ['ankara', ['turkey']],
  ['damascus', ['syria']],
  ['baghdad', ['iraq']],
  ['kabul', ['afghanistan']],
  ['islamabad', ['pakistan']],
  ['new delhi', ['india']],
  ['riyadh', ['saudi arabia']],
  ['cairo', ['egypt']],
  ['caracas', ['venezuela']],
  ['havana', ['cuba']],
  ['ottawa', ['canada']],
  ['canberra', ['australia']],
  ['berlin', ['germany']],
  ['paris', ['france']],
  ['london', ['britain', 'united kingdom', 'uk']],
  ['downing street', ['britain', 'united kingdom', 'uk']],
  ['washington', ['united states', 'u.s.', 'us', 'america']],
  ['jerusalem', ['israel']],
  ['brussels', ['european union', 'eu']],
]);

/**
 * A people's adjective that, standing alone as an actor ("the Chinese"), is its country's ("China").
 * Plurals are left out: "Israelis" are the people, who may stand apart from their government.
 */
export const PEOPLES = new Map<string, string[]>([
  ['chinese', ['china']],
  ['russian', ['russia']],
  ['ukrainian', ['ukraine']],
  ['iranian', ['iran']],
  ['japanese', ['japan']],
  ['turkish', ['turkey']],
  ['syrian', ['syria']],
  ['israeli', ['israel']],
  ['german', ['germany']],
  ['french', ['france']],
  ['british', ['britain', 'united kingdom', 'uk']],
  ['american', ['united states', 'u.s.', 'us', 'america']],
  ['north korean', ['north korea']],
  ['south korean', ['south korea']],
  ['indian', ['india']],
  ['mexican', ['mexico']],
  ['canadian', ['canada']],
  ['saudi', ['saudi arabia']],
  ['venezuelan', ['venezuela']],
  ['cuban', ['cuba']],
]);

/** Last words of place names that are not in the list ("Bering Sea", "Orange County"). */
export const PLACE_WORDS = set(`
  harbour harbor sea seas island islands isle beach bay river lake lakes mountain mountains mount mt valley county city
  street st avenue ave road boulevard square park bridge coast peninsula gulf strait ocean wall room hall station airport
  locks canal desert forest falls springs heights hills province region district territory borough village town
  capital downtown shore cape glacier canyon trail plaza mall arena stadium tower towers building
`);
/** First words of place names ("San Diego", "North Manchester"). */
export const PLACE_HEADS = set(`san santa são sao fort port lake mount mt east north south upper lower los las el`);
/** Last words of things that do not act: works, events, laws, prizes. */
export const THING_WORDS = set(`
  award awards prize prizes festival conference summit games cup act bill report treaty agreement accord plan code law
  rule rules war wars day week month year season series show album song film movie book novel trilogy saga episode
  index survey study program programme collection edition tour championship championships olympics open
  trophy tournament marathon race track syndrome disease virus finals depression recession era
  jet jets aircraft airliner rocket spacecraft convention conventions
`);
/** First words that make a name a thing in head-first languages ("Copa Libertadores", "Coupe de France"). */
export const THING_HEADS = set(`copa taça coupe`);

/** Words after which a place is only where something happened. */
export const LOCATIVE_PREPOSITIONS = set(
  `in at from near across around throughout to into outside inside within en à dans de desde em na no v ve ze`,
);

/** Verbs of speech, stance, decision and action: their subject holds a position, and is an actor. */
export const STANCE_VERBS =
  'said|says|say|told|tells|argued|argues|argue|warned|warns|warn|urged|urges|urge|called|calls|call|demanded|demands|demand|' +
  'denied|denies|deny|insisted|insists|declined|declines|refused|refuses|rejected|rejects|accused|accuses|agreed|agrees|' +
  'approved|approves|blocked|blocks|imposed|imposes|launched|launches|signed|signs|decided|decides|voted|votes|wants|wanted|' +
  'plans|planned|believes|believed|believe|expects|expected|expect|hopes|hoped|welcomed|welcomes|criticized|criticizes|criticised|' +
  'criticises|condemned|condemns|opposed|opposes|oppose|supported|supports|support|backed|backs|responded|responds|confirmed|confirms|' +
  'acknowledged|acknowledges|admitted|admits|noted|notes|added|adds|wrote|writes|stated|states|explained|explains|described|' +
  'describes|pledged|pledges|promised|promises|threatened|threatens|asked|asks|ordered|orders|announced|announces|claimed|' +
  'claims|sued|sues|filed|files|apologized|apologised|apologizes|praised|praises|blamed|blames|recommended|recommends|advised|' +
  'advises|estimated|estimates|predicted|predicts|concluded|concludes|found|finds|published|publishes|completed|completes|' +
  'merged|intends|maintains|maintained|contends|contended|suggested|suggests|thinks|thought|sees|saw|considers|considered|fears|' +
  'feared|worries|worried|questioned|questions|dismissed|dismisses|defended|defends|vowed|vows|conceded|concedes|pleaded|pleads|' +
  'appealed|appeals|disputed|disputes|stressed|stresses|emphasized|emphasizes|pointed|points|insisted|cautioned|cautions|' +
  'recalled|recalls|acknowledged|accepted|accepts|announced|proposed|proposes|unveiled|unveils|took|takes|sold|sells|bought|' +
  'buys|acquired|acquires|cut|cuts|raised|raises|released|releases|reported|reports|declared|declares|pushed|pushes|' +
  'offered|offers|sought|seeks|hailed|hails|slammed|slams|attacked|attacks|objected|objects|favou?rs|favou?red|endorsed|endorses|' +
  'dijo|afirmó|aseguró|señaló|explicó|declaró|indicó|sostuvo|agregó|añadió|considera|consideró|cree|pidió|exigió|' +
  'a déclaré|a dit|dit|affirme|a affirmé|estime|a estimé|a souligné|souligne|a ajouté|ajoute|juge|a jugé|' +
  'disse|afirmou|declarou|explicou|defendeu|criticou|' +
  'řekl|řekla|uvedl|uvedla|napsal|napsala|píše|dodal|dodala|přidává|hodnotí|tvrdí|' +
  'сказал|сказала|заявил|заявила|отметил|отметила|рассказал|рассказала|призналась|признался|считает|' +
  'advirtió|anunció|rechazó|respaldó|criticó|denunció|reclamó|propuso|aprobó|decidió|reconoció|respondió|firmó|ordenó|prometió|' +
  'informou|anunciou|rejeitou|defendeu|aprovou|decidiu|reconheceu|respondeu|assinou|prometeu|alertou|garantiu|' +
  'annoncé|rejeté|critiqué|réclamé|décidé|approuvé|dénoncé|reconnu|répondu|signé|promis|averti|estimé|souligné|' +
  'detto|dichiarato|annunciato|spiegato|aggiunto|affermato|sostenuto|respinto|criticato|deciso|approvato|' +
  'oznámil|oznámila|odmítl|odmítla|kritizoval|kritizovala|rozhodl|rozhodla|schválil|schválila|' +
  'объявил|объявила|раскритиковал|раскритиковала|потребовал|потребовала|решил|решила|одобрил|одобрила|' +
  'powiedział|powiedziała|stwierdził|stwierdziła|ogłosił|ogłosiła|skrytykował|skrytykowała|zdecydował|zdecydowała';

/** The same verbs as a set of single words, for a quick look-up of the word after a name. */
export const ACTOR_VERBS = new Set(
  STANCE_VERBS.split('|')
    .filter((v) => !v.includes(' ') && !v.includes('?'))
    .concat('favors favored favours favoured believe expects warn make made makes acts acted'.split(' ')),
);

/** The agent of a passive in Romance languages: "affrété par les autorités", "enviado por el Gobierno", "feito pelo governo". */
export const PASSIVE_AGENT_INTL =
  /\p{Ll}(?:é|ée|és|ées|u|ue|us|ues|is|ise|it|ite|ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas)\s+(?:par|por|pelo|pela|pelos|pelas)\s+(?:(?:les|le|la|l['’]|el|los|las)\s*)?$/u;
