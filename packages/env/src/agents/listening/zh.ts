/**
 * Reading a Chinese-speaking user: feeling words, people (names and relations), a clause worth reflecting,
 * and what they did. Word lists are looked up through a first-character index (see word-index.ts), so one
 * message is read in a few linear passes.
 */
import { WordIndex } from './word-index';
import type { MessageReading } from './en';

/** Surface form -> a canonical feeling that reads well after 很 / 有多 / 感到 and before 的感觉. */
const FEELING_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['委屈', '委屈'], ['憋屈', '憋屈'], ['生气', '生气'], ['气死', '生气'], ['火大', '生气'], ['恼火', '恼火'], ['愤怒', '愤怒'],
  ['难受', '难受'], ['难过', '难过'], ['伤心', '伤心'], ['心痛', '心痛'], ['心酸', '心酸'], ['心累', '心累'], ['疲惫', '疲惫'],
  ['好累', '累'], ['很累', '累'], ['太累', '累'], ['累死', '累'], ['累得', '累'], ['有点累', '累'], ['挺累', '累'], ['真累', '累'],
  ['烦死', '烦'], ['心烦', '烦'], ['烦躁', '烦躁'], ['挺烦', '烦'], ['很烦', '烦'], ['好烦', '烦'], ['有点烦', '烦'], ['真烦', '烦'],
  ['失望', '失望'], ['焦虑', '焦虑'], ['着急', '着急'], ['无奈', '无奈'], ['困惑', '困惑'], ['摸不着头脑', '困惑'],
  ['搞不懂', '困惑'], ['想不通', '困惑'], ['迷茫', '迷茫'], ['孤单', '孤单'], ['孤独', '孤独'], ['寂寞', '寂寞'],
  ['害怕', '害怕'], ['担心', '担心'], ['沮丧', '沮丧'], ['无力', '无力'], ['崩溃', '崩溃'], ['压抑', '压抑'], ['紧张', '紧张'],
  ['不甘心', '不甘心'], ['愧疚', '愧疚'], ['内疚', '内疚'], ['自责', '自责'], ['尴尬', '尴尬'], ['挫败', '挫败'], ['头疼', '头疼'],
  ['头大', '头疼'], ['纠结', '纠结'], ['不安', '不安'], ['心寒', '心寒'], ['寒心', '心寒'], ['不公平', '委屈'], ['无助', '无助'],
  ['绝望', '绝望'], ['后悔', '后悔'], ['丢脸', '丢脸'], ['没面子', '没面子'], ['郁闷', '郁闷'], ['抓狂', '抓狂'],
  ['不舒服', '不舒服'], ['来气', '生气'], ['想哭', '难过'], ['看不下去', '气愤'], ['气愤', '气愤'], ['心塞', '心塞'], ['闹心', '闹心'], ['憋闷', '憋闷'], ['慌', '慌'], ['失落', '失落'], ['心灰意冷', '心灰意冷'], ['无语', '无语'],
  ['撑不住', '累'], ['喘不过气', '压抑'],
];
const FEELING_INDEX = new WordIndex(FEELING_WORDS);
// "不难过" / "没生气" / "没有生气": a negated feeling is not reflected back. (别 is not here: 特别委屈.)
const NEGATION = new Set(['不', '没']);
const NEGATION_2 = new Set(['没有', '不太', '不是', '不会', '不再', '并不', '从不']);

/**
 * Relations as the user says them -> as the listener says them. Kin take 你 ("你儿子"); roles read fine
 * bare ("老板", "同事"). 我妈/老妈 become 你妈妈 because a bare 你妈 sounds like an insult.
 */
