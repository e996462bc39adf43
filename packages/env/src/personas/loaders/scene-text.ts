/**
 * Reads the story out of a SAGE/RLVER `scene` text. The 600 real scenes were written by an LLM from one outline
 * but in many markdown shapes (`## 事件的起因`, `**事件起因：**`, `- **冲突角色**：…`, `冲突角色：…`, numbered
 * stages, time-labelled bullets, …), so the parser works on labels rather than on one layout: each line is
 * classified, labels that name an outline section (起因, 经过, 冲突角色, 困难, …) switch the current section, and
 * every other label or list item opens a block inside it.
 */

/** The outline sections this parser cares about; everything else is 'other' or 'ignored'. */
export type SceneSection =
  | 'preamble'
  | 'topic'
  | 'background'
  | 'cause'
  | 'course'
  | 'conflict'
  | 'conflict-event'
  | 'conflict-roles'
  | 'conflict-reason'
  | 'difficulty'
  | 'difficulty-tried'
  | 'difficulty-current'
  | 'state'
  | 'ignored';

/** A labelled or unlabelled chunk of text inside one section. */
export interface SceneBlock {
  readonly section: SceneSection;
  /** The bold or `label：` prefix that opened the block, without markdown. */
  readonly label?: string;
  /** True when the label named the section itself ("冲突角色") rather than a part of it ("第一阶段", "上司"). */
  readonly opensSection: boolean;
  /** The block's text, markdown removed, lines joined (the label's subtitle when there is nothing else). */
  readonly text: string;
}

/** What the loader takes from a scene. */
export interface SceneStory {
  /** The 事件起因 text (fallbacks: a 背景 section, then the first paragraph). */
  readonly background: string;
  /** The 倾诉主题 text ("分手与复合 - 想和前女友复合…"), when the scene states one. */
  readonly topic?: string;
  /** The 冲突事件 text, when there is one. */
  readonly conflictEvent?: string;
  /** The 冲突角色 text, when there is one. */
  readonly conflictRoles?: string;
  /** Labels of the items under 冲突角色 ("- 上司：推行新的战略目标" gives "上司"): often the people themselves. */
  readonly conflictRoleLabels: readonly string[];
  /** The 事件经过 stages in order (blocks with a repeated label, e.g. a time label, are merged). */
  readonly stages: readonly string[];
  /** 尝试过但没有成功的解决方案, when present. */
  readonly tried?: string;
  /** 当前面对的问题, when present. */
  readonly currentProblem?: string;
  /** All blocks, for diagnostics and tests. */
  readonly blocks: readonly SceneBlock[];
}

// Order matters: the first matching rule wins ("角色emotion高时" is ignored before anything else is tried).
const SECTION_RULES: ReadonlyArray<readonly [RegExp, SceneSection]> = [
  [/反应|emotion|Emotion|EMOTION|情绪状态|隐藏主题|NPC|对话风格|说话|不同状态|不同回复/, 'ignored'],
  [/倾诉主题|倾诉话题/, 'topic'],
  [/冲突角色|冲突人物|涉及角色|相关人物/, 'conflict-roles'],
  [/冲突事件/, 'conflict-event'],
  [/内在原因|冲突原因|深层原因/, 'conflict-reason'],
  [/冲突/, 'conflict'],
  [/尝试/, 'difficulty-tried'],
  [/当前面[对临]|当前问题|面[对临]的问题|目前的问题/, 'difficulty-current'],
  [/困难/, 'difficulty'],
  [/当前状态|目前状态|现状/, 'state'],
  [/起因/, 'cause'],
  [/经过|时间线|子事件|时间节点|发展过程/, 'course'],
  [/背景/, 'background'],
];

/**
 * Inside 事件经过 the stages have labels of their own, some with section words in them ("两周前（第一次冲突）",
 * "起初尝试（时间节点1）", "情感反应"); only these outline names end the course section.
 */
const ENDS_COURSE = /主要冲突|冲突事件|冲突角色|内在原因|遇到的困难|解决方案|尝试过|当前(?:面[对临]的)?问题|面[对临]的问题|当前状态|不同状态|可能的反应|emotion|Emotion|NPC|隐藏主题|倾诉主题|对话风格|情绪状态/;
/** A course block with this label tells how a stage felt: it belongs to the stage before it. */
const FEELING_LABEL = /反应|想法|感受|心情|情感|心理|内心/;

