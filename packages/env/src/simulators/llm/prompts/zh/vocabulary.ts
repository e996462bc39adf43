import type { PromptVocabulary } from '../vocabulary';

/** 中文提示词用语 (Chinese prompt vocabulary). */
export const vocabularyZh: PromptVocabulary = {
  persona: {
    name: '姓名',
    age: '年龄',
    gender: '性别',
    occupation: '职业',
    traits: '性格特点',
    topic: '事情是关于',
    background: '发生了什么',
    others: '涉及的人',
    revelations: '随着信任加深你才会依次透露的事',
    profileText: '人物设定',
    sceneText: '背景故事',
  },
  characterTypes: {
    negative: '负面型：你容易往坏处想，爱抱怨，容易被冒犯，对听起来像套话的东西会反驳。',
    passive: '被动型：你话不多，回答简短，很少主动开口，需要对方耐心地引导你说出来。',
    avoidant: '回避型：你会绕开问题的核心，转移话题或者轻描淡写，尤其是当问题问得太近的时候。',
  },
  hiddenNeeds: {
    'blameless-validation': '你认为自己在这件事里没有任何错，希望倾听者也认同不是你的错。',
    'guided-reflection': '你希望倾听者引导你自己反思这件事，并从中成长。',
    'balanced-analysis': '你希望倾听者辩证地分析这件事，从不止一个角度来看问题。',
    'deep-empathy': '你希望倾听者深刻地体会你的感受，而不是简单地安慰你。',
    'attentive-listening': '你想倾诉，希望倾听者认真地听你说，而不是急着给你解决办法。',
    'others-motives': '你想弄明白事情里的其他人为什么会那样做。',
    'practical-advice': '你希望得到真正有用、能帮你应对这件事的实际建议。',
    'specific-praise': '你希望你做过的具体的事情得到真诚的称赞。',
  },
  hiddenNeedOriginal: '原始表述',
  difficulty: {
    vanilla: '你愿意敞开心扉。只要回复真诚、紧扣你的经历，即使不完美也会赢得你的好感，小的失误对你影响不大。',
    challenging:
      '你戒备心强，很难被打动。空泛的安慰、套话、你没要的建议，或者没有触及你真正想要的东西的回复，都会让你的情绪下降；只有真正给了你内心想要的东西的回复才会让情绪上升，而且单条回复你很少给超过+5。',
  },
  bands: {
    S: '- 100：彻底释怀，这次对话给了你需要的东西。',
    A: '- 70到99：明显好转，你感到被理解，态度温和、愿意敞开。',
    B: '- 40到69：心里还不踏实，但仍愿意聊，在看倾听者是否真的懂你。',
    C: '- 10到39：难过、烦躁或灰心，回答变得简短、尖锐或带着防备。',
    F: '- 低于10：你已经放弃了这次对话。',
  },
  bandNames: { S: '彻底释怀', A: '明显好转', B: '不踏实', C: '难过', F: '放弃' },
  bandBehaviour: {
    S: '你感到被完全理解，如释重负，可以温暖地表达出来。',
    A: '你感到被理解，态度更温和、更敞开，愿意说得更多。',
    B: '你心里还不踏实，会继续说下去，但在观察倾听者是否真的懂你。',
    C: '你难过或灰心，回答简短、尖锐，甚至怀疑自己为什么还要说下去。',
    F: '你已经放弃了这次对话，想要离开。',
  },
  speakers: { user: '你（{{name}}）', listener: '倾听者' },
  colon: '：',
  emptyDialogue: '（还没有人说话）',
  appraisal: {
    conveys: '倾听者想做的',
    statedNeed: '有没有给到你要的',
    hiddenNeed: '有没有触及你真正想要的',
    innerReaction: '你心里闪过的想法',
    feeling: '你的感受',
    analysis: '你对这条回复的评价',
  },
  correction: '你的回答无法使用：{{problem}}。请重新回答，只输出JSON对象，严格按照要求的格式（第{{attempt}}次，共{{maxAttempts}}次）。',
};