const RELATIONS: ReadonlyArray<readonly [string, string]> = [
  ['孩子他爸', '孩子他爸'], ['孩子他妈', '孩子他妈'], ['他爸', '他爸爸'], ['叔叔', '你叔叔'], ['阿姨', '阿姨'], ['舅舅', '你舅舅'], ['姑姑', '你姑姑'], ['婶婶', '你婶婶'],
  ['表哥', '你表哥'], ['表姐', '你表姐'], ['堂哥', '你堂哥'], ['堂姐', '你堂姐'], ['组长', '组长'], ['班主任', '班主任'], ['校长', '校长'],
  ['前男友', '你前男友'], ['前女友', '你前女友'], ['对象', '你对象'], ['未婚夫', '你未婚夫'], ['未婚妻', '你未婚妻'],
  // Words that contain a relation but are not a person: 朋友圈 (WeChat moments), 孩子气.
  ['朋友圈', ''], ['孩子气', ''], ['对象是', ''], ['我妈妈', '你妈妈'], ['我妈', '你妈妈'], ['老妈', '你妈妈'], ['妈妈', '你妈妈'], ['我爸爸', '你爸爸'], ['我爸', '你爸爸'],
  ['老爸', '你爸爸'], ['爸爸', '你爸爸'], ['爸妈', '你爸妈'], ['父母', '你父母'], ['老公', '你老公'], ['老婆', '你老婆'],
  ['丈夫', '你丈夫'], ['妻子', '你妻子'], ['男朋友', '你男朋友'], ['女朋友', '你女朋友'], ['男友', '你男朋友'],
  ['女友', '你女朋友'], ['前任', '你前任'], ['儿子', '你儿子'], ['女儿', '你女儿'], ['孩子', '孩子'], ['奶奶', '你奶奶'],
  ['爷爷', '你爷爷'], ['外婆', '你外婆'], ['姥姥', '你姥姥'], ['婆婆', '你婆婆'], ['岳母', '你岳母'], ['丈母娘', '你丈母娘'],
  ['老丈人', '你老丈人'], ['哥哥', '你哥哥'], ['姐姐', '你姐姐'], ['弟弟', '你弟弟'], ['妹妹', '你妹妹'], ['闺蜜', '你闺蜜'],
  ['室友', '室友'], ['舍友', '室友'], ['老板', '老板'], ['领导', '领导'], ['上司', '上司'], ['主管', '主管'], ['经理', '经理'],
  ['同事', '同事'], ['老员工', '老员工'], ['同学', '同学'], ['老师', '老师'], ['教授', '教授'], ['导师', '导师'], ['邻居', '邻居'],
  ['房东', '房东'], ['客户', '客户'], ['队友', '队友'], ['家人', '家人'], ['亲戚', '亲戚'], ['朋友', '朋友'],
];
const RELATION_INDEX = new WordIndex(RELATIONS);

