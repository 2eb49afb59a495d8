// Chinese words in one place: family names and verbs of saying, read by the quote attributor
// (lib/quotes/zh.ts) and the entity index (lib/entities/index.ts) alike.

/** The hundred commonest Chinese family names: most people a news story quotes carry one. */
export const SURNAMES_ZH =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习';

/** Verbs of saying that follow a speaker's name (卢宇表示：“…”), longest forms before their prefixes. */
export const SPEECH_VERBS_ZH: readonly string[] = [
  '表示',
  '说道',
  '说',
  '指出',
  '称赞',
  '称',
  '认为',
  '强调',
  '透露',
  '介绍',
  '告诉',
  '坦言',
  '直言',
  '回应',
  '提到',
  '写道',
  '提出',
  '谈到',
  '解释',
  '补充',
  '感叹',
  '呼吁',
  '宣布',
  '问道',
  '回忆',
  '希望',
  '建议',
];

/** Titles written right before a person's name (副秘书长陈士华, 教授刘晓峰, 总裁陈明). */
export const TITLES_ZH: readonly string[] = (
  '秘书长 副秘书长 院长 副院长 校长 教授 副教授 研究员 主任 副主任 局长 副局长 部长 副部长 司长 处长 厅长 市长 省长 ' +
  '县长 书记 总裁 副总裁 董事长 总经理 经理 主席 副主席 会长 理事长 发言人 统计师 首席统计师 分析师 经济学家 专家 ' +
  '委员 代表 总监 负责人 创始人 博士 律师 医生 记者 总统 总理 外长 大使'
).split(' ');
