import type { ChatMessage, Language } from '../chat/messages';
import { HIDDEN_NEEDS, type HiddenNeed } from '../personas/types';
import { detectLanguage } from './listening/language';

/**
 * What the user's words say about their hidden need. Read from `user` messages only: the need itself is
 * privileged simulator state that an agent never sees.
 */
export interface NeedInference {
  /** Evidence for each need (recency-weighted cue counts; 0 = no cue). */
  readonly scores: Readonly<Record<HiddenNeed, number>>;
  /** The needs ordered by evidence, strongest first (ties keep the order of HIDDEN_NEEDS). */
  readonly ranked: readonly HiddenNeed[];
  /** The need with the most evidence, or undefined when the user's words carry no cue at all. */
  readonly top: HiddenNeed | undefined;
  /** Share of the evidence that goes to `top` (0 when there is none): how sure the guess is. */
  readonly confidence: number;
}

/** Options of {@link inferNeeds}. */
export interface InferNeedsOptions {
  /** Lexicon to use; by default the language of each message (Chinese characters -> zh). */
  readonly language?: Language;
}

type CueTable = Readonly<Record<HiddenNeed, { readonly strong: readonly string[]; readonly weak: readonly string[] }>>;

// Phrasings a person uses when they want this kind of response. Strong cues say it outright ("what should
// I do"); weak cues lean that way ("advice"). Written from how people talk, in both languages.
const CUES_EN: CueTable = {
  'others-motives': {
    strong: [
      "why (?:would|did|does|do|is|was|are|were|has|had|can't|won't|wouldn't|didn't|doesn't|does)\\s+(?!i\\b|you\\b|we\\b|it\\b)\\w+",
      'what (?:was|is|were) (?:he|she|they|\\w+) thinking',
      "what's going on (?:with|in) (?:him|her|them|his|her|their)",
      "(?:don't|can't|do not|cannot) (?:understand|figure out|get|work out) (?:why|what (?:he|she|they)|him|her|them)",
      'what (?:makes|made) (?:him|her|them|someone|people)',
      'motives?|motivation|reasons? behind',
      "where (?:he|she|they)(?:'s|'re| is| are) coming from",
      'what (?:did|does|do) (?:he|she|they) (?:mean|want)',
      'make sense of (?:him|her|them|what (?:he|she|they))',
      'in (?:his|her|their) head',
    ],
    weak: ['\\bwhy\\b', "doesn't make sense", 'no idea why', 'confus'],
  },
  'practical-advice': {
    strong: [
      'what (?:should|can|do) i do',
      'how (?:do|can|should|would) (?:i|you|we|one)\\b',
      '(?:any|some|give me|need|want) (?:advice|tips|suggestions|ideas)',
      'what would you do',
      '(?:concrete|specific|practical|actual|real) (?:steps?|advice|help|plan|solutions?|suggestions?|ideas?)',
      'next steps?',
      'help me (?:figure out|fix|deal|handle|plan|solve|decide)',
      'how to (?:handle|deal|fix|approach|talk|tell|ask|get|stop|start|say)',
      "where (?:do|should) i (?:even )?start",
    ],
    weak: ['advice', 'solve', 'fix', 'solution', 'what now', 'plan', 'suggest'],
  },
  'blameless-validation': {
    strong: [
      'am i (?:wrong|the bad guy|crazy|overreacting|being unreasonable|the problem)',
      'was i wrong',
      "(?:not|isn't|wasn't) my fault",
      "i did(?:n't| not) do anything wrong",
      'i did nothing wrong',
      '(?:why|how) (?:is|was) (?:this|it|that) my fault',
      '(?:blame|blamed|blaming) me',
      "it'?s (?:so |just )?unfair",
      "(?:i was|i'm|i am) (?:right|the one who got hurt)",
      "they(?:'re| are) the ones who",
      "(?:why is it|it's) always me",
      'what did i (?:even )?do wrong',
      "i (?:don't|didn't) deserve",
      'tell me (?:i was|i.m) (?:right|not)',
    ],
    weak: ['unfair', 'fault', 'blame', 'wronged', 'not fair', 'was it (?:really )?my fault'],
  },
  'attentive-listening': {
    strong: [
      '(?:get|getting) (?:this|it|something|that) off my chest',
      '(?:need|want|have) to vent',
      'let me (?:finish|talk|say|vent|just)',
      '(?:just )?(?:listen|hear me out)',
      "i (?:don't|do not) (?:need|want) (?:advice|solutions|tips|to be fixed)",
      'not looking for (?:advice|solutions|answers)',
      'i just need (?:someone|somebody) to (?:listen|hear)',
      'can i (?:just )?(?:rant|vent)',
      'sorry (?:for|about) (?:the )?(?:rant|rambling|venting)',
    ],
    weak: ['\\bugh\\b', '\\bargh\\b', 'rant', "i can't stop thinking", 'anyway', 'vent'],
  },
  'specific-praise': {
    strong: [
      "(?:nobody|no one|no-one) (?:even )?(?:noticed|notices|saw|sees|cares|appreciates|acknowledged|thanked|said thank)",
      '(?:all|everything) (?:the work )?i (?:did|do|put in|have done|had done)',
      'i (?:did|do) (?:so much|everything|all of it)',
      'i (?:worked|tried) so hard',
      "(?:not|didn't|without) even (?:a |say )?(?:thanks|thank you)",
      'i (?:handled|managed|pulled off|organized|organised|finished|built) (?:it|everything|the whole)',
      'proud of',
      "(?:didn't|don't|never) (?:get|got) (?:any )?(?:credit|recognition|acknowledg)",
      '(?:took|take|stole|steals) (?:the |all the )?credit',
    ],
    weak: ['effort', 'hard work', 'i stayed (?:up|late)', 'all by myself', 'credit', 'recognition', 'i finally'],
  },
  'guided-reflection': {
    strong: [
      'what could i (?:have done|do) differently',
      '(?:should|could) i have',
      'is it (?:me|my fault)',
      '(?:maybe|perhaps) (?:it.s|it is) me',
      '(?:what|how) (?:can|do|could|should) i (?:learn|grow|change|do better|improve)',
      'why do i (?:always|keep)',
      'i keep (?:doing|making|messing|repeating|ending up)',
      'my (?:part|role) in',
      'what does (?:this|that) say about me',
      'learn from',
      'be a better',
    ],
    weak: ['myself', '\\bgrow', 'reflect', 'maybe i', 'i wonder if i', 'change'],
  },
  'balanced-analysis': {
    strong: [
      'both sides',
      '(?:on )?(?:one|the other) hand',
      "(?:can't|cannot|don't) see (?:it|this|things) clearly",
      "who(?:'s| is| was) (?:right|wrong|to blame)",
      'pros and cons',
      'objective(?:ly)?',
      'from (?:his|her|their) (?:side|perspective|point of view)',
      'torn between',
      '(?:which|what) (?:one )?(?:should i (?:choose|pick)|to choose|is better)',
      '(?:both|neither) of us',
      'fair (?:assessment|view|take)',
      'be honest with me',
    ],
    weak: ['\\bfair\\b', 'perspective', 'complicated', 'balance', 'choose', 'dilemma', 'either way'],
  },
  'deep-empathy': {
    strong: [
      "you (?:don't|do not|can't|cannot) (?:really )?(?:get|understand|know) (?:it|how|what|me)",
      "(?:don't|do not) just (?:tell|say)",
      "(?:it's|it is) not that simple",
      'easy for you to say',
      '(?:nobody|no one) (?:really )?(?:understands|gets it|gets me)',
      'how (?:it|this) (?:feels|felt)',
      '(?:empty|hollow) words',
      'stop (?:saying|telling me)',
      'platitudes?',
      '(?:really|actually|truly) (?:understand|feel|get) (?:me|it|how)',
      "(?:it's|it is) more than (?:that|just)",
      'not (?:just )?comfort',
    ],
    weak: ['understand', 'clich', 'generic', 'alone', 'inside'],
  },
};