// Common surnames whose character is rarely the first of an everyday word. Ambiguous ones (方, 白, 高, 周,
// 许, 马, 钱, 程...) are left out: a missed name costs less than calling "方法" a person.
const SURNAMES = '王李张刘陈杨黄赵吴徐孙朱胡郭罗郑梁宋唐韩冯邓曹彭肖董袁潘蒋蔡杜魏吕丁沈姚卢姜崔谭陆汪贾韦邹孟熊秦邱尹薛闫雷侯陶黎贺郝龚邵覃孔汤叶';
const SURNAME_SET = new Set(SURNAMES.split(''));
const TITLE_INDEX = new WordIndex(['经理', '老师', '总监', '主任', '医生', '阿姨', '叔叔', '大姐', '大哥', '姐', '哥', '老板', '教授', '师傅', '同学', '总'].map((t) => [t, t] as const));
// Characters that commonly end a given name: a third character from this set makes a three-character name.
const GIVEN_NAME_CHARS = new Set('明华芳英杰伟军平云红丽玲娟婷静敏燕霞强磊洋勇艳涛超琳雪晨欣怡佳宇浩凯鹏辉刚健峰斌波宁凤兰梅萍霖晴悦琪瑶婉雯倩璐芬远文东龙飞亮俊颖楠彤菲娜莉蕾洁慧晶昊然轩博泽睿琦婕薇蓉岚琴瑜妍翔鑫鸣'.split(''));
// Second characters after a surname (or after 小) that make an everyday word, not a name.
const NOT_GIVEN_NAME = new Set('的了是在说也都就和对把被给跟却还又总一那这个们么样些会能要想去来到过着得地不没很太好真最更再才只已吗呢吧啊呀嘛啦'.split(''));
const NOT_NAMES = new Set(
  ('曾经 严重 严格 严厉 严肃 胡思 胡说 胡乱 胡闹 熊孩 毛病 叶子 黄色 黄昏 黄金 张开 张罗 张扬 张望 张嘴 张口 陈述 陈旧 郑重 ' +
    '孙子 孙女 雷人 陶醉 黎明 汤圆 王者 王牌 王国 李子 刘海 孔雀 韩剧 韩国 宋朝 唐朝 丁点 陆续 罗列 唐突 董事 杨柳 ' +
    '杜绝 孟婆 贺卡 贺喜 黄牛 黄瓜 ' +
    '小时 小事 小心 小孩 小组 小学 小区 小说 小气 小姐 小伙 小吃 小目 小动 小机 小册 小故 小方 小女 小男 小节 小规 ' +
    '小猫 小狗 小径 小进 小角 小速 小举 小王 小崽 小互 小技 小改 小冲 小型 小日 小协 小包 小小 小世 小聚 小步 小路 ' +
    '小时候 小朋 小店 小费 小城 小镇 小儿 小声 小白 小丑 小品 小题 小数 小票 小屋 小菜 小腿 小米 小麦 小偷 小道 小妹 ' +
    '小弟 小哥 小姑 小舅 小康 小学生 小瞬 小龙虾 小测 小考 小作 小程 小红书 小号 小窝 小计 小case 小插 小毛 小片 小样 ' +
    '小问 小细 小意 小生 小人 小可 小巧 小看 小半 小面 小卖 小帮 小礼 小物 小玩 小确 小惊 小地 小家 小队 小群 小部 ' +
    '小满 小暑 小年 小伙伴 小宝 小宝贝 小家伙 小朋友')
    .split(' '),
);
// A surname right after these is usually part of a word (一张照片, 紧张感): not a name.
const NOT_BEFORE_NAME = new Set('一二两三四五几这那每整半紧主扩夸慌开伸铺嚣乖'.split(''));


/** Hits of one message: [start, end, value]. */
type Span = readonly [number, number, string];

