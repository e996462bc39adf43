import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  JsonlParseError,
  SchemaValidationError,
  generatePersona,
  loadPersonas,
  loadPersonasSync,
  validatePersona,
  type CharacterType,
  type HiddenNeed,
  type Persona,
} from '@rlver/env';
import { describeWithData } from '../../../../test/support/shared-data';

// The SAGE enums, written out here independently of the loader's own tables.
const MAIN_CHA: Record<string, CharacterType> = { 负面型: 'negative', 被动型: 'passive', 回避型: 'avoidant' };
const TASK: Record<string, HiddenNeed> = {
  '你认为自己在事件中没有任何责任和错误，你想要对方也认同你没有错': 'blameless-validation',
  '你希望对方引导你针对事件进行自我反思，收获自我成长': 'guided-reflection',
  '你希望对方辩证地分析事件中的问题': 'balanced-analysis',
  '你希望对方深刻共情你的感受，而不是简单的安慰': 'deep-empathy',
  '你希望对方用心倾听你的情绪宣泄': 'attentive-listening',
  '你想分析事件中其他人物这么做的原因': 'others-motives',
  '你想获得能真实帮助你解决当下困境的建议': 'practical-advice',
  '你希望对方真诚地夸奖你在事件中的具体行为': 'specific-praise',
};

interface RawRow {
  id: string;
  player: string;
  main_cha: string;
  cha_group: string[];
  task: string;
  first_talk?: string;
}

function rawRows(file: string): RawRow[] {
  return require('node:fs')
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line: string) => line.trim() !== '')
    .map((line: string) => JSON.parse(line) as RawRow);
}

function byId(personas: readonly Persona[], id: string): Persona {
  const found = personas.find((p) => p.id === id);
  if (!found) throw new Error(`no persona ${id}`);
  return found;
}

