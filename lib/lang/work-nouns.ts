// Nouns for works, outlets and products, per language: a short run in quotation marks right after
// one is the thing's name ("die Zeitung „Rheinische Post“", "le documentaire « Les Oubliés »",
// "新製品「…」"), not anyone's speech. Lower case; German compounds are matched on their tail
// ("ARD-Sendung", "Sondersendung").

export const WORK_NOUNS: Record<string, readonly string[]> = {
  de: (
    'zeitung blatt magazin sender sendung serie film buch roman titel recherche reportage kolumne artikel beitrag ' +
    'lied song album podcast show programm app projekt kampagne motto slogan schlagzeile bericht studie gesetz ' +
    'dokumentation doku stück ausstellung marke produkt tarif aktion plattform portal spiel folge überschrift hashtag ' +
    'talkshow satire oper musical theaterstück website'
  ).split(' '),
  fr: (
    'journal quotidien hebdomadaire mensuel magazine revue film livre roman série émission documentaire tribune chanson ' +
    'album pièce exposition spectacle programme opération projet loi rapport campagne slogan application appli marque ' +
    'titre feuilleton podcast ouvrage essai article chronique site plateforme dispositif plan'
  ).split(' '),
  es: (
    'diario periódico revista película libro novela serie programa documental canción disco álbum obra exposición ' +
    'campaña proyecto ley informe lema aplicación marca columna título artículo sitio portal podcast plan operativo'
  ).split(' '),
  pt: (
    'jornal revista filme livro romance série programa documentário canção música disco álbum peça exposição campanha ' +
    'projeto lei relatório lema aplicativo marca coluna título artigo novela site portal podcast plano operação'
  ).split(' '),
  it: (
    'giornale quotidiano rivista settimanale film libro romanzo serie programma documentario canzone album spettacolo ' +
    'mostra campagna progetto legge rapporto slogan marchio rubrica titolo articolo sito piano operazione'
  ).split(' '),
  cs: (
    'deník noviny časopis týdeník film kniha román seriál pořad dokument píseň album hra výstava kampaň projekt zákon ' +
    'zpráva aplikace značka rubrika článek web server program'
  ).split(' '),
  // Japanese and Chinese: the noun is written right before the mark, so these are matched as the
  // text's tail ("新製品「…」", "电视剧《…》", "新款手机“…”")
  ja: (
    '製品 商品 新製品 ソフト ソフトウェア アプリ サービス 番組 映画 ドラマ 小説 作品 書籍 雑誌 紙 誌 新聞 ブランド ' +
    'キャンペーン プロジェクト 事業 計画 制度 法案 プラン シリーズ アルバム 曲 ゲーム 愛称 名称 商標'
  ).split(' '),
  zh: '手机 产品 新品 品牌 系统 软件 应用 节目 电影 电视剧 剧集 小说 作品 杂志 报纸 栏目 活动 计划 项目 专项行动 口号 平台 游戏 歌曲 专辑'.split(
    ' ',
  ),
};

/** Articles and prepositions right before a short capitalised run in marks make it a name ("der „Tatort“", "par « Le Monde »"). */
export const FUNCTION_WORDS_BEFORE_NAME: Record<string, ReadonlySet<string>> = {
  de: new Set(
    'der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins ans in bei von mit für auf aus über'.split(
      ' ',
    ),
  ),
  fr: new Set("le la les l’ l' du des un une au aux à de d’ d' dans par pour sur avec chez".split(' ')),
  es: new Set('el la los las un una del al a de en por para con sobre'.split(' ')),
  pt: new Set('o a os as um uma do da dos das no na nos nas ao aos pelo pela em de por para com'.split(' ')),
  it: new Set('il lo la i gli le un una del della dei delle al alla nel nella a di in da per con su'.split(' ')),
  cs: new Set('v ve na do z ze o s se pro od k ke u'.split(' ')),
};