function feelingSpans(text: string): Span[] {
  const out: Span[] = [];
  FEELING_INDEX.scan(text, (start, surface, canonical) => {
    if (surface.charAt(0) !== '不' && (NEGATION.has(text.charAt(start - 1)) || NEGATION_2.has(text.slice(start - 2, start)))) return;
    out.push([start, start + surface.length, canonical]);
  });
  return out;
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Names and relations, in order of appearance, as [start, end, listener's wording]. */
function personSpans(text: string): Span[] {
  const found: Span[] = [];
  const taken = new Uint8Array(text.length);
  const take = (a: number, b: number): void => {
    for (let i = a; i < b; i++) taken[i] = 1;
  };
  for (let at = 0; at < text.length; at++) {
    const c = text.charAt(at);
    const surname = SURNAME_SET.has(c);
    if ((!surname && c !== '小') || taken[at] || NOT_BEFORE_NAME.has(text.charAt(at - 1))) continue;
    if (surname) {
      const title = TITLE_INDEX.longestAt(text, at + 1);
      if (title) {
        // 李老师, 叶经理: a surname with a title is a person.
        const end = at + 1 + title[0].length;
        found.push([at, end, text.slice(at, end)]);
        take(at, end);
        at = end - 1;
        continue;
      }
      const second = text.charAt(at + 1);
      if (!isHan(text.charCodeAt(at + 1)) || NOT_GIVEN_NAME.has(second)) continue;
      const end = GIVEN_NAME_CHARS.has(text.charAt(at + 2)) ? at + 3 : at + 2;
      const name = text.slice(at, end);
      if (NOT_NAMES.has(name) || NOT_NAMES.has(name.slice(0, 2))) continue;
      found.push([at, end, name]);
      take(at, end);
      at = end - 1;
    } else if (c === '小' && text.charAt(at - 1) !== '小' && isHan(text.charCodeAt(at + 1))) {
      const name = text.slice(at, at + 2);
      if (NOT_GIVEN_NAME.has(name.charAt(1)) || NOT_NAMES.has(name) || NOT_NAMES.has(text.slice(at, at + 3))) continue;
      found.push([at, at + 2, name]);
      take(at, at + 2);
      at++;
    }
  }
  RELATION_INDEX.scan(text, (start, surface, wording) => {
    // 李老师 was already taken as a titled name; a bare 老师 elsewhere is still a person.
    if (!taken[start] && wording) found.push([start, start + surface.length, wording]);
  });
  found.sort((a, b) => a[0] - b[0]);
  return found;
}

/** Every feeling the text expresses, canonical, in order of appearance. */
export function feelingsZh(text: string): string[] {
  return feelingSpans(text).map((s) => s[2]);
}

/** People mentioned in the text, in the listener's voice ("张浩", "你妈妈", "叶经理"), in order of appearance. */
export function peopleZh(text: string): string[] {
  return personSpans(text).map((s) => s[2]);
}

// 我 <-> 你 swapped in one pass; 我妈 / 我爸 get the polite full form; 自我 (self) is a word, not a pronoun.
const SHIFT_RE = /我们|咱们|我妈|我爸|(?<!自)我|你们|你/g;
const SHIFT: Readonly<Record<string, string>> = { 我们: '你们', 咱们: '你们', 我妈: '你妈妈', 我爸: '你爸爸', 我: '你', 你们: '我们', 你: '我' };

/** 我 -> 你 (and 你 -> 我): the user's clause in the listener's voice. */
export function shiftPersonZh(clause: string): string {
  return clause.replace(SHIFT_RE, (w) => SHIFT[w] ?? w);
}

// Quotes do not end a clause: 他回我消息就一个“嗯” is one thing that happened.
const CLAUSE_BREAKS = new Set('，。！？；、,.!?;~～\n（）()…'.split(''));
const LEADING_ZH = /^(?:是(?=我)|唉|哎|嗯|哈+|啊|呃|哦|噢|嘿|诶|哼|呵呵?|其实|就是|不过|但是|可是|而且|所以|然后|反正|说实话|老实说|总之|感觉|真的|也许|可能|还有|结果|但|只是|毕竟)+/;
const TRAILING_ZH = /(?:啊|呀|吧|呢|嘛|啦|哈|呗|哦|喔|了吧)+$/;
// Question words: a clause asking something is not reflected back as a statement.
const QUESTION_ZH = /[吗呢么吧]$|为什么|为啥|怎么|什么|哪|能不能|是不是|要不要|有没有|谁/;
// A clause that ends in a verb still waiting for its object ("有时候我觉得") is a fragment.
const DANGLING_ENDINGS = ['时候', '以后', '之后', '以来', '的事', '觉得', '想', '明白', '知道', '希望', '发现', '以为', '感觉', '是', '说', '认为', '怀疑', '怕', '好奇', '在于', '因为', '比如', '就是'];
// Clauses about the conversation itself ("你说得对", "建议太笼统") are not the user's story.
const META_INDEX = new WordIndex(['说得对', '说到点', '笼统', '大道理', '建议', '分析', '谢谢', '谢了', '听起来', '理解', '有道理', '意思', '具体点', '空话', '表面', '倾诉', '发泄', '吐槽', '听我说', '说说', '有人听', '安慰'].map((w) => [w, w] as const));
const CLOSERS = ['谢谢', '再见', '拜拜', '好的', '没事', '算了'];
const THIRD_PERSON = /[他她]/;
// A reflected clause must say who: "你已经尽力了" can be woven into a sentence, "亮色也盖不住" cannot.
// 被 opens a passive whose subject is the speaker: 被领导当着全组的面骂.
const SUBJECT_FIRST_CHARS = new Set(['我', '他', '她', '谁', '被']);
const SUBJECT_WORDS = new WordIndex(['大家', '没人', '有人', '别人', '家里', '每次', '这次', '上次', '现在', '最近', '以前', '那次'].map((w) => [w, w] as const));
const MIN_PHRASE_CHARS = 4;
const MAX_PHRASE_CHARS = 18;

function isSubjectStart(text: string, at: number, people: readonly Span[]): boolean {
  if (SUBJECT_FIRST_CHARS.has(text.charAt(at)) || SUBJECT_WORDS.longestAt(text, at)) return true;
  for (const p of people) if (p[0] === at) return true;
  return false;
}

function overlaps(spans: readonly Span[], a: number, b: number): boolean {
  for (const s of spans) if (s[0] < b && s[1] > a) return true;
  return false;
}

/**
 * The clause of the message most worth reflecting back (person-shifted), or undefined. Prefers what happened
 * (the user and the people in their story) over a bare statement of feeling, 4-18 characters, not questions,
 * not about the listener (你...), not about the conversation itself.
 */
function bestPhrase(text: string, feelings: readonly Span[], people: readonly Span[]): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  let index = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_BREAKS.has(text.charAt(i))) continue;
    const endChar = text.charAt(i);
    const raw = text.slice(start, i);
    const rawStart = start;
    start = i + 1;
    if (raw.trim().length < MIN_PHRASE_CHARS || endChar === '？' || endChar === '?' || raw.includes('你')) continue;
    const lead = LEADING_ZH.exec(raw);
    const a = rawStart + (lead ? lead[0].length : 0);
    let clause = text.slice(a, i).trim();
    clause = clause.replace(TRAILING_ZH, '');
    const b = a + clause.length;
    const n = clause.length;
    if (n < MIN_PHRASE_CHARS || n > MAX_PHRASE_CHARS || QUESTION_ZH.test(clause)) continue;
    if (DANGLING_ENDINGS.some((e) => clause.endsWith(e)) || CLOSERS.some((c) => clause.startsWith(c))) continue;
    if (!isSubjectStart(text, a, people)) continue;
    let meta = false;
    META_INDEX.scan(clause, () => {
      meta = true;
    });
    if (meta) continue;
    // What happened is worth reflecting; a bare feeling clause (我真的很委屈) is not: the feeling is
    // reflected on its own, and repeating the clause would say it twice.
    let score = index++ * 0.1;
    if (clause.includes('我')) score += 1;
    if (overlaps(feelings, a, b)) score -= 1.5;
    if (overlaps(people, a, b) || THIRD_PERSON.test(clause)) score += 1.5;
    if (n >= 6 && n <= 14) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = clause;
    }
  }
  return best === undefined ? undefined : shiftPersonZh(best);
}

