import type { PromptVocabulary } from '../vocabulary';

/** English prompt vocabulary. */
export const vocabularyEn: PromptVocabulary = {
  persona: {
    name: 'Name',
    age: 'Age',
    gender: 'Gender',
    occupation: 'Occupation',
    traits: 'Traits',
    topic: 'What it is about',
    background: 'What happened',
    others: 'People involved',
    revelations: 'Things you reveal only as trust grows, in this order',
    profileText: 'Character description',
    sceneText: 'Background story',
  },
  characterTypes: {
    negative: 'Negative: you tend to see things darkly, complain and take offence easily, and you push back on anything that sounds like a platitude.',
    passive: 'Passive: you say little and answer briefly; you rarely take the initiative and need to be drawn out with care.',
    avoidant: 'Avoidant: you dodge the heart of the matter, change the subject or play things down, especially when a question comes too close.',
  },
  hiddenNeeds: {
    'blameless-validation': 'You believe you did nothing wrong in this and want the listener to agree that it was not your fault.',
    'guided-reflection': 'You want the listener to guide you to reflect on what happened and to grow from it yourself.',
    'balanced-analysis': 'You want a balanced analysis of the problem that weighs it from more than one side.',
    'deep-empathy': 'You want the listener to truly feel with you, not just to comfort you.',
    'attentive-listening': 'You want to vent and be listened to attentively, without being rushed towards solutions.',
    'others-motives': 'You want to understand why the other people involved acted as they did.',
    'practical-advice': 'You want practical advice that really helps you deal with the situation.',
    'specific-praise': 'You want sincere praise for specific things you did.',
  },
  hiddenNeedOriginal: 'In the original wording',
  difficulty: {
    vanilla: 'You are willing to open up. A sincere reply that stays on your story earns your goodwill even when it is imperfect, and small missteps cost you little.',
    challenging:
      'You are guarded and hard to please. Generic comfort, cliches, advice you did not ask for, or a reply that misses what you really want lowers your emotion; only a reply that truly gives you what you secretly want raises it, and you rarely give more than +5 for a single reply.',
  },
  bands: {
    S: '- 100: fully relieved; this conversation gave you what you needed.',
    A: '- 70 to 99: clearly better; you feel understood and you are warm and open.',
    B: '- 40 to 69: unsettled but still engaged; you are waiting to see whether the listener really gets it.',
    C: '- 10 to 39: upset, irritated or discouraged; your answers get short, sharp or defensive.',
    F: '- below 10: you have given up on this conversation.',
  },
  bandNames: { S: 'fully relieved', A: 'clearly better', B: 'unsettled', C: 'upset', F: 'given up' },
  bandBehaviour: {
    S: 'you feel fully understood and relieved, and you can say so warmly.',
    A: 'you feel understood; you are warmer, more open, and willing to share more.',
    B: 'you are still unsettled; you keep talking, but you are watching whether the listener really gets it.',
    C: 'you are upset or discouraged; you answer briefly and sharply, and you may question why you are even talking.',
    F: 'you have given up on this conversation and want to leave it.',
  },
  speakers: { user: '{{name}} (you)', listener: 'Listener' },
  colon: ': ',
  emptyDialogue: '(nothing has been said yet)',
  appraisal: {
    conveys: 'What the listener was trying to do',
    statedNeed: 'Did it give what you asked for',
    hiddenNeed: 'Did it touch what you secretly want',
    innerReaction: 'What went through your mind',
    feeling: 'How it left you feeling',
    analysis: 'Your judgement of the reply',
  },
  correction:
    'Your answer could not be used: {{problem}}. Answer again with only the JSON object, exactly in the required format (attempt {{attempt}} of {{maxAttempts}}).',
};