interface ScannedLine {
  readonly indent: number;
  readonly heading: boolean;
  readonly listItem: boolean;
  readonly label?: string;
  /** Text after a label's colon inside the bold (`**第一阶段：重逢（1个月前）**`): a title, not content. */
  readonly subtitle?: string;
  readonly text: string;
}

const HEADING = /^(#{1,6})\s*(.*)$/;
const LIST_MARKER = /^(?:[-*+•]\s+|\d{1,2}[.、)）]\s*|[（(]\d{1,2}[)）]\s*|[一二三四五六七八九十]{1,2}[、.]\s*)/;
// `**label：** rest`, `**label**：rest`, `*label*: rest`, `**label：subtitle** rest`
const BOLD_LABEL = /^\*{1,2}([^*]{1,60}?)\*{1,2}\s*[：:]?\s*(.*)$/;
// `冲突角色：…`, `上司：…`; but not speech (`她说：“…”`).
const PLAIN_LABEL = /^([^：:，。！？,.!?*“”"「」]{1,14})[：:]\s*(.*)$/;
const SPEECH_VERB = /[说道问讲喊]$|表示$|认为$|觉得$/;
const COLON = /[：:]/;

function scanLine(raw: string): ScannedLine | undefined {
  const indent = raw.length - raw.trimStart().length;
  let s = raw.trim();
  if (s === '' || /^[-*_=]{3,}$/.test(s)) return undefined;
  let heading = false;
  const h = HEADING.exec(s);
  if (h) {
    heading = true;
    s = (h[2] as string).trim();
  }
  let listItem = false;
  const marker = LIST_MARKER.exec(s);
  if (marker) {
    listItem = true;
    s = s.slice(marker[0].length).trim();
  }
  if (heading) {
    const [labelPart, rest] = splitAtColon(stripNumbering(stripMarkdown(s)));
    return { indent, heading, listItem, label: labelPart, text: rest };
  }
  const bold = BOLD_LABEL.exec(s);
  if (bold) {
    const inside = (bold[1] as string).trim();
    const after = stripMarkdown(bold[2] as string).trim();
    const [labelPart, subtitle] = splitAtColon(stripNumbering(inside));
    if (labelPart !== '') return { indent, heading, listItem, label: labelPart, subtitle, text: after };
  }
  const clean = stripMarkdown(s);
  const plain = PLAIN_LABEL.exec(clean);
  if (plain && !SPEECH_VERB.test(plain[1] as string)) return { indent, heading, listItem, label: stripNumbering((plain[1] as string).trim()), text: (plain[2] as string).trim() };
  return { indent, heading, listItem, text: clean };
}

function splitAtColon(s: string): [string, string] {
  const m = COLON.exec(s);
  if (!m) return [s.trim(), ''];
  return [s.slice(0, m.index).trim(), s.slice(m.index + 1).trim()];
}

function stripNumbering(s: string): string {
  return s.replace(/^(?:\d{1,2}[.、)）]\s*|[一二三四五六七八九十]{1,2}[、.]\s*)/, '').trim();
}

/** Remove markdown emphasis and heading marks; keep the words. */
export function stripMarkdown(s: string): string {
  return s.replace(/\*{1,3}/g, '').replace(/^#+\s*/, '').replace(/`/g, '').trim();
}

function sectionOf(label: string): SceneSection | undefined {
  for (const [pattern, section] of SECTION_RULES) if (pattern.test(label)) return section;
  return undefined;
}

interface OpenBlock {
  section: SceneSection;
  label?: string;
  subtitle?: string;
  opensSection: boolean;
  indent: number;
  parts: string[];
}

/** Split a scene into sections and blocks and pick out the story parts. */
export function parseSceneText(scene: string): SceneStory {
  const blocks: OpenBlock[] = [];
  let section: SceneSection = 'preamble';
  let current: OpenBlock | undefined;
  const open = (line: ScannedLine, opensSection: boolean): void => {
    current = { section, indent: line.indent, opensSection, parts: line.text ? [line.text] : [] };
    if (line.label !== undefined) current.label = line.label;
    if (line.subtitle) current.subtitle = line.subtitle;
    blocks.push(current);
  };
  // The scene ends with "####隐藏主题:\n***<task>"; an earlier "**隐藏主题：**" is just an ignored section.
  const end = scene.lastIndexOf('####隐藏主题');
  const cut = end === -1 ? scene : scene.slice(0, end);
  for (const raw of cut.split('\n')) {
    const line = scanLine(raw);
    if (!line) continue;
    if (line.label !== undefined) {
      // A label names a section only when it is short and heading-like, not a stage titled "矛盾与冲突升级".
      const candidate = line.label.length <= 24 ? sectionOf(line.label) : undefined;
      const switched: SceneSection | undefined = section === 'course' && !ENDS_COURSE.test(line.label) ? undefined : candidate;
      if (switched !== undefined) {
        section = switched;
        open(line, true);
        continue;
      }
      if (line.heading && section !== 'course' && section !== 'conflict-roles') {
        // An unknown heading (e.g. "剧本背景故事", "1. 倾诉背景事件") starts a section of its own.
        section = 'preamble';
      }
      open(line, false);
      continue;
    }
    if (line.heading) {
      open(line, false);
      continue;
    }
    const joins =
      current !== undefined &&
      (line.listItem
        ? line.indent > current.indent && current.label !== undefined
        : (current.label !== undefined && current.parts.length === 0) || line.indent > current.indent);
    if (joins && current) current.parts.push(line.text);
    else open(line, false);
  }
  const finished: SceneBlock[] = blocks.map((b) => ({
    section: b.section,
    opensSection: b.opensSection,
    text: b.parts.length > 0 ? b.parts.join('') : (b.subtitle ?? ''),
    ...(b.label !== undefined ? { label: b.label } : {}),
  }));
  return assemble(finished);
}

/** The text of a section, its blocks joined. */
function textOf(blocks: readonly SceneBlock[], section: SceneSection): string | undefined {
  const text = blocks
    .filter((b) => b.section === section)
    .map((b) => b.text)
    .filter((t) => t !== '')
    .join('');
  return text === '' ? undefined : text;
}

function assemble(blocks: readonly SceneBlock[]): SceneStory {
  const stages: string[] = [];
  const stageByLabel = new Map<string, number>();
  for (const block of blocks) {
    if (block.section !== 'course' || block.text === '') continue;
    if (block.label !== undefined && FEELING_LABEL.test(block.label) && stages.length > 0) {
      stages[stages.length - 1] = `${stages[stages.length - 1] as string}${block.text}`;
      continue;
    }
    const key = block.label !== undefined ? block.label.replace(/[（(].*$/, '') : undefined;
    const earlier = key !== undefined ? stageByLabel.get(key) : undefined;
    if (earlier !== undefined) {
      stages[earlier] = `${stages[earlier] as string}${block.text}`;
    } else {
      if (key !== undefined) stageByLabel.set(key, stages.length);
      stages.push(block.text);
    }
  }
  const paragraphs = blocks.filter((b) => (b.section === 'preamble' || b.section === 'background') && b.text.length >= 20);
  const firstParagraph = (paragraphs.find((p) => p.text.includes('起因')) ?? paragraphs[0])?.text;
  if (stages.length === 0) {
    // A scene told as plain paragraphs: after the first (the background) they follow the outline's order, so
    // the story paragraphs run until the first one about reactions.
    for (const p of paragraphs.slice(paragraphs.findIndex((q) => q.text === firstParagraph) + 1)) {
      if (/emotion|Emotion|NPC|反应|隐藏主题/.test(p.text)) break;
      stages.push(p.text);
    }
  }
  const background = textOf(blocks, 'cause') ?? textOf(blocks, 'background') ?? firstParagraph ?? stages[0] ?? '';
  const story: {
    background: string;
    stages: string[];
    blocks: readonly SceneBlock[];
    conflictRoleLabels: string[];
    topic?: string;
    conflictEvent?: string;
    conflictRoles?: string;
    tried?: string;
    currentProblem?: string;
  } = {
    background,
    stages,
    blocks,
    conflictRoleLabels: blocks.filter((b) => b.section === 'conflict-roles' && !b.opensSection && b.label !== undefined).map((b) => b.label as string),
  };
  const topic = textOf(blocks, 'topic');
  if (topic) story.topic = topic;
  const conflictEvent = textOf(blocks, 'conflict-event');
  if (conflictEvent) story.conflictEvent = conflictEvent;
  const conflictRoles = textOf(blocks, 'conflict-roles');
  if (conflictRoles) story.conflictRoles = conflictRoles;
  const tried = textOf(blocks, 'difficulty-tried');
  if (tried) story.tried = tried;
  const currentProblem = textOf(blocks, 'difficulty-current');
  if (currentProblem) story.currentProblem = currentProblem;
  return story;
}
