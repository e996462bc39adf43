import type { FamilyTemplate } from '../../family';
import { EN_FRIENDSHIP_FAMILIES } from './friendship';
import { EN_HOME_FAMILIES } from './home';
import { EN_LIFE_FAMILIES } from './life';
import { EN_ROMANCE_FAMILIES } from './romance';
import { EN_WORK_FAMILIES } from './work';

/** Every English situation family, in a fixed order (the order is part of what a seed means). */
export const EN_FAMILIES: readonly FamilyTemplate[] = [
  ...EN_WORK_FAMILIES,
  ...EN_HOME_FAMILIES,
  ...EN_ROMANCE_FAMILIES,
  ...EN_FRIENDSHIP_FAMILIES,
  ...EN_LIFE_FAMILIES,
];
