import type { ChatMessage } from '@rlver/env';

/** Short hand-written dialogues for the agent tests (the user speaks first, as in the env). */
export const EN_CREDIT: ChatMessage[] = [
  {
    role: 'user',
    content:
      "My manager presented my project as his own in front of the whole team today. I stayed late every night for three weeks to finish it, and I'm so frustrated I can't even think straight.",
  },
];

export const ZH_EFFORT: ChatMessage[] = [{ role: 'user', content: '唉，最近真的好累。我一直在试着平衡学业和兼职，可是张浩老说我不够努力，我真的很委屈。' }];

/** Dialogues that cover the shapes a realizer meets: rich, bare, long, several turns, no feelings, no people. */
export const EN_DIALOGUES: ChatMessage[][] = [
  EN_CREDIT,
  [{ role: 'user', content: 'hi' }],
  [{ role: 'user', content: "I don't know. Things are just weird lately." }],
  [
    { role: 'user', content: 'My sister Emma stopped talking to me after the wedding.' },
    { role: 'assistant', content: 'That sounds painful. What happened at the wedding?' },
    { role: 'user', content: "Emma said I ruined her day because I left early, but my son was sick and I had no choice. I feel so guilty and also kind of betrayed." },
  ],
  [
    {
      role: 'user',
      content:
        'Honestly my whole week has been a disaster from start to finish and I have no idea how any of it happened or what I could possibly do about any of it anymore because everything I try seems to make it worse somehow.',
    },
  ],
  [{ role: 'user', content: 'Why would my best friend tell everyone my secret? I trusted her completely.' }],
];

export const ZH_DIALOGUES: ChatMessage[][] = [
  ZH_EFFORT,
  [{ role: 'user', content: '嗯。' }],
  [{ role: 'user', content: '最近感觉就像被困在一幅画里，怎么也走不出来，唉。' }],
  [
    { role: 'user', content: '最近有些事搞得我头大，张浩那个态度，真让我摸不着头脑。' },
    { role: 'assistant', content: '听起来你很困惑，可以多说一点吗？' },
    { role: 'user', content: '上周的聚会上，他和别的女生特别亲密，我问他，他却说只是普通朋友。他为什么总是这样？' },
  ],
  [{ role: 'user', content: '我妈又在亲戚面前说我没出息，我明明已经很努力了，凭什么这样说我？' }],
  [{ role: 'user', content: '工作上刚搞定一个大项目，团队都挺认可，可是老公完全不在乎，我做了那么多他都看不到。' }],
];