describeWithData('persona loaders on the real SAGE and RLVER profiles', ['sage/profiles.jsonl', 'rlver/train_profiles.jsonl'], (paths) => {
  const sageFile = paths['sage/profiles.jsonl'] as string;
  const rlverFile = paths['rlver/train_profiles.jsonl'] as string;
  const sage = loadPersonasSync(sageFile);
  const rlver = loadPersonasSync(rlverFile);

  it('loads all 100 SAGE and 500 RLVER profiles as valid, distinct Chinese personas', () => {
    expect(sage).toHaveLength(100);
    expect(rlver).toHaveLength(500);
    const all = [...sage, ...rlver];
    expect(new Set(all.map((p) => p.id)).size).toBe(600);
    for (const p of all) {
      expect(validatePersona(p, 'loaded')).toBe(p);
      expect(p.language).toBe('zh');
    }
    expect(sage.every((p) => p.source === 'sage' && typeof p.firstMessage === 'string' && p.firstMessage.length > 0)).toBe(true);
    expect(rlver.every((p) => p.source === 'rlver' && p.firstMessage === undefined)).toBe(true);
  });

  it('maps main_cha and task to the enums and keeps the source wording', () => {
    for (const [file, personas] of [[sageFile, sage], [rlverFile, rlver]] as const) {
      const rows = rawRows(file);
      rows.forEach((row, i) => {
        const p = personas[i] as Persona;
        expect(p.id).toBe(row.id);
        expect(p.characterType).toBe(MAIN_CHA[row.main_cha]);
        expect(p.hiddenNeed).toBe(TASK[row.task]);
        expect(p.hiddenNeedText).toBe(row.task);
        expect(p.traits).toEqual(row.cha_group);
        expect(p.profileText).toBe(row.player);
        if (row.first_talk !== undefined) expect(p.firstMessage).toBe(row.first_talk.trim());
      });
    }
    // The test set's published composition: 41 negative, 34 passive, 25 avoidant.
    const types = sage.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.characterType]: (acc[p.characterType] ?? 0) + 1 }), {});
    expect(types).toEqual({ negative: 41, passive: 34, avoidant: 25 });
  });

  it('extracts a usable story from every profile: background, topic, at least two revelations, keywords', () => {
    for (const p of [...sage, ...rlver]) {
      expect(p.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(p.age).toBeGreaterThanOrEqual(10);
      expect(['female', 'male']).toContain(p.gender);
      expect(p.background.length).toBeGreaterThan(20);
      expect(p.topic.length).toBeGreaterThan(4);
      expect(p.revelations.length).toBeGreaterThanOrEqual(2);
      expect(p.keywords.length).toBeGreaterThanOrEqual(2);
      expect(p.keywords).not.toContain(p.name);
      expect(p.others.map((o) => o.name)).not.toContain(p.name);
    }
  });

  it('never puts the hidden theme or talk about the conversation into what the user may say', () => {
    for (const p of [...sage, ...rlver]) {
      const spoken = [p.background, p.topic, ...p.revelations].join('\n');
      expect(spoken).not.toContain(p.hiddenNeedText as string);
      expect(spoken).not.toMatch(/NPC|隐藏主题|倾诉|倾听|情绪宣泄/);
      expect(spoken).not.toMatch(/\*\*|##/);
    }
  });

  it('reads the first SAGE profile (王小云) as a person would', () => {
    const p = byId(sage, 'd3c386e4-1b4d-4568-8abf-4d60a4fec355');
    expect([p.name, p.age, p.gender, p.occupation]).toEqual(['王小云', 23, 'female', '时尚博主']);
    expect(p.traits).toEqual(['愤怒', '自私', '虚荣']);
    expect([p.characterType, p.hiddenNeed]).toEqual(['negative', 'others-motives']);
    expect(p.others).toEqual([{ name: '张浩', relation: '初恋男友' }]);
    expect(p.topic).toBe('王小云对张浩的感情投入与张浩的模糊不清之间的矛盾');
    expect(p.background.startsWith('王小云最近陷入了一段复杂的关系中，对象是她的初恋男友张浩。')).toBe(true);
    // Four stages of 事件经过, then 尝试过但没有成功的解决方案, then 玩家当前面对的问题.
    expect(p.revelations).toHaveLength(6);
    expect(p.revelations[0]).toMatch(/^在一次时尚博览会上，王小云与张浩偶然重逢/);
    expect(p.revelations[2]).toMatch(/^王小云在一个社交活动中注意到张浩和其他女性过于亲密/);
    expect(p.revelations[4]).toMatch(/^直接询问张浩未来的打算/);
    expect(p.revelations[5]).toMatch(/^她不知道继续这段没有明确未来的关系是否值得/);
    expect(p.keywords[0]).toBe('张浩');
    expect(p.firstMessage).toBe('最近有些事搞得我头大，张浩那个态度，真让我摸不着头脑。');
  });

  it('reads a SAGE profile whose scene says the user wants a confidant without keeping that sentence (张晓枫)', () => {
    const p = byId(sage, '66aaf749-a759-4048-9915-a02753fcbeae');
    expect([p.name, p.gender, p.characterType, p.hiddenNeed]).toEqual(['张晓枫', 'male', 'passive', 'attentive-listening']);
    expect(p.others).toContainEqual({ name: '王晓丽', relation: '妻子' });
    expect(p.revelations[0]).toMatch(/^张晓枫因违法驾驶导致了一场交通事故/);
    const last = p.revelations[p.revelations.length - 1] as string;
    expect(last).toMatch(/^出狱后，张晓枫发现妻子对沟通的冷漠态度/);
    expect(last).not.toMatch(/倾诉对象/);
  });

  it('reads RLVER profiles in their other layouts (numbered stages, time-labelled bullets, plain labels)', () => {
    const sister = byId(rlver, '2bef23b3-3670-4739-8294-468a63bd9bc1');
    expect([sister.name, sister.age, sister.occupation, sister.hiddenNeed]).toEqual(['张静琪', 38, '小学数学老师', 'deep-empathy']);
    expect(sister.others).toEqual([{ name: '哥哥', relation: '哥哥' }]);
    expect(sister.topic).toBe('哥哥迟迟不偿还购房款，并且没有实际行动或解决方案');
    expect(sister.revelations).toHaveLength(6);
    expect(sister.revelations[0]).toMatch(/^最初的一两个月/);
    expect(sister.revelations[3]).toMatch(/^这时，张静琪开始质疑自己的决定/);

    // Stages under a time label are merged with the thoughts and feelings later listed under the same label.
    const illustrator = byId(rlver, 'fc170733-ded6-4a22-b8f4-b285e08684e2');
    expect(illustrator.others).toEqual([{ name: '母亲', relation: '母亲' }]);
    expect(illustrator.revelations[0]).toMatch(/^母亲第一次提到这份工作机会时.*她害怕接受广告公司的工作后/);
    expect(illustrator.revelations).toHaveLength(5);

    const worker = byId(rlver, '1c9c5188-4f4f-46ca-b82b-7412aededb47');
    expect(worker.others).toEqual([{ name: '小梅', relation: '女友' }]);
    expect(worker.revelations.slice(0, 3).map((r) => r.slice(0, 8))).toEqual(['小梅刚刚入职，她', '小梅被调去外地出', '小梅出差回来后，']);
    expect(worker.keywords).toContain('小梅');
  });

  it('loads the same personas asynchronously', async () => {
    await expect(loadPersonas(sageFile)).resolves.toEqual(sage);
  });
});