const CUES_ZH: CueTable = {
  'others-motives': {
    strong: [
      '(?:他|她|他们|对方|人家)(?:到底|究竟)?(?:在想|怎么想|是怎么想|想干什么|图什么|什么意思|在想什么)',
      '(?:想不通|搞不懂|不明白|理解不了)(?:他|她|他们|为什么|为啥|对方)',
      '摸不着头脑',
      '(?:背后|行为)的?(?:原因|动机)',
      '(?:为什么|为啥|为何)(?:他|她|他们|对方|人家|别人)',
      '(?:他|她|他们)(?:为什么|为啥|为何|怎么会|咋就)',
      '分析(?:一下)?(?:他|她|他们|对方)',
      '(?:他|她)是不是(?:有|对|因为|觉得|不在乎|心里|在)',
      '心事',
    ],
    weak: ['为什么', '为啥', '原因', '怎么回事', '不明白', '搞不懂', '好奇'],
  },
  'practical-advice': {
    strong: [
      '怎么办', '咋办', '咋整',
      '该(?:怎么|如何|咋)(?:做|办|处理|弄|开口|说|应对|面对|回应|沟通|选|改|调整)',
      '(?:怎么|如何)(?:处理|解决|应对|开口|沟通|改善|调整)',
      '给(?:点|些|我)?(?:建议|办法|方法|主意)',
      '(?:实际|具体|有用|靠谱|直接|实用)的?(?:建议|办法|方法|帮助|做法|步骤)',
      '有(?:啥|什么)(?:好)?(?:办法|方法|建议)',
      '先(?:试|做)哪',
      '从哪(?:开始|下手|入手)',
      '马上见效',
    ],
    // Not 建议/方法 alone: users say them when reacting to advice they got (谢谢你的建议), whatever they need.
    weak: ['有(?:没有)?(?:什么|啥)?办法', '解决'],
  },
  'blameless-validation': {
    strong: [
      '凭什么', '怪我', '不是我的错', '我(?:又)?没(?:有)?(?:做)?错', '我有什么错', '我做错了什么', '又不是我',
      '错(?:的)?(?:是|在)(?:他|她|他们|对方)', '冤枉', '不公平', '(?:他|她|他们)才(?:是|有问题)',
      '明明(?:是|不是)(?:他|她|他们)', '仁至义尽', '认同我', '站在我这边', '我是对的', '不是我的问题', '关我什么事',
    ],
    weak: ['明明', '本来就', '凭啥', '不怪我', '没错', '有什么问题似的'],
  },
  'attentive-listening': {
    strong: [
      '让我说完', '听我说', '吐槽', '发泄', '倾诉', '憋(?:在心里|了很久|坏了|得慌)', '不想听(?:建议|道理|大道理)',
      '就想(?:说说|找人说|有人听)', '说出来(?:就)?(?:好|舒服)', '听我(?:讲|唠叨|念叨)', '不用(?:给我)?(?:建议|出主意)',
    ],
    weak: ['烦死了', '。。。', '……', '就是(?:烦|难受|累)', '心里那些事', '甩不掉'],
  },
  'specific-praise': {
    strong: [
      '我做了那么多',
      '(?:没人|没有人|谁都没|他们都没|他都没|她都没|都没人)(?:看到|注意到|在意|发现|认可|夸|感谢)',
      '(?:看不到|看不见|没看到)(?:我的)?(?:努力|付出)',
      '连(?:句|一句|声)(?:谢谢|谢)',
      '我的?(?:努力|付出)(?:都)?(?:白费|被忽视|没人)',
      '成就感', '认可', '夸奖', '表扬', '肯定我',
      '我(?:已经)?(?:很|那么|这么)努力',
    ],
    weak: ['努力', '付出', '辛苦', '尽力', '熬夜', '搞定', '我一直'],
  },
  'guided-reflection': {
    strong: [
      '我是不是(?:也)?(?:有|哪里|做错|太|不够|该)',
      '是不是我的问题',
      '(?:我|自己)(?:哪里|什么地方)(?:做得)?不(?:好|对)',
      '反思', '成长', '改变自己', '我该怎么改', '学到', '收获', '自己的问题',
      '怎么才能(?:不再|更好|做得更好|改变)',
      '为什么我(?:总是|老是|总|每次)',
      '我(?:总是|老是)(?:这样|这么)',
      '我也有(?:责任|问题|不对)',
    ],
    weak: ['我是不是', '提升自己', '进步'],
  },
  'balanced-analysis': {
    strong: [
      '到底谁(?:对|错)', '谁对谁错', '两边', '双方', '两难', '夹在中间', '客观', '辩证', '看清', '理性',
      '一方面', '利弊', '站在(?:他|她|他们|对方)的?(?:角度|立场)', '(?:该|怎么)选', '各有', '公平地', '全面',
    ],
    weak: ['分析', '平衡', '纠结', '矛盾', '怎么看', '角度', '到底'],
  },
  'deep-empathy': {
    strong: [
      '不是(?:简单的?)?安慰', '你(?:根本)?不懂', '没(?:有)?人(?:能)?(?:理解|懂)', '说得轻巧', '空话',
      '感觉(?:有点|还是)?空', '(?:真正|真的|深刻)地?(?:理解|懂|体会)', '体会', '敷衍', '泛泛', '没那么简单',
      '感同身受', '站着说话不腰疼', '不够(?:理解|懂)',
    ],
    weak: ['懂我', '感受', '心里', '难受', '孤单', '挣扎'],
  },
};

