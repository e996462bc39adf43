/** People in Chinese user messages: names (张浩, 叶经理, 小美) and relations (我妈 -> 你妈妈). */
import { WordIndex } from '../word-index';
import type { Span } from './spans';

/**
 * Relations as the user says them -> as the listener says them. Kin take 你 ("你儿子"); roles read fine
 * bare ("老板", "同事"). 我妈/老妈 become 你妈妈 because a bare 你妈 sounds like an insult.
 */
export const RELATIONS: ReadonlyArray<readonly [string, string]> = [
  ['孩子他爸', '孩子他爸'], ['孩子他妈', '孩子他妈'], ['他爸', '他爸爸'], ['叔叔', '你叔叔'], ['阿姨', '阿姨'], ['舅舅', '你舅舅'], ['姑姑', '你姑姑'], ['婶婶', '你婶婶'],
  ['表哥', '你表哥'], ['表姐', '你表姐'], ['堂哥', '你堂哥'], ['堂姐', '你堂姐'], ['组长', '组长'], ['班主任', '班主任'], ['校长', '校长'],
  ['前男友', '你前男友'], ['前女友', '你前女友'], ['对象', '你对象'], ['未婚夫', '你未婚夫'], ['未婚妻', '你未婚妻'],
  // Words that contain a relation but are not a person: 朋友圈 (WeChat moments), 孩子气.
  ['朋友圈', ''], ['孩子气', ''], ['对象是', ''], ['我妈妈', '你妈妈'], ['我妈', '你妈妈'], ['老妈', '你妈妈'], ['妈妈', '你妈妈'], ['我爸爸', '你爸爸'], ['我爸', '你爸爸'],
  ['老爸', '你爸爸'], ['爸爸', '你爸爸'], ['爸妈', '你爸妈'], ['父母', '你父母'], ['老公', '你老公'], ['老婆', '你老婆'],
  ['丈夫', '你丈夫'], ['妻子', '你妻子'], ['男朋友', '你男朋友'], ['女朋友', '你女朋友'], ['男友', '你男朋友'],
  ['女友', '你女朋友'], ['前任', '你前任'], ['儿子', '你儿子'], ['女儿', '你女儿'], ['孩子', '孩子'], ['奶奶', '你奶奶'],
  ['爷爷', '你爷爷'], ['外婆', '你外婆'], ['姥姥', '你姥姥'], ['婆婆', '你婆婆'], ['岳母', '你岳母'], ['丈母娘', '你丈母娘'],
  ['老丈人', '你老丈人'], ['哥哥', '你哥哥'], ['姐姐', '你姐姐'], ['弟弟', '你弟弟'], ['妹妹', '你妹妹'], ['闺蜜', '你闺蜜'],
  ['室友', '室友'], ['舍友', '室友'], ['老板', '老板'], ['领导', '领导'], ['上司', '上司'], ['主管', '主管'], ['经理', '经理'],
  ['同事', '同事'], ['老员工', '老员工'], ['同学', '同学'], ['老师', '老师'], ['教授', '教授'], ['导师', '导师'], ['邻居', '邻居'],
  ['房东', '房东'], ['客户', '客户'], ['队友', '队友'], ['家人', '家人'], ['亲戚', '亲戚'], ['朋友', '朋友'],
];
const RELATION_INDEX = new WordIndex(RELATIONS);

