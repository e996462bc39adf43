/**
 * Finds the other people of a Chinese story (names and relations) and its keywords, without a word segmenter:
 * a person is either a relation word from a fixed lexicon ("哥哥", "上司"), or a name (a common surname or
 * 小/阿 followed by one or two characters) that recurs in the text, so that ordinary words starting with a
 * surname character ("关系", "高兴") are not mistaken for names.
 */
import type { PersonaOther } from '../types';

// Longest first so that "前男友" wins over "男友" and "班主任" over "主任".
const RELATIONS = [
  '初恋男友', '初恋女友', '前男友', '前女友', '男朋友', '女朋友', '未婚夫', '未婚妻', '小叔子', '小姑子', '合伙人', '班主任',
  '男友', '女友', '丈夫', '老公', '妻子', '老婆', '爱人', '伴侣', '恋人', '母亲', '父亲', '妈妈', '爸爸', '父母',
  '哥哥', '姐姐', '弟弟', '妹妹', '儿子', '女儿', '奶奶', '爷爷', '外婆', '外公', '婆婆', '公公', '岳父', '岳母',
  '嫂子', '表妹', '表哥', '表姐', '表弟', '堂哥', '堂妹', '舅舅', '姑姑', '叔叔', '亲戚', '上司', '领导', '主管',
  '经理', '老板', '同事', '搭档', '下属', '客户', '老师', '教练', '教授', '导师', '同学', '室友', '舍友', '闺蜜',
  '好友', '朋友', '发小', '邻居', '房东', '网友', '队友', '面试官', 'HR', '前妻', '前夫', '相亲对象', '侄子', '侄女', '外甥',
  '学员', '教师', '家长', '孩子', '姑妈', '姨妈', '公婆', '店长', '房产中介', '中介', '开发商', '队长', '组长', '校长',
].sort((a, b) => b.length - a.length);

const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙陶黎贺顾毛郝龚邵钱严覃武戴孔汤欧温康施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹耿兰焦俞柳祝宁舒阮纪梅童凌毕季裴霍涂苗谷盛翁冉骆蓝游辛靳管柴鲍喻祁蒲滕屈饶艾穆卓简褚窦岑景宫冷晏卫米柏瞿桂佟臧闵顾胡楚沐慕司欧',
  ),
);
const NICKNAME_PREFIX = new Set(['小', '阿']);

