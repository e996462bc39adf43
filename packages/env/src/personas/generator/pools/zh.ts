import type { CharacterType } from '../../types';
import type { Gender } from '../family';

/** 常见姓氏 (common Chinese family names). */
export const ZH_FAMILY_NAMES: readonly string[] = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '郑',
  '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '萧', '田', '董', '潘', '袁', '蒋', '蔡', '余', '杜',
];

/** Given names by gender, as people of roughly 18-60 are named (one or two characters). */
export const ZH_GIVEN_NAMES: Readonly<Record<Gender, readonly string[]>> = {
  female: [
    '雨欣', '晓婷', '佳怡', '思琪', '婷婷', '静', '丽娟', '秀英', '雪', '梦瑶', '欣怡', '慧敏', '小雨', '芳', '晓燕',
    '诗涵', '可馨', '玉兰', '雅琴', '倩', '嘉怡', '文静', '晓丽', '艳', '海燕', '佳琪', '若曦', '婉清',
  ],
  male: [
    '浩', '子轩', '宇航', '建国', '志强', '俊杰', '伟', '磊', '晓东', '明', '杰', '鹏', '国栋', '浩然', '博文',
    '天宇', '振华', '立新', '海涛', '文斌', '一鸣', '家豪', '宏伟', '晨', '思远', '建军', '嘉树', '子豪',
  ],
};

/** 性格特征 by character type: 负面型 sharp and blaming, 被动型 hesitant, 回避型 deflecting. */
export const ZH_TRAITS: Readonly<Record<CharacterType, readonly string[]>> = {
  negative: ['暴躁', '愤怒', '敏感', '好强', '尖刻', '多疑', '固执', '急躁'],
  passive: ['内向', '犹豫', '自卑', '胆小', '焦虑', '讨好型', '优柔寡断', '不善表达'],
  avoidant: ['冷淡', '逞强', '嘴硬', '疏离', '爱自嘲', '防备心重', '回避冲突', '故作轻松'],
};