// Common surnames whose character is rarely the first of an everyday word. Ambiguous ones (方, 白, 高, 周,
// 许, 马, 钱, 程...) are left out: a missed name costs less than calling "方法" a person.
export const SURNAMES = '王李张刘陈杨黄赵吴徐孙朱胡郭罗郑梁宋唐韩冯邓曹彭肖董袁潘蒋蔡杜魏吕丁沈姚卢姜崔谭陆汪贾韦邹孟熊秦邱尹薛闫雷侯陶黎贺郝龚邵覃孔汤叶';
const SURNAME_SET = new Set(SURNAMES.split(''));
const TITLE_INDEX = new WordIndex(['经理', '老师', '总监', '主任', '医生', '阿姨', '叔叔', '大姐', '大哥', '姐', '哥', '老板', '教授', '师傅', '同学', '总'].map((t) => [t, t] as const));
// Characters that commonly end a given name: a third character from this set makes a three-character name.
const GIVEN_NAME_CHARS = new Set('明华芳英杰伟军平云红丽玲娟婷静敏燕霞强磊洋勇艳涛超琳雪晨欣怡佳宇浩凯鹏辉刚健峰斌波宁凤兰梅萍霖晴悦琪瑶婉雯倩璐芬远文东龙飞亮俊颖楠彤菲娜莉蕾洁慧晶昊然轩博泽睿琦婕薇蓉岚琴瑜妍翔鑫鸣'.split(''));
// Second characters after a surname (or after 小) that make an everyday word, not a name.
const NOT_GIVEN_NAME = new Set('的了是在说也都就和对把被给跟却还又总一那这个们么样些会能要想去来到过着得地不没很太好真最更再才只已吗呢吧啊呀嘛啦'.split(''));
const NOT_NAMES = new Set(
  ('曾经 严重 严格 严厉 严肃 胡思 胡说 胡乱 胡闹 熊孩 毛病 叶子 黄色 黄昏 黄金 张开 张罗 张扬 张望 张嘴 张口 陈述 陈旧 郑重 ' +
    '孙子 孙女 雷人 陶醉 黎明 汤圆 王者 王牌 王国 李子 刘海 孔雀 韩剧 韩国 宋朝 唐朝 丁点 陆续 罗列 唐突 董事 杨柳 ' +
    '杜绝 孟婆 贺卡 贺喜 黄牛 黄瓜 ' +
    '小时 小事 小心 小孩 小组 小学 小区 小说 小气 小姐 小伙 小吃 小目 小动 小机 小册 小故 小方 小女 小男 小节 小规 ' +
    '小猫 小狗 小径 小进 小角 小速 小举 小王 小崽 小互 小技 小改 小冲 小型 小日 小协 小包 小小 小世 小聚 小步 小路 ' +
    '小时候 小朋 小店 小费 小城 小镇 小儿 小声 小白 小丑 小品 小题 小数 小票 小屋 小菜 小腿 小米 小麦 小偷 小道 小妹 ' +
    '小弟 小哥 小姑 小舅 小康 小学生 小瞬 小龙虾 小测 小考 小作 小程 小红书 小号 小窝 小计 小case 小插 小毛 小片 小样 ' +
    '小问 小细 小意 小生 小人 小可 小巧 小看 小半 小面 小卖 小帮 小礼 小物 小玩 小确 小惊 小地 小家 小队 小群 小部 ' +
    '小满 小暑 小年 小伙伴 小宝 小宝贝 小家伙 小朋友')
    .split(' '),
);
// A surname right after these is usually part of a word (一张照片, 紧张感): not a name.
const NOT_BEFORE_NAME = new Set('一二两三四五几这那每整半紧主扩夸慌开伸铺嚣乖'.split(''));


function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Names and relations, in order of appearance, as [start, end, listener's wording]. */
export function personSpans(text: string): Span[] {
  const found: Span[] = [];
  const taken = new Uint8Array(text.length);
  const take = (a: number, b: number): void => {
    for (let i = a; i < b; i++) taken[i] = 1;
  };
  for (let at = 0; at < text.length; at++) {
    const c = text.charAt(at);
    const surname = SURNAME_SET.has(c);
    if ((!surname && c !== '小') || taken[at] || NOT_BEFORE_NAME.has(text.charAt(at - 1))) continue;
    if (surname) {
      const title = TITLE_INDEX.longestAt(text, at + 1);
      if (title) {
        // 李老师, 叶经理: a surname with a title is a person.
        const end = at + 1 + title[0].length;
        found.push([at, end, text.slice(at, end)]);
        take(at, end);
        at = end - 1;
        continue;
      }
      const second = text.charAt(at + 1);
      if (!isHan(text.charCodeAt(at + 1)) || NOT_GIVEN_NAME.has(second)) continue;
      const end = GIVEN_NAME_CHARS.has(text.charAt(at + 2)) ? at + 3 : at + 2;
      const name = text.slice(at, end);
      if (NOT_NAMES.has(name) || NOT_NAMES.has(name.slice(0, 2))) continue;
      found.push([at, end, name]);
      take(at, end);
      at = end - 1;
    } else if (c === '小' && text.charAt(at - 1) !== '小' && isHan(text.charCodeAt(at + 1))) {
      const name = text.slice(at, at + 2);
      if (NOT_GIVEN_NAME.has(name.charAt(1)) || NOT_NAMES.has(name) || NOT_NAMES.has(text.slice(at, at + 3))) continue;
      found.push([at, at + 2, name]);
      take(at, at + 2);
      at++;
    }
  }
  RELATION_INDEX.scan(text, (start, surface, wording) => {
    // 李老师 was already taken as a titled name; a bare 老师 elsewhere is still a person.
    if (!taken[start] && wording) found.push([start, start + surface.length, wording]);
  });
  found.sort((a, b) => a[0] - b[0]);
  return found;
}