describe('persona loaders on bad and mixed files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rlver-personas-'));
  let n = 0;
  const file = (lines: readonly string[]): string => {
    const f = path.join(dir, `case-${n++}.jsonl`);
    writeFileSync(f, `${lines.join('\n')}\n`);
    return f;
  };
  const scene = [
    '### 事件起因',
    '李雷最近和室友王强闹翻了。王强总是半夜打游戏，李雷提醒过很多次，王强都不当回事。',
    '### 事件经过',
    '- **第一周**：李雷委婉地提醒王强小声一点，王强答应了，但第二天照旧。',
    '- **第二周**：李雷在宿舍群里提了作息的事，王强当众嘲讽他事多。',
    '### 主要冲突',
    '- **冲突角色**：李雷与王强',
    '### 玩家遇到的困难',
    '- **尝试过但没有成功的解决方案**：找辅导员调解，没有结果。',
    '- **玩家当前面对的问题**：李雷不知道要不要申请换宿舍，他希望能有一个倾诉对象。',
    '####隐藏主题:',
    '***你想获得能真实帮助你解决当下困境的建议',
  ].join('\n');
  const profile = {
    id: 'custom-1',
    player: '* 姓名：李雷\n* 年龄：19岁\n* 性别：男性\n* 职业：大学生',
    scene,
    main_cha: '被动型',
    cha_group: ['内向', '焦虑'],
    task: '你想获得能真实帮助你解决当下困境的建议',
  };
  const line = (value: unknown): string => JSON.stringify(value);

  it('detects the format line by line: a generated persona and a profile in one file, blank lines skipped', () => {
    const generated = generatePersona({ language: 'en', seed: 4 });
    const f = file([line(generated), '', line(profile)]);
    const [first, second] = loadPersonasSync(f);
    expect(first).toEqual(generated);
    expect(second).toMatchObject({
      id: 'custom-1',
      source: 'rlver',
      name: '李雷',
      age: 19,
      gender: 'male',
      occupation: '大学生',
      characterType: 'passive',
      hiddenNeed: 'practical-advice',
      others: [{ name: '王强', relation: '室友' }],
    });
    expect(second?.revelations).toEqual([
      '李雷委婉地提醒王强小声一点，王强答应了，但第二天照旧。',
      '李雷在宿舍群里提了作息的事，王强当众嘲讽他事多。',
      '找辅导员调解，没有结果。',
      '李雷不知道要不要申请换宿舍。',
    ]);
  });

  it('fails on invalid JSON with the file and the 1-based line', () => {
    const f = file([line(profile), '', '{"id": "broken",']);
    expect(() => loadPersonasSync(f)).toThrow(JsonlParseError);
    expect(() => loadPersonasSync(f)).toThrow(`${f}:3: not valid JSON`);
  });

  it('fails on an unknown character type or hidden need with the file, line and field', () => {
    const badType = file([line(profile), line({ ...profile, id: 'x', main_cha: '乐观型' })]);
    expect(() => loadPersonasSync(badType)).toThrow(SchemaValidationError);
    expect(() => loadPersonasSync(badType)).toThrow(`${badType}:2: field /main_cha must be one of ["负面型","被动型","回避型"]`);
    const badTask = file([line({ ...profile, task: '你想要被夸' })]);
    expect(() => loadPersonasSync(badTask)).toThrow(new RegExp(`^${escape(badTask)}:1: field /task must be one of \\["你认为自己在事件中`));
  });

  it('fails on a missing field, a wrong type, or a persona text without a name line', () => {
    const { scene: _scene, ...noScene } = profile;
    const missing = file([line(noScene)]);
    expect(() => loadPersonasSync(missing)).toThrow(`${missing}:1: field /scene is required but missing`);
    const wrongType = file([line({ ...profile, cha_group: '内向' })]);
    expect(() => loadPersonasSync(wrongType)).toThrow(`${wrongType}:1: field /cha_group must be array`);
    const nameless = file([line({ ...profile, player: '* 年龄：19岁' })]);
    expect(() => loadPersonasSync(nameless)).toThrow(`${nameless}:1: field /player has no name line`);
  });

  it('fails on a bad project persona with the field path', () => {
    const generated = generatePersona({ language: 'zh', seed: 8 });
    const f = file([line(generated), line({ ...generated, hiddenNeed: 'money' })]);
    expect(() => loadPersonasSync(f)).toThrow(`${f}:2: field /hiddenNeed must be one of`);
    const extra = file([line({ ...generated, mood: 'sad' })]);
    expect(() => loadPersonasSync(extra)).toThrow(`${extra}:1: field /mood is not an allowed field`);
  });

  it('reports the same errors from the async loader', async () => {
    const f = file([line(profile), line({ ...profile, main_cha: '乐观型' })]);
    await expect(loadPersonas(f)).rejects.toThrow(`${f}:2: field /main_cha must be one of`);
    const g = file(['not json']);
    await expect(loadPersonas(g)).rejects.toBeInstanceOf(JsonlParseError);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
