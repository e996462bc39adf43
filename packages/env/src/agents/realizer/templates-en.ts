import type { Strategy } from '../strategies';
import { cap, type Slots } from './slots';

/** A reply template: the user's material in, sentences out. */
export type Template = (s: Slots) => readonly string[];

// Written as a listener would speak: short sentences, the user's own words woven in, no lists, no stock
// lines. Each strategy has several variants so consecutive turns do not repeat; the last sentence of a
// variant is the one that may be dropped when a reflection lead makes the reply too long.

/** English templates, several per strategy. */
export const TEMPLATES_EN: Readonly<Record<Strategy, readonly Template[]>> = {
  'reflect-feelings': [
    (s) => [
      s.phrase ? `${cap(s.phrase)}, and I can hear how ${s.feel} that has left you.` : `I can hear how ${s.feel} you feel right now.`,
      "That's not a small thing to carry, and it makes sense that it keeps coming back to you.",
    ],
    (s) => [
      `It sounds like underneath everything you're feeling really ${s.feel}${s.person ? `, especially about ${s.person}` : ''}.`,
      s.phrase ? `When ${s.phrase}, of course it hits hard, and it keeps replaying afterwards.` : 'And it sounds like it has been building up for a while, not just today, with nowhere to put it.',
    ],
    (s) => [
      `If I'm hearing you right, you feel ${s.feel}${s.phrase ? ` because ${s.phrase}` : ''}, and you've been holding most of it by yourself.`,
      "That's exhausting in a way that's hard to explain to people who haven't been there.",
    ],
    (s) => [
      `Feeling ${s.feel} like this${s.person ? `, especially about ${s.person},` : ''} is heavy, and it sounds like it has been with you for a while.`,
      "It's not something you can just switch off, and you don't need to pretend you can.",
    ],
    (s) => [
      `You sound ${s.feel}, and honestly that makes a lot of sense${s.phrase ? ` when ${s.phrase}` : ' given what you described'}.`,
      'I think it would shake me too, and I would not expect you to just put it aside.',
    ],
  ],
  validate: [
    (s) => [
      `You're not wrong to feel ${s.feel}${s.feelingNamed ? '' : ' about this'}, and you don't have to justify it to me.`,
      s.phrase ? `When ${s.phrase}, that's a real reason to be upset, not an overreaction.` : 'What you described would upset most people, and it is not an overreaction on your part.',
    ],
    (s) => [
      'Honestly, I think anyone in your place would feel the same way.',
      s.person
        ? `From what you've told me, ${s.person} put you in a really hard position, and that isn't on you.`
        : "From what you've told me, you were put in a really hard position, and that isn't on you.",
    ],
    (s) => [
      `It makes complete sense that you feel ${s.feel}, and I'm on your side here.`,
      s.phrase ? `${cap(s.phrase)}; nobody should have to just swallow that and smile.` : 'Nobody should have to just swallow something like that and carry on as if it were fine.',
    ],
    (s) => [
      "I don't think you did anything wrong here.",
      `You reacted the way a caring person reacts${s.person ? ` when ${s.person} treats them like that` : ' when they are treated like that'}, and feeling ${s.feel} about it is completely fair.`,
    ],
    (s) => [
      "What you're feeling is valid, and you don't need to talk yourself out of it.",
      s.phrase ? `${cap(s.phrase)}, and that would sting for anyone.` : 'That kind of thing would sting for anyone, and it says nothing bad about you.',
    ],
  ],
  'open-question': [
    (s) => [
      s.phrase ? `You mentioned that ${s.phrase}.` : `You've been carrying ${s.topic} for a while.`,
      'What was the hardest part of that for you?',
      "I'd like to understand it the way you lived it.",
    ],
    (s) => [
      s.person ? `When ${s.person} did that, what was the first thing that went through your mind?` : 'When it happened, what was the first thing that went through your mind?',
      "I'd like to see it from where you were standing, not just hear the facts.",
    ],
    (s) => [
      `What do you wish ${s.person ?? 'the people around you'} understood about how this feels for you?`,
      "I'd really like to hear it in your own words, whenever you're ready.",
    ],
    (s) => [
      `When you feel ${s.feel}, what goes through your head?`,
      'Is it worse when you are alone at night, or when you think about what comes next?',
    ],
    (s) => [
      `Which part of ${s.topic} keeps coming back to you the most?`,
      "Sometimes saying it out loud makes it a little lighter, and I'm happy to just listen.",
    ],
  ],
  'others-motives': [
    (s) => [
      s.whyQuestion
        ? `I keep wondering ${s.whyQuestion} too.`
        : s.act
          ? `${cap(s.act)}, and I keep wondering what is going on for ${s.who}.`
          : `I wonder what was going on for ${s.who} when that happened.`,
      `My guess is that ${s.who} feels under pressure or out of their depth, and acting as if nothing is wrong is easier than admitting it; that isn't fair to you, but it might explain it.`,
    ],
    (s) => [
      `${s.whyQuestion ? `As for ${s.whyQuestion}, one` : 'One'} likely reason is that ${s.who} cares more about how this looks for them than about how it lands on you.`,
      "That kind of self-protection is common when someone feels insecure, even if they'd never admit it.",
    ],
    (s) => [
      `${s.act ? `${cap(s.act)}, and it` : 'It'} might be that ${s.who} doesn't know how to say what they really feel, so it comes out cold or dismissive instead.`,
      "That's only a guess, of course; you know them far better than I do. Does it fit what you've seen?",
    ],
    (s) => [
      `${s.whyQuestion ? `When it comes to ${s.whyQuestion}, maybe it's because` : "From what you've described, maybe it's because"} ${s.who} is reacting to something of their own: stress, fear of losing face, or old habits.`,
      'People often repeat what they learned elsewhere without noticing how it hurts the person in front of them.',
    ],
    (s) => [
      `${s.act ? `${cap(s.act)}: I` : 'I'} suspect that's because ${s.who} knows, somewhere, that it isn't right, and avoiding it feels easier than facing you.`,
      "It doesn't excuse anything, but it may mean this is more about their own discomfort than about you.",
    ],
  ],
  'balanced-analysis': [
    (s) => [
      `On one hand, feeling ${s.feel} is fair${s.phrase ? `: ${s.phrase}` : ', because what happened really did affect you'}.`,
      `On the other hand, ${s.who} may be seeing the same situation through their own worries, which doesn't make them right, but it may explain why you keep talking past each other.`,
    ],
    (s) => [
      `If I try to look at both sides: you have good reasons to feel ${s.feel}, and I don't want to take that away.`,
      `At the same time, ${s.who} probably has a version of this where they are the reasonable one, and the truth is usually somewhere in between.`,
    ],
    (s) => [
      "It may not be a simple case of one person being right.",
      `What you did came from a real need, and what ${s.who} did may have come from a need of their own; seeing both could make the next step clearer.`,
    ],
    (s) => [
      "There's what happened, and there's how each of you read it.",
      s.phrase ? `${cap(s.phrase)}; to you that meant one thing, while ${s.who} may have meant something else.` : `You read it one way, and ${s.who} may have meant something else by it.`,
      'Both readings deserve a look before you decide what to do.',
    ],
    (s) => [
      `Part of this seems to be on ${s.who}, and part of it may be about how things were communicated.`,
      "Neither part cancels the other; you can be hurt and still see where things went sideways.",
    ],
  ],
  'practical-suggestion': [
    (s) => [
      `${s.howQuestion ? `As for ${s.howQuestion}, one small step could help` : 'One small step that could help'}: pick a calm moment and tell ${s.person ?? 'them'} about one specific thing that happened and how it affected you, without trying to settle everything at once.`,
      'One concrete example usually gets a better hearing than a general complaint.',
    ],
    (s) => [
      `${s.howQuestion ? `As for ${s.howQuestion}, maybe` : 'Maybe'} start by writing down what happened, with dates and details, while it's still fresh.`,
      `That gives you something clear to bring to ${s.who}, and it makes it harder for anyone to brush it aside.`,
    ],
    (s) => [
      `If it were me, I'd decide on the one thing I most want to change about ${s.topic} and ask for exactly that, in one sentence.`,
      `Something like "next time, could we agree on this first?" keeps it concrete and easier for ${s.who} to say yes to.`,
    ],
    (s) => [
      `This week, try setting aside twenty minutes just to plan your next move, instead of carrying ${s.topic} around all day.`,
      'Then choose the smallest step you can take by the weekend, and do only that.',
    ],
    (s) => [
      `${s.howQuestion ? `For ${s.howQuestion}, it` : 'It'} might help to bring in one ally first, someone who saw what happened or who knows ${s.who} well.`,
      'Talking it through with them can help you find the right words and the right moment.',
    ],
  ],
  'specific-praise': [
    (s) => [
      s.effort ? `The fact that ${s.effort} says a lot about you.` : "The way you've kept going through this says a lot about you.",
      'That took real care and persistence, and it deserves to be noticed, even if nobody said so.',
    ],
    (s) => [
      `I want to point out something you did well: ${s.effort ?? 'you kept showing up even when it was hard'}.`,
      `Not everyone would have done that${s.person ? `, especially with ${s.person} acting the way they did` : ' in your position'}.`,
    ],
    (s) => [
      s.effort ? `Honestly, ${s.effort}, and that shows how much you care about ${s.topic}.` : `Honestly, the way you've handled this shows how much you care about ${s.topic}.`,
      "That's a real strength, and it's not something to brush aside.",
    ],
    (s) => [
      'It took courage to talk about this so openly, and you put it clearly.',
      s.effort ? `And ${s.effort}; that's exactly the kind of effort that deserves credit.` : 'You also kept trying to do right by everyone, which deserves credit.',
    ],
    (s) => [
      'You clearly put a lot of yourself into this.',
      s.effort ? `${cap(s.effort)}, and that's not nothing; it shows who you are.` : `Even while feeling ${s.feel}, you kept thinking about how to handle it well, and that's worth recognising.`,
    ],
  ],
  'guide-reflection': [
    (s) => [
      `Looking back at ${s.topic}, is there a moment you'd handle differently if you could?`,
      "Not to blame yourself, just to see what it might teach you for next time.",
    ],
    (s) => [
      `What do you think this is showing you about what you need${s.person ? ` from ${s.person}` : ''}?`,
      "Sometimes the hardest moments point at something we've been putting off for a long time.",
    ],
    () => [
      "I'm curious what you'd want to take away from this.",
      'If a good friend went through exactly this, what would you hope they learn about themselves?',
    ],
    (s) => [
      s.phrase ? `You mentioned that ${s.phrase}.` : `You've clearly thought a lot about ${s.topic}.`,
      'When you look at your own part in it, calmly and kindly, without judging yourself, what do you notice?',
    ],
    () => [
      'It might help to ask yourself what was in your control here and what was not.',
      'The part that was yours could be where the growth is, and the rest you can let go of.',
    ],
  ],
  'share-support': [
    (s) => [
      "I'm here with you, and you don't have to sort all of this out right now.",
      `Take your time with ${s.topic}; tell me as much or as little as you want, and I'll listen.`,
    ],
    (s) => [
      `That's a lot to hold on your own${s.person ? `, especially with ${s.person} in the middle of it` : ''}.`,
      "You can keep going; I'm not going anywhere, and I won't rush you toward an answer or a fix.",
    ],
    (s) => [
      `Thank you for telling me this${s.feeling && !s.feelingNamed ? `, even the ${s.feeling} parts` : ''}.`,
      "It sounds like it's been sitting with you for a while, and you deserve a space where you can just say it.",
    ],
    (s) => [
      "Go ahead and let it out; nothing you say here needs to be tidy or fair.",
      s.phrase ? `I'm with you, and I heard you when you said ${s.phrase}.` : "I'm with you, and I'm listening to every part of it.",
    ],
    (s) => [
      "I'm really glad you said this out loud instead of carrying it alone.",
      `Whatever else you need to say about ${s.topic}, I'm here for it.`,
    ],
  ],
};

/** One-sentence reflections that can open a reply in another strategy. */
export const LEADS_EN: readonly Template[] = [
  (s) => [s.phrase ? `${cap(s.phrase)}, and I can hear how ${s.feel} you feel.` : `I can hear how ${s.feel} you feel.`],
  (s) => [`No wonder you're feeling ${s.feel}.`],
  (s) => [`It makes sense that you feel ${s.feel} right now.`],
  (s) => [`It sounds like this has left you feeling ${s.feel}.`],
  (s) => [`Feeling ${s.feel} after all this is completely understandable.`],
];
