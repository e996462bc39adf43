import { detectLanguage, languageOf, listen, pushesBack, type ChatMessage } from '@rlver/env';

const user = (content: string): ChatMessage => ({ role: 'user', content });

describe('listen (English)', () => {
  it('picks up feelings, people, what happened and what the user did, in the listener\'s voice', () => {
    const heard = listen(
      [user("My boss yelled at me in front of the whole team. I stayed up all night fixing his mistakes and I feel completely invisible.")],
      'en',
    );
    expect(heard.feelings).toEqual(['invisible']);
    expect(heard.people).toEqual(['your boss']);
    expect(heard.phrase).toBe('your boss yelled at you in front of the whole team');
    expect(heard.effort).toBe('you stayed up all night fixing his mistakes');
    expect(heard.asked).toBe(false);
    expect(heard.userTurns).toBe(1);
  });

  it('does not reflect negated feelings, nor words that are feelings only after "feel"', () => {
    expect(listen([user("I'm not angry, and I lost my keys.")], 'en').feelings).toEqual([]);
    expect(listen([user("I feel lost and honestly a bit used.")], 'en').feelings).toEqual(['lost']);
    expect(listen([user("I'm not really upset. I'm just tired and fed up.")], 'en').feelings).toEqual(['fed up', 'tired']);
  });

  it('finds names mid-sentence and at a sentence start before a verb, but not capitalised sentence starters', () => {
    const heard = listen([user("Yesterday Zhang Hao ignored me again. Emma said it's nothing. Maybe Tuesday will be better.")], 'en');
    expect(heard.people).toEqual(expect.arrayContaining(['Zhang Hao', 'Emma']));
    expect(heard.people).not.toEqual(expect.arrayContaining(['Yesterday', 'Maybe', 'Tuesday']));
  });

  it('shifts first to second person in reflected clauses, and skips clauses about the listener or questions', () => {
    expect(listen([user('We were supposed to move in together but my girlfriend changed her mind.')], 'en').phrase).toBe(
      'you were supposed to move in together but your girlfriend changed her mind',
    );
    const heard = listen([user('You never get it. Why does my mother do this? I was the one who cleaned the whole house.')], 'en');
    expect(heard.phrase).toBe('you were the one who cleaned the whole house');
    expect(heard.asked).toBe(true);
  });

  it('prefers the most mentioned person across recent user turns', () => {
    const heard = listen(
      [user('My sister borrowed money again.'), { role: 'assistant', content: 'My manager and my mom agree.' }, user('My sister never pays back. My dad says let it go.')],
      'en',
    );
    expect(heard.people[0]).toBe('your sister');
    expect(heard.people).not.toContain('your manager');
  });
});

describe('questions and acts', () => {
  it.each([
    ['But why would Tyler do that? And he just gets away with it.', 'why Tyler would do that'],
    ['What was he thinking?', 'what he was thinking'],
    ['Why did my sister leave without saying anything?', 'why your sister would leave without saying anything'],
    ['How can I tell my mom I failed?', 'how you can tell your mom you failed'],
    ['What made him do that?', 'what made him do that'],
  ])('turns "%s" into the indirect question "%s"', (text, question) => {
    expect(listen([user(text)], 'en').question).toBe(question);
  });

  it('has no question for statements or questions it cannot turn around', () => {
    expect(listen([user('My boss ignored me again.')], 'en').question).toBeUndefined();
    expect(listen([user('Seriously?')], 'en').question).toBeUndefined();
  });

  it('finds what another person did, in English and Chinese', () => {
    expect(listen([user("What I can't get past is why Tyler can spend on concerts but not pay me back.")], 'en').act).toBe(
      'Tyler can spend on concerts but not pay you back',
    );
    expect(listen([user('Last Friday she left at three and the report was due at five.')], 'en').act).toBe('she left at three and the report was due at five');
    const zh = listen([user('我就是不明白邓明怎么能一边买新手机一边跟我说没钱。他为什么总是这样对我？')], 'zh');
    expect(zh.act).toBe('邓明一边买新手机一边跟你说没钱');
    expect(zh.question).toBe('他为什么总是这样对你');
  });
});

describe('listen (Chinese)', () => {
  it('picks up feelings, names, relations and what happened with 我 -> 你', () => {
    const heard = listen([user('我妈又在亲戚面前说我没出息，我明明已经很努力了，心里特别委屈。')], 'zh');
    expect(heard.feelings).toEqual(['委屈']);
    expect(heard.people).toEqual(['你妈妈', '亲戚']);
    expect(heard.phrase).toBe('你妈妈又在亲戚面前说你没出息');
  });

  it('finds Chinese names, titled names and nicknames, but not everyday words that start with a surname', () => {
    const heard = listen([user('张浩那个态度让我摸不着头脑，叶经理也不管，小美劝我别想了。一张照片而已，严重吗？')], 'zh');
    expect(heard.people).toEqual(expect.arrayContaining(['张浩', '叶经理', '小美']));
    expect(heard.people.join()).not.toMatch(/张照|严重/);
    expect(heard.feelings).toContain('困惑');
  });

  it('keeps 自我 intact and does not reflect negated feelings', () => {
    expect(listen([user('我不难过，只是有点累。')], 'zh').feelings).toEqual(['累']);
    const heard = listen([user('我一直在自我怀疑里打转，他却说我想多了。')], 'zh');
    expect(`${heard.phrase}`).not.toContain('自你');
  });
});

describe('language detection and pushback', () => {
  it('detects Chinese by its characters and follows the latest user message', () => {
    expect(detectLanguage('我很好')).toBe('zh');
    expect(detectLanguage('fine, thanks')).toBe('en');
    expect(languageOf([user('hello'), { role: 'assistant', content: '你好' }, user('你好')])).toBe('zh');
    expect(languageOf([user('你好'), user('hello')])).toBe('en');
    expect(languageOf([], 'zh')).toBe('zh');
    expect(languageOf([])).toBe('en');
  });

  it('recognises a user telling the listener it missed', () => {
    expect(pushesBack("That's too vague. You're not listening.", 'en')).toBe(true);
    expect(pushesBack('Thanks, that helps a lot.', 'en')).toBe(false);
    expect(pushesBack('这些建议太笼统了，说了等于没说。', 'zh')).toBe(true);
    expect(pushesBack('谢谢你，我好多了。', 'zh')).toBe(false);
  });
});