// Words that start like a name but are not one.
const NOT_NAMES = new Set([
  '关系', '高兴', '方式', '方面', '方法', '于是', '向往', '常常', '时间', '时候', '安全', '程度', '任何', '江湖', '金钱', '石头', '白领',
  '周末', '周围', '周年', '夏天', '马上', '黄金', '成功', '成为', '成绩', '成长', '管理', '陆续', '严重', '严格', '毛病', '孔子', '宁愿',
  '齐心', '应该', '尤其', '温暖', '温柔', '康复', '简单', '冷静', '冷漠', '景色', '章节', '宫殿', '卫生', '米饭', '顾虑', '顾及', '顾客',
  '楚楚', '司机', '司法', '游戏', '游泳', '舒服', '舒适', '贾', '龙头', '雷同', '凌晨', '蓝色', '杜绝', '孙子', '孙女', '钱包', '钱财',
  '汤圆', '谢谢', '许多', '许久', '何时', '何况', '何必', '曾经', '曾是', '余下', '余生', '叶子', '苏醒', '魏', '吕', '邱', '姜', '包括',
  '戴着', '梁', '童年', '童话', '宋', '欧洲', '季节', '季度', '柏油', '桂花', '喻', '祝福', '祝贺', '纪念', '纪律', '屈服', '艾', '庄重',
  '章程', '康', '潘', '田野', '田地', '董事', '罗列', '郑重', '林中', '林荫', '苗头', '葛', '樊', '谷底', '盛开', '盛大', '翁', '岳', '焦虑',
  '焦急', '焦点', '焦躁', '柴米', '管道', '牛奶', '齐全', '乔迁', '庞大', '颜色', '聂', '鲁莽', '殷切', '耿耿', '兰花', '俞', '柳树', '阮',
  '梅花', '毕业', '毕竟', '裴', '霍', '涂鸦', '涂抹', '冉', '骆', '游客', '辛苦', '辛酸', '靳', '鲍', '祁', '蒲', '滕', '饶恕', '穆', '卓越',
  '简历', '简直', '褚', '窦', '岑', '晏', '米', '瞿', '佟', '臧', '闵', '沐浴', '慕名', '司', '小时', '小事', '小心', '小学', '小组', '小说',
  '小孩', '小区', '小姐', '小小', '小型', '小的', '小时候', '阿姨', '小伙伴', '小朋友', '小店', '小镇', '小吃', '小猫', '小狗', '小屋',
  '黄昏', '黄色', '王国', '张力', '张开', '张扬', '张望', '李子', '刘海', '陈述', '陈旧', '杨柳', '赵', '吴', '周到', '周期', '周边', '徐徐',
  '孙', '马虎', '马路', '朱', '胡乱', '胡思', '郭', '何处', '何种', '罗', '高中', '高考', '高级', '高度', '高档', '方向', '方案', '方便',
  '江南', '金融', '金额', '钟表', '钟声', '谭', '陆地', '汪洋', '范围', '范畴', '廖', '夏日', '夏令', '韦', '付出', '付款', '付费', '邹',
  '孟', '熊猫', '秦', '尹', '薛', '闫', '段落', '雷声', '侯', '龙卷', '陶瓷', '陶艺', '黎明', '贺卡', '顾问', '毛衣', '郝', '龚', '邵',
  '严肃', '覃', '武器', '武术', '孔', '欧', '温度', '温和', '施工', '施加', '牛', '葛', '邢', '齐声', '伍', '颜', '倪', '庄', '章', '鲁',
  '詹', '耿', '兰', '俞', '柳', '祝', '宁静', '舒', '纪', '童', '凌', '季', '涂', '苗', '谷', '盛', '翁', '蓝天', '游', '辛', '管', '柴',
  '喻', '艾', '简', '景', '宫', '冷', '卫', '柏', '桂', '沐', '慕', '楚', '宁可', '景点', '游乐', '游玩', '谢绝', '林', '钟', '金', '马',
  '罗马', '时尚', '韩国', '成就', '成熟', '成本', '苏州', '江西', '黄河', '宋朝', '唐朝', '唐突', '雷', '龙', '简洁', '冷淡',
]);

/** Characters that never occur inside a name (they would mean the match ran into the next word). */
const NOT_IN_NAME = new Set(Array.from('的了是在和与及对把被给让向从说也都就又还很不没有这那她他它们我你之其所以而但却于为着过得地个些者团机构厉老家长'));

/** A Chinese person found in the story. */
interface Mention {
  readonly name: string;
  readonly relation: string;
}

/** How often `needle` occurs in `haystack`. */
function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n += 1;
  return n;
}

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';
}

/**
 * The name starting at `at` in `text`, if one does: a surname (or 小/阿) plus one or two characters, the
 * longer form when it recurs about as often as the shorter one. `corpus` is where recurrence is counted.
 */
export function nameAt(text: string, at: number, corpus: string): string | undefined {
  const first = text[at];
  if (first === undefined || !(SURNAMES.has(first) || NICKNAME_PREFIX.has(first))) return undefined;
  const second = text[at + 1];
  if (!isHan(second) || NOT_IN_NAME.has(second as string)) return undefined;
  const two = text.slice(at, at + 2);
  const third = text[at + 2];
  const three = isHan(third) && !NOT_IN_NAME.has(third as string) ? text.slice(at, at + 3) : undefined;
  const twoCount = countOf(corpus, two);
  const threeCount = three ? countOf(corpus, three) : 0;
  if (three && threeCount >= 2 && threeCount * 2 >= twoCount && !NOT_NAMES.has(three) && !startsWithRelation(three, 1)) {
    if (!NICKNAME_PREFIX.has(first) || threeCount >= 3) return three;
  }
  if (twoCount >= 2 && !NOT_NAMES.has(two)) {
    if (NICKNAME_PREFIX.has(first) && twoCount < 3) return undefined;
    return two;
  }
  return undefined;
}

function startsWithRelation(text: string, at: number): boolean {
  return RELATIONS.some((r) => text.startsWith(r, at));
}

function relationAt(text: string, at: number): string | undefined {
  for (const r of RELATIONS) if (text.startsWith(r, at)) return r;
  return undefined;
}

/** Honorific forms that make a surname a name on their own: 张女士, 李先生, 王老师. */
const HONORIFIC = /^[\u4e00-\u9fff](女士|先生|阿姨|叔叔|老师|总|经理|主任|医生)/;