const EFFORT_RE_ZH = /我(?:都|也|还|一直|已经|每天|特意|专门|努力|尽量|试着|试过|坚持|真的|明明|本来)*(?:在|试着|试过|尽力|做了|花了|熬夜|坚持|照顾|准备|搞定|完成|帮|陪|加班|负责|攒|学|练|写|画|改|跑|省|忍)[^，。！？；,.!?;\n]{1,16}/;

function effortIn(message: string): string | undefined {
  const m = EFFORT_RE_ZH.exec(message);
  if (!m) return undefined;
  const clause = m[0].replace(TRAILING_ZH, '');
  if (clause.length < 4 || clause.includes('你') || REGRET_ZH.test(clause)) return undefined;
  return shiftPersonZh(clause);
}

// "我做了一件特别蠢的事" is something the user regrets, not an effort to praise.
const REGRET_ZH = /蠢|傻|错|糟|砸|坏事|丢人|后悔|对不起/;

const ASKS_ZH = /怎么办|咋办|咋整|能不能|帮我|给点|告诉我/;

// A question the listener can take up: why someone did something, or what to do.
// Not 凭什么: it is indignation (凭什么怪我), not a question to take up.
const QUESTION_WORDS_ZH = /为什么|为啥|为何|怎么办|咋办|怎么(?:做|处理|开口|说|应对|面对)|该怎么|到底在想|在想什么|图什么/;
const QUESTION_TAIL_ZH = /[吗呢啊呀吧嘛]+$/;

/**
 * The last why/how question of the message, person-shifted and without its final particle, ready to embed
 * ("至于他为什么总是这样对你，……"), or undefined. Chinese needs no word-order change.
 */
