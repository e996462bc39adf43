import type { FamilyTemplate } from '../../family';
import { ZH_FRIENDS_FAMILIES } from './friends';
import { ZH_HOME_FAMILIES } from './home';
import { ZH_LIFE_FAMILIES } from './life';
import { ZH_LOVE_FAMILIES } from './love';
import { ZH_WORK_FAMILIES } from './work';

/** Every Chinese situation family, in a fixed order (the order is part of what a seed means). */
export const ZH_FAMILIES: readonly FamilyTemplate[] = [
  ...ZH_WORK_FAMILIES,
  ...ZH_HOME_FAMILIES,
  ...ZH_LOVE_FAMILIES,
  ...ZH_FRIENDS_FAMILIES,
  ...ZH_LIFE_FAMILIES,
];
