/**
 * Realistic agent replies for throughput benchmarks: about 60 English words or 120 Chinese characters each,
 * mixing good listening, generic comfort, advice and list formatting, so every cue path of a simulator runs.
 */
export const SAMPLE_REPLIES: Readonly<Record<'en' | 'zh', readonly string[]>> = {
  en: [
    "That sounds really painful, especially after all the effort you put into it. It makes sense that you feel hurt and a bit betrayed when the people closest to you don't seem to notice. I'm here and listening. What part of it has been weighing on you the most since it happened?",
    "I'm sorry you're going through this. Everything happens for a reason, and I'm sure things will get better soon. Try to stay positive and take care of yourself. Remember that you are stronger than you think, and tomorrow is a new day full of possibilities for you.",
    "Here are a few things you could try: 1. Talk to your manager directly about the project. 2. Write down what you contributed so you have a record. 3. Ask a colleague you trust for their view. 4. Give yourself a short break before deciding anything big about your job.",
    "It sounds like she may have been under a lot of pressure herself, and maybe she didn't realise how her words landed with you. That doesn't make it okay, but it might explain why she reacted so quickly. What do you think was going on for her that evening?",
    "You handled that with a lot of patience. Staying calm while everyone was shouting, and still finishing the report on time, took real strength. Not many people would have kept their focus like that. I can see how much care you put into doing it properly, even when nobody thanked you.",
    "Looking at both sides, you had good reasons to be upset, and at the same time your brother might have felt left out of the decision. Neither of you is entirely wrong here. Maybe the real issue is that you never had a chance to talk it through calmly together.",
    "When you look back on it now, is there anything you would do differently next time? Not to blame yourself, but because you clearly care about this friendship and want it to last. Sometimes noticing our own patterns is the first step toward feeling more in control.",
    "I hear you. You've been carrying this alone for weeks, and it must be exhausting to keep it all inside. You don't have to explain everything at once or make it sound reasonable. Just tell me whatever comes to mind, and I'll stay with you while you get it out.",
  ],
  zh: [
    '听你这么说，我能感觉到你心里真的很委屈。你为这件事付出了那么多心血，最后却没有人看见，换成谁都会难受的。我在这儿听着，你可以慢慢说。从那天到现在，最让你放不下的是哪一部分呢？',
    '别难过了，一切都会好起来的。凡事往好处想，多照顾好自己，早点休息。你比自己想象的要坚强，明天又是新的一天，相信自己一定可以度过这个难关的，加油！有什么需要随时可以找我聊聊。',
    '你可以试试这几个办法：1. 直接和领导约个时间谈一谈项目的事；2. 把自己做过的工作整理成记录；3. 找一个信得过的同事听听他的看法；4. 在做重大决定之前，先给自己放个短假，冷静一下。',
    '她那样说，可能是因为她自己当时也压力很大，没有意识到这些话对你的伤害有多深。这并不代表她做得对，但也许能解释她为什么反应那么快。你觉得那天晚上她心里可能在想些什么呢？',
    '你在那种情况下处理得很有耐心。大家都在争吵的时候，你还能保持冷静，把报告按时交上去，这真的需要很大的定力。你对这件事的用心我都看在眼里，哪怕当时没有人对你说一声谢谢。',
    '从两方面来看，你生气是有道理的，同时你哥哥可能也觉得自己被排除在决定之外。你们两个都不完全是错的。也许真正的问题在于，你们一直没有机会心平气和地把这件事好好聊一聊。',
    '现在回头看这件事，如果再来一次，你会不会有什么想做得不一样的地方？不是要怪你自己，而是因为你很在乎这段友谊，希望它能走得更长久。有时候看清自己的模式，是找回掌控感的第一步。',
    '我听到了。这几个星期你一直一个人扛着这些，把所有东西都憋在心里，一定很累吧。你不需要一下子把所有事情都说清楚，也不用让它听起来很有道理。想到什么就说什么，我会一直陪着你。',
  ],
};