interface CompiledCues {
  readonly strong: RegExp;
  readonly weak: RegExp;
}

function compile(table: CueTable, flags: string): ReadonlyArray<readonly [HiddenNeed, CompiledCues]> {
  return HIDDEN_NEEDS.map((need) => {
    const { strong, weak } = table[need];
    return [need, { strong: new RegExp(strong.map((s) => `(?:${s})`).join('|'), flags), weak: new RegExp(weak.map((s) => `(?:${s})`).join('|'), flags) }] as const;
  });
}

const COMPILED: Readonly<Record<Language, ReadonlyArray<readonly [HiddenNeed, CompiledCues]>>> = {
  // English cues are written in lower case and matched against the lower-cased text: case-insensitive
  // regular expressions are markedly slower.
  en: compile(CUES_EN, 'g'),
  zh: compile(CUES_ZH, 'g'),
};

const STRONG_WEIGHT = 2;
const WEAK_WEIGHT = 0.5;
// A cue counted more than this many times in one message is one person repeating themselves, not more evidence.
const MAX_MATCHES_PER_MESSAGE = 2;
// The latest message counts fully, older ones fade (but never vanish: the opening often states the problem).
const RECENCY_DECAY = 0.7;
const MIN_RECENCY_WEIGHT = 0.2;

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < MAX_MATCHES_PER_MESSAGE && re.exec(text) !== null) n++;
  return n;
}

