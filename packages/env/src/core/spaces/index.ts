export { Space, type SpaceDescription, type SpaceValue } from './space';
export { Text, type TextOptions } from './text';
export { Choice } from './choice';
export { Discrete } from './discrete';
export { Box } from './box';
export { Dict, type DictValue } from './dict';
export { Sequence } from './sequence';
