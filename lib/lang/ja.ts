// Japanese words in one place: the titles written right after a name (岸本首相, 中村健一氏,
// 山田一郎社長) and the verbs that close a quotation (「…」と述べた), read by the quote
// attributor (lib/quotes/ja.ts).

/** Titles and honorifics that follow a person's name, longest first where one ends another. */
export const TITLES_JA: readonly string[] = [
  '官房長官',
  '国務長官',
  '委員長',
  '幹事長',
  '理事長',
  '事務総長',
  '大統領',
  '副大統領',
  '首相',
  '外相',
  '財務相',
  '防衛相',
  '経産相',
  '厚労相',
  '文科相',
  '国交相',
  '大臣',
  '長官',
  '知事',
  '市長',
  '町長',
  '村長',
  '区長',
  '議員',
  '議長',
  '代表',
  '総裁',
  '会長',
  '社長',
  '副社長',
  '所長',
  '局長',
  '部長',
  '課長',
  '室長',
  '院長',
  '学長',
  '校長',
  '教授',
  '准教授',
  '准将',
  '監督',
  '選手',
  '主将',
  '弁護士',
  '報道官',
  '書記長',
  '国王',
  '主席',
  '首席',
  '氏',
  'さん',
  '様',
  'くん',
  '君',
  'ちゃん',
];

/**
 * What follows と when it closes a quotation of speech (「…」と述べた, と語った, と話している,
 * としている, と佐藤代表は批判した): a verb of saying or judging within the clause.
 */
export const QUOTE_CLOSE_JA =
  /^と(?:し(?:た|て|ている)|[^。「」]{0,24}?(?:述べ|語|話|言|説明|強調|指摘|批判|訴え|表明|明か|答え|主張|評価|発言|発表|記し|書い|投稿|呼びかけ|求め|反論|振り返|コメント|つぶやい|笑|漏らし|嘆い|明言|断言|否定|認め|約束|誓))/u;

/** Honorifics after a name that say nothing of an office (中村健一氏, 佐藤さん): no role. */
export const HONORIFICS_JA: ReadonlySet<string> = new Set(['氏', 'さん', '様', 'くん', '君', 'ちゃん']);

const TITLE_ALT = [...TITLES_JA].sort((a, b) => b.length - a.length).join('|');
/**
 * A name (a run of kanji or katakana; の and ・ end it) and the title after it, as the subject
 * of a clause or before a quotation: 岸本首相は, 中村健一氏が, 佐藤花子代表「…」.
 */
export const NAME_WITH_TITLE_JA = new RegExp(
  `([\\p{Script=Han}\\p{Script=Katakana}ー]{1,12})(${TITLE_ALT})(?=は|が|も|、|「|$)`,
  'gu',
);
/** 同氏, 同首相, 同社長: the one just named. */
export const SAME_ONE_JA = new RegExp(`同(?:${TITLE_ALT})(?=は|が|も)`, 'u');

/** Last characters of a body's name (民政党, 財務省, 同社): a run ending so before a title is whose office it is, not a name. */
export const BODY_END_JA = /[党省庁府社会局部院所国市県町村団校組隊軍界庁局課]$/u;

/** Endings of Japanese companies' and bodies' names (ミナト電工, 東西銀行, 民政党, 財務省). */
export const BODY_SUFFIXES_JA: readonly string[] = (
  '電工 電機 電器 工業 重工 銀行 証券 生命 保険 商事 物産 自動車 製作所 製薬 化学 建設 不動産 鉄道 航空 電力 ガス 通信 ' +
  '新聞 放送 ホールディングス グループ 技研 興業 産業 食品 飲料 製菓 研究所 大学 財団 協会 連合 組合 党 省 庁'
).split(' ');