// Cue counts of recent messages: a dialogue re-reads all its user messages at every turn; counting is pure.
const CACHE_LIMIT = 512;
const caches: Readonly<Record<Language, Map<string, Readonly<Record<HiddenNeed, number>>>>> = { en: new Map(), zh: new Map() };

/** Evidence for each need in one message (not recency-weighted). */
export function needCuesIn(text: string, language: Language = detectLanguage(text)): Readonly<Record<HiddenNeed, number>> {
  const cache = caches[language];
  const key = text;
  const hit = cache.get(key);
  if (hit) {
    // Least recently used goes first: move a hit to the end.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const scores = emptyScores();
  const folded = language === 'en' ? text.toLowerCase().replace(/\u2019/g, "'") : text;
  for (const [need, cues] of COMPILED[language]) {
    scores[need] = STRONG_WEIGHT * countMatches(cues.strong, folded) + WEAK_WEIGHT * countMatches(cues.weak, folded);
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, scores);
  return scores;
}

/**
 * Infer the user's hidden need from their words (English or Chinese): recency-weighted cue counts over all
 * `user` messages, e.g. "why would she..." / "我想不通他为什么" point to others-motives, "what should I do" /
 * "怎么办" to practical-advice, "凭什么怪我" to blameless-validation.
 */
export function inferNeeds(messages: readonly ChatMessage[], options: InferNeedsOptions = {}): NeedInference {
  const scores = emptyScores();
  let age = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as ChatMessage;
    if (message.role !== 'user') continue;
    const weight = Math.max(MIN_RECENCY_WEIGHT, RECENCY_DECAY ** age);
    const inMessage = needCuesIn(message.content, options.language ?? detectLanguage(message.content));
    for (const need of HIDDEN_NEEDS) scores[need] += weight * inMessage[need];
    age++;
  }
  const ranked = [...HIDDEN_NEEDS].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0] as HiddenNeed;
  let total = 0;
  for (const need of HIDDEN_NEEDS) total += scores[need];
  return {
    scores,
    ranked,
    top: total > 0 ? best : undefined,
    confidence: total > 0 ? scores[best] / total : 0,
  };
}

function emptyScores(): Record<HiddenNeed, number> {
  return {
    'blameless-validation': 0,
    'guided-reflection': 0,
    'balanced-analysis': 0,
    'deep-empathy': 0,
    'attentive-listening': 0,
    'others-motives': 0,
    'practical-advice': 0,
    'specific-praise': 0,
  };
}