function questionInZh(text: string): string | undefined {
  let found: string | undefined;
  const re = /([^，。！？；,.!?;\n]+)[？?]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let clause = (m[1] as string).trim().replace(LEADING_ZH, '').replace(QUESTION_TAIL_ZH, '');
    if (!QUESTION_WORDS_ZH.test(clause) || clause.includes('你') || clause.length < 4 || clause.length > 22) continue;
    clause = clause.replace(/^(?:我就是想知道|我想知道|我就想知道|就是想知道|想知道|我不明白|我搞不懂|我想不通|搞不懂|想不通)/, '');
    if (clause.length >= 3) found = shiftPersonZh(clause);
  }
  return found;
}

// Words that frame a clause as a question or a complaint about someone ("我就是不明白邓明怎么能……"): cut
// away, the rest says what the person did.
const ACT_LEAD_ZH = /^(?:我就是不明白|我不明白|我就是想不通|我想不通|想不通|搞不懂|我搞不懂|我就想知道|我想知道|不知道)/;
const ACT_QUESTION_WORDS_ZH = /怎么能|怎么会|凭什么|为什么|为啥|到底|居然|竟然/g;

/** What another person did, person-shifted ("邓明一边买新手机一边跟你说没钱"), or undefined. */
function actInZh(text: string, people: readonly Span[]): string | undefined {
  let best: string | undefined;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_BREAKS.has(text.charAt(i)) && text.charAt(i) !== '？') continue;
    const untrimmed = text.slice(start, i);
    const raw = untrimmed.trim();
    const rawStart = start + (untrimmed.length - untrimmed.trimStart().length);
    start = i + 1;
    if (raw.includes('你')) continue;
    const lead = LEADING_ZH.exec(raw);
    let clause = raw.slice(lead ? lead[0].length : 0);
    const lead2 = ACT_LEAD_ZH.exec(clause);
    if (lead2) clause = clause.slice(lead2[0].length);
    const at = rawStart + (raw.length - clause.length);
    const first = clause.charAt(0);
    const byPerson = first === '他' || first === '她' || people.some((p) => p[0] === at);
    if (!byPerson) continue;
    clause = clause.replace(ACT_QUESTION_WORDS_ZH, '').replace(QUESTION_TAIL_ZH, '');
    // "他总是这样对我" points back at something said before; it names no act.
    if (clause.length < 6 || clause.length > 24 || (clause.length <= 10 && /这样|那样|这么|那么/.test(clause))) continue;
    best = shiftPersonZh(clause);
  }
  return best;
}

/** One Chinese message, read: feelings and people at once, the rest on first use. */
class ZhReading implements MessageReading {
  readonly feelings: readonly string[];
  readonly people: readonly string[];
  readonly thing = undefined;
  private readonly feelingSpans: readonly Span[];
  private readonly personSpans: readonly Span[];
  private readonly memo = new Map<string, string | undefined>();

  constructor(private readonly text: string) {
    this.feelingSpans = feelingSpans(text);
    this.personSpans = personSpans(text);
    this.feelings = this.feelingSpans.map((f) => f[2]);
    this.people = this.personSpans.map((p) => p[2]);
  }

  private once(key: string, compute: () => string | undefined): string | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  get phrase(): string | undefined {
    return this.once('phrase', () => bestPhrase(this.text, this.feelingSpans, this.personSpans));
  }

  get effort(): string | undefined {
    return this.once('effort', () => effortIn(this.text));
  }

  get question(): string | undefined {
    return this.once('question', () => questionInZh(this.text));
  }

  get act(): string | undefined {
    return this.once('act', () => actInZh(this.text, this.personSpans));
  }

  get asked(): boolean {
    return this.text.includes('？') || this.text.includes('?') || ASKS_ZH.test(this.text);
  }
}

/** Read one Chinese message. */
export function readZh(text: string): MessageReading {
  return new ZhReading(text);
}

/** The clause of `message` most worth reflecting back, in the listener's voice (我 -> 你), or undefined. */
export function phraseZh(message: string): string | undefined {
  return readZh(message).phrase;
}

/** Something the user says they did or tried, in the listener's voice ("你一直在平衡学业和兼职"), or undefined. */
export function effortZh(message: string): string | undefined {
  return effortIn(message);
}