/** The people mentioned in `text` in order of appearance (relation words and recurring names). */
export function mentionsIn(text: string, corpus: string, self: readonly string[]): Mention[] {
  const found: Mention[] = [];
  let pendingRelation: string | undefined;
  for (let i = 0; i < text.length; ) {
    const relation = relationAt(text, i);
    if (relation) {
      if (pendingRelation) found.push({ name: pendingRelation, relation: pendingRelation });
      pendingRelation = relation;
      i += relation.length;
      if (text[i] === '的') i += 1;
      continue;
    }
    const honorific = HONORIFIC.exec(text.slice(i, i + 4));
    const name = honorific && SURNAMES.has(text[i] as string) ? honorific[0] : nameAt(text, i, corpus);
    if (name) {
      if (!self.some((s) => s === name || s.endsWith(name) || name.endsWith(s))) {
        const bracket = /^[（(]([^）)]{1,8})[）)]/.exec(text.slice(i + name.length, i + name.length + 10));
        const bracketRelation = bracket ? relationAt(bracket[1] as string, 0) : undefined;
        found.push({ name, relation: pendingRelation ?? bracketRelation ?? '' });
      }
      pendingRelation = undefined;
      i += name.length;
      continue;
    }
    if (pendingRelation && !isHan(text[i])) {
      found.push({ name: pendingRelation, relation: pendingRelation });
      pendingRelation = undefined;
    } else if (pendingRelation && isHan(text[i])) {
      // "哥哥迟迟不还钱": the relation stands on its own.
      found.push({ name: pendingRelation, relation: pendingRelation });
      pendingRelation = undefined;
    }
    i += 1;
  }
  if (pendingRelation) found.push({ name: pendingRelation, relation: pendingRelation });
  return found;
}

/** The relation the story gives a name ("男友张浩", "妻子王晓丽", "王晓丽（妻子）"), or ''. */
function relationOf(name: string, corpus: string): string {
  for (let at = corpus.indexOf(name); at !== -1; at = corpus.indexOf(name, at + name.length)) {
    const before = corpus.slice(Math.max(0, at - 6), at).replace(/的$/, '');
    for (const r of RELATIONS) if (before.endsWith(r)) return r;
    const after = /^[（(]([^）)]{1,8})[）)]/.exec(corpus.slice(at + name.length, at + name.length + 10));
    if (after) {
      const r = relationAt(after[1] as string, 0);
      if (r) return r;
    }
  }
  return '';
}

/**
 * The other people of a story: first those of the 冲突角色 text, then names introduced with a relation
 * anywhere in the story ("男友张浩"), at most `limit`, never the user themself.
 */
export function findOthers(
  conflictRoles: string | undefined,
  conflictRoleLabels: readonly string[],
  corpus: string,
  selfName: string,
  limit = 6,
): PersonaOther[] {
  const self = selfAliases(selfName);
  const others: PersonaOther[] = [];
  const seen = new Set<string>();
  const add = (m: Mention): void => {
    if (others.length >= limit || seen.has(m.name) || self.includes(m.name)) return;
    seen.add(m.name);
    others.push({ name: m.name, relation: m.relation !== '' ? m.relation : relationOf(m.name, corpus) });
  };
  for (const label of conflictRoleLabels) {
    // An item label that is just a name ("李文约：作为店长…") is one even if the story names them only once.
    if (isLooseName(label)) add({ name: label, relation: relationAt(label, 0) ?? '' });
    else for (const m of mentionsIn(label, corpus, self)) add(m);
  }
  if (conflictRoles) {
    // The people come first in the text ("王小云与张浩。", "数学老师、其他同学"); the explanation after them
    // mentions incidental ones, so only the first sentence is read.
    const head = conflictRoles.split(/[。；;]/)[0] as string;
    for (const m of mentionsIn(head, corpus, self)) add(m);
  }
  for (let i = 0; i < corpus.length && others.length < limit; i++) {
    const relation = relationAt(corpus, i);
    if (!relation) continue;
    let at = i + relation.length;
    if (corpus[at] === '的') at += 1;
    const name = nameAt(corpus, at, corpus);
    if (name && !self.some((s) => s === name)) add({ name, relation });
    i = at - 1;
  }
  return others;
}

