/**
 * Clauses of a Chinese message worth weaving into a reply: the one to reflect back, what another person
 * did, what the user did, and their why/how question.
 */
import { WordIndex } from '../word-index';
import { shiftPersonZh } from './shift';
import type { Span } from './spans';

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
export function bestPhrase(text: string, feelings: readonly Span[], people: readonly Span[]): string | undefined {
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

export function effortIn(message: string): string | undefined {
  const m = EFFORT_RE_ZH.exec(message);
  if (!m) return undefined;
  const clause = m[0].replace(TRAILING_ZH, '');
  if (clause.length < 4 || clause.includes('你') || REGRET_ZH.test(clause)) return undefined;
  return shiftPersonZh(clause);
}

// "我做了一件特别蠢的事" is something the user regrets, not an effort to praise.
const REGRET_ZH = /蠢|傻|错|糟|砸|坏事|丢人|后悔|对不起/;

export const ASKS_ZH = /怎么办|咋办|咋整|能不能|帮我|给点|告诉我/;

// A question the listener can take up: why someone did something, or what to do.
// Not 凭什么: it is indignation (凭什么怪我), not a question to take up.
const QUESTION_WORDS_ZH = /为什么|为啥|为何|怎么办|咋办|怎么(?:做|处理|开口|说|应对|面对)|该怎么|到底在想|在想什么|图什么/;
const QUESTION_TAIL_ZH = /[吗呢啊呀吧嘛]+$/;

/**
 * The last why/how question of the message, person-shifted and without its final particle, ready to embed
 * ("至于他为什么总是这样对你，……"), or undefined. Chinese needs no word-order change.
 */
export function questionInZh(text: string): string | undefined {
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
export function actInZh(text: string, people: readonly Span[]): string | undefined {
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

