import type { Phrasebook } from './types';

/** The English voice. */
export const EN_PHRASES: Phrasebook = {
  joiner: ' ',
  reactions: {
    felt: ["Yeah. That's exactly how it feels.", "Yes, that's it. You get it.", 'Thank you. It helps to hear someone say it out loud.', "That's it. That's the feeling."],
    validated: ['Thank you. I needed someone to say that.', "Right? So I'm not crazy.", 'Okay, good. I was starting to think it was just me.', 'Thanks. That makes me feel less stupid about it.'],
    motives: ["Huh. I hadn't thought about it from {his} side.", 'That makes sense, actually. Maybe {he} was under more pressure than I knew.', 'Maybe. That would explain a lot about {other}.', "I never looked at it like that. It's a fair point."],
    balance: ["Okay, that's fair. It isn't all on one side.", "That's a fair way to look at it.", "Hm. You're right, it's more complicated than I made it sound."],
    advice: ["Okay, that's something I could actually try.", "That's a good idea. I could do that.", "Huh, I hadn't thought of doing it that way. That's helpful."],
    praise: ['Thanks. Nobody has said that to me.', "Really? I didn't think anyone would see it that way. Thank you.", 'That means a lot, actually.'],
    reflection: ["Hm. That's a good question. I'd have to think about it.", "Maybe. I don't love what that says about me, but maybe.", 'I never thought about my own part in it like that.'],
    grounded: ["Yeah, you're following.", 'Right, exactly.', 'Yes, that part.'],
    question: ['Good question.', 'Where do I even start.', 'Okay, so.'],
    answered: ["Okay. That's what I was asking.", "Thank you, that's what I needed to hear."],
    warmth: ["Thanks. I'm starting to feel a bit better.", 'Ha, yeah. Thanks.'],
    helped: ['Okay. Thanks.', 'Yeah, that helps a bit.', 'Mm, okay. That makes sense.'],
    generic: ["That's what everyone says.", 'That sounds like something off a greeting card.', "I know it's meant to help, but it's so generic."],
    lecture: ["I didn't come here for a lecture.", "Please don't tell me what I should be doing.", 'Easy for you to say.'],
    dismissed: ["It's not nothing to me.", "Don't tell me it's no big deal. It is to me.", "You're making it sound small. It isn't."],
    referral: ["I'm not looking for a therapist right now. I'm talking to you.", "Everyone keeps telling me to see someone. That's not what I need."],
    'too-long': ["That's a lot of text. I'm not reading an essay right now.", 'Can you say it like a person? That reads like a pamphlet.', "That's a lot. I kind of lost you halfway."],
    repeat: ['You said that already.', "We're going around in circles.", "That's the same thing you said before."],
    'off-topic': ["That's not what I was talking about.", "I'm not sure what that has to do with me.", 'Were you even listening?'],
    questions: ['So many questions. I just told you.', "I feel like I'm being interviewed.", 'Why all the questions?'],
    'too-soon': ["I'm not ready for a to-do list yet.", "I've already tried that.", "You're jumping to solutions. I'm not there yet."],
    missed: ["That's not really what I meant.", "That's not what I need right now.", "Hm. That's not it."],
    empty: ['Hello? Are you still there?', 'You went quiet on me.'],
    hurt: ["I don't know. That doesn't help much.", 'Okay. Whatever.', 'Mm. Not really.'],
    flat: ['Okay.', 'Mm.', 'Yeah, maybe.'],
    lukewarm: ['Okay, I guess.', 'Sure, I guess.', 'I guess so.', 'Mm. Okay, I guess.', 'Fine, I guess.'],
  },
  sharpOpeners: ['Seriously?', 'Come on.', 'Ugh.'],
  grudgingOpeners: ['Fine.', 'Okay, fine.', 'Huh.'],
  hesitantOpeners: ['Um.', 'Oh.', 'Hm.'],
  deflections: ['Anyway.', "But whatever, it's fine.", "Let's not make it a big thing.", 'Anyway, enough about that.'],
  blame: [
    "{Other} is the one who should be sorry here.",
    'And {other} just gets away with it.',
    'None of this would have happened if {other} had done {his} part.',
  ],
  revealLeads: ["Honestly, there's something else.", "Honestly, there's more to it.", "I haven't told anyone this, but okay.", 'Actually, I should say this too.'],
  evasions: {
    negative: ['Does it matter?', "I don't see why that's important.", "That's not the point."],
    passive: ["I'm not sure.", "I don't really know.", 'Maybe. I never thought about it.'],
    avoidant: ["I don't really want to get into that.", "It's complicated. Let's leave it.", "That's not something I talk about much."],
  },
  moods: {
    negative: {
      A: ["Okay. That's the first useful thing anyone has said about this.", 'I feel a bit less angry, I guess.'],
      B: ["I'm still angry, though.", 'It still makes my blood boil.'],
      C: ["I'm getting really fed up.", "Honestly, I'm about done with all of this."],
    },
    passive: {
      A: ['It feels a bit lighter, talking about it.', "I'm glad I said something."],
      B: ["I don't know.", 'I just keep thinking about it.'],
      C: ["Sorry, I'm not explaining it well.", "Maybe I shouldn't have brought it up."],
    },
    avoidant: {
      A: ["Huh. I didn't expect to talk about this much.", 'Okay, this is actually helping a little.'],
      B: ["It's whatever.", "I'm fine, mostly."],
      C: ["Let's not make a big deal out of it.", "I don't even know why I'm talking about this."],
    },
  },
  flavors: {
    angry: ['It makes me so angry!', 'I could scream, honestly.'],
    anxious: ["I keep worrying it'll get worse.", "I can't stop going over it at night."],
    sad: ["I'm just so tired.", 'Some days it feels heavy.'],
    proud: ["I'm not someone who usually complains, you know.", "I don't usually let things get to me."],
  },
  lateLow: ["We keep going around in circles.", "I feel like we're not getting anywhere."],
  lateHigh: ['Talking it through is helping.', 'I feel clearer than when we started.'],
  uptake: ['Especially what you said about {other}.', 'Especially that last part.', 'Especially the part about how it all started.'],
  hints: {
    'practical-advice': {
      hooked: ['I need to decide {decision} soon. What should I do?', 'The thing is, I have to figure out {decision}. How do I even start?'],
      plain: ["I don't even know where to start. What should I do?", 'I need to do something about this soon, but how do I even start?'],
    },
    'others-motives': {
      hooked: ['I keep wondering {puzzle}. There has to be a reason.', "What I can't get past is {puzzle}. What was {he} thinking?"],
      plain: ["I keep wondering what was going through {other}'s head. Why would {he} do that?", 'What was {he} thinking? I just want to know the reason.'],
    },
    'deep-empathy': {
      hooked: ["It's not even the facts. It's how I feel. I feel {feeling}.", "I keep feeling {feeling}, and nobody gets how I feel."],
      plain: ["It's not the facts. It's how I feel, and nobody seems to get that.", "People keep cheering me up, but nobody gets how I feel."],
    },
    'attentive-listening': {
      hooked: ["Sorry, I just need to get this out. I feel {feeling}. I don't need answers, I just need someone to listen.", "Can I vent for a minute? I don't need answers, just someone to listen."],
      plain: ["I don't need answers right now. I just need someone to listen.", "Sorry, I just need to get it all out. Can you listen for a bit?"],
    },
    'specific-praise': {
      hooked: ['I {achievement}, and nobody even noticed.', 'You know what gets me? I {achievement}. Not one person noticed.'],
      plain: ['I tried so hard through all of this, and nobody noticed.', 'I did a lot to hold things together, and no one noticed.'],
    },
    'blameless-validation': {
      hooked: ['I {achievement}. I did everything right. So was I wrong here?', "I keep replaying it. Was it my fault? I really don't think so."],
      plain: ['I did what anyone would do. Was I wrong?', "Everyone acts like it's my fault. Is it?"],
    },
    'guided-reflection': {
      hooked: ['Maybe {doubt}. What does this say about me?', 'Part of me thinks {doubt}. I want to learn from this, not just be angry.'],
      plain: ['I keep wondering what my own part in this was.', "I want to learn from this somehow. What does this say about me?"],
    },
    'balanced-analysis': {
      hooked: ["Part of me thinks {doubt}, and part of me thinks it's all on them. I want to see it fairly.", "I'm probably too close to it. I want to see both sides."],
      plain: ["I'm too close to it. I want to see it fairly, from both sides.", "I can't tell anymore who's right. I want the bigger picture."],
    },
  },
  requests: {
    'practical-advice': ['Can you be more concrete? What should I actually do?', 'Okay, but practically, what do I do?'],
    'others-motives': ['But why would {other} do that? What was {he} thinking?', "What made {him} do that? That's what I want to understand."],
    'deep-empathy': ["I don't need to be cheered up. I need someone to understand how I feel.", 'Do you get it? Do you get how I feel?'],
    'attentive-listening': ['Can you just listen for a minute?', "Please, just listen. I'm not asking you to fix it."],
    'specific-praise': ["Doesn't anyone notice my effort?", 'Did anyone even notice what I did?'],
    'blameless-validation': ['Just tell me honestly: was I wrong?', "Is this my fault? Because I really don't think it is."],
    'guided-reflection': ['What does this say about me? What can I learn from it?', 'Be honest with me. What was my part in it?'],
    'balanced-analysis': ['Can you look at it objectively? Both sides?', "Be fair with me. Who's right here?"],
  },
  farewells: {
    negative: ['Okay. You actually helped. Thanks. Bye.', "Fine, I'll admit it, I feel better. Thanks. Bye."],
    passive: ['Thank you so much. I feel a lot better. Bye.', 'Thank you for listening to me. I think I can handle it now. Bye.'],
    avoidant: ['Well. That was better than I expected. Thanks. Bye.', "Okay. I think I'm good now. Thanks for this. Bye."],
  },
  walkouts: {
    negative: ['Forget it. This is useless. Bye.', "I'm done. You clearly don't get it. Bye."],
    passive: ['I think I should go. Bye.', "Sorry, I can't do this right now. Bye."],
    avoidant: ["Never mind. I'm done talking about this. Bye.", 'Forget I said anything. Bye.'],
  },
  openings: {
    negative: ['I need to vent. {topic}', "Ugh. {topic} I'm so fed up."],
    passive: ["Um, hi. I'm not sure how to say this. {topic}", 'Sorry, can I talk about something? {topic}'],
    avoidant: ["It's probably nothing. {topic}", 'Not a big deal, really. {topic}'],
  },
  vagueOpenings: {
    negative: { withOther: ["I need to vent about {other}. I'm so fed up."], alone: ["I need to vent. Everything's a mess right now."] },
    passive: { withOther: ["Um, hi. Something's been going on with {other}, and I can't stop thinking about it."], alone: ["Um, hi. Something's been weighing on me lately."] },
    avoidant: { withOther: ["It's probably nothing. Just some stuff with {other}."], alone: ["It's probably nothing. Just a rough few weeks."] },
  },
};