function isLooseName(label: string): boolean {
  const first = label[0] as string;
  return (
    /^[\u4e00-\u9fff]{2,3}$/.test(label) &&
    (SURNAMES.has(first) || NICKNAME_PREFIX.has(first)) &&
    !NOT_NAMES.has(label) &&
    !Array.from(label.slice(1)).some((ch) => NOT_IN_NAME.has(ch)) &&
    relationAt(label, 0) === undefined
  );
}

/** The ways a story refers to the user: the full name and the given name (林小雨 → 小雨). */
export function selfAliases(fullName: string): string[] {
  const aliases = [fullName];
  if (fullName.length === 3) aliases.push(fullName.slice(1));
  return aliases;
}

// Characters that make an n-gram a function phrase or a generic story word rather than a key noun.
const KEYWORD_STOP_CHARS = new Set(
  Array.from(
    '的了是在我你他她它们这那就也都而和与及但不有为着被把给对从向于以之其所并或很还又再才已让使将得地么吗呢吧啊呀一个些每各自人事感情心觉想到能要说开始时候过后前月周年天中上下来去出方种样更最多少没无法因此如果然虽却只常解决问题试希望理发现生活行做变改己角色玩该可以够且正当直接总终其实非段次',
  ),
);
const GENERIC_WORDS = new Set(['关系', '家庭', '家人', '情绪', '冲突', '原因', '内在', '背景', '故事', '状态', '方案', '当前', '目前', '面对', '压力', '困扰', '困境', '失落', '焦虑', '愤怒', '沮丧', '不满', '认为', '表示', '担心', '渴望', '支持', '认可', '沟通', '交流', '态度', '期待', '期望', '矛盾', '逐渐', '进一步', '选择', '决定', '处理', '意识', '无奈', '无助', '孤独', '安慰', '建议', '帮助', '自我', '成长', '反思', '具体', '真正', '真实', '努力', '机会', '未来', '现实', '影响', '重要', '需要', '继续', '保持', '失败', '成功', '信任', '理解', '尊重', '已经', '经常', '经过', '曾经', '经历', '机会', '不会', '甚至', '似乎', '怀疑', '参加', '充满', '主动', '表达', '分享', '完成', '注意', '讨论', '共同', '联系', '照顾', '责任', '稳定', '兴趣', '明确', '身边', '周围', '逃避', '陷入', '意见', '感受', '态度', '出现', '导致', '面临', '总是', '显得', '显然', '仍然', '依然', '依旧', '试图', '最终', '最近', '之间', '之后', '之前', '其中', '内心', '心中', '心里', '自信', '自卑', '疑虑']);

/** Multi-character function words; cut out before counting so that "试图通过" leaves no "图通". */
const FUNCTION_PHRASES = /认为|这份|那份|一份|这个|那个|一个|这些|那些|这样|那样|试图|通过|因为|所以|但是|然而|尽管|虽然|不过|以及|并且|而且|于是|为了|对于|关于|由于|随着|一直|逐渐|意识|似乎|甚至/g;

/**
 * Keywords of a story: the other people, then the content words (2-4 characters) that recur most in the
 * background and the stages. Without a segmenter "word" means a run of characters none of which is a
 * function character; a shorter gram is dropped when a longer one covers most of its occurrences.
 */
export function storyKeywords(story: string, others: readonly PersonaOther[], limit = 10): string[] {
  const counts = new Map<string, number>();
  let run = '';
  const flush = (): void => {
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        const gram = run.slice(i, i + n);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
    run = '';
  };
  for (const ch of story.replace(FUNCTION_PHRASES, '，')) {
    if (isHan(ch) && !KEYWORD_STOP_CHARS.has(ch)) run += ch;
    else flush();
  }
  flush();
  const candidates = [...counts.entries()].filter(([gram, n]) => !GENERIC_WORDS.has(gram) && n >= 2);
  const kept = candidates.filter(([gram, n]) => !candidates.some(([longer, m]) => longer.length > gram.length && longer.includes(gram) && m * 10 >= n * 7));
  kept.sort((a, b) => b[1] * b[0].length - a[1] * a[0].length || (a[0] < b[0] ? -1 : 1));
  const keywords: string[] = [];
  const push = (word: string): void => {
    if (word !== '' && !keywords.includes(word) && keywords.length < limit) keywords.push(word);
  };
  for (const other of others) push(other.name);
  // Words that recur three times are taken first; twice-seen words only fill a short list.
  for (const [gram, n] of kept) if (n >= 3 || gram.length > 2) push(gram);
  for (const [gram] of kept) if (keywords.length < 5) push(gram);
  return keywords;
}
