import type { CharacterType } from '../../types';
import type { Gender } from '../family';

/** English given names by gender (common across the US, UK, Canada and Australia, several generations). */
export const EN_GIVEN_NAMES: Readonly<Record<Gender, readonly string[]>> = {
  female: [
    'Emma', 'Olivia', 'Sarah', 'Jessica', 'Hannah', 'Megan', 'Laura', 'Rachel', 'Chloe', 'Grace', 'Sophie', 'Amy',
    'Natalie', 'Rebecca', 'Claire', 'Lucy', 'Karen', 'Linda', 'Diane', 'Maria', 'Priya', 'Aisha', 'Mei', 'Rosa',
    'Jenna', 'Holly', 'Abby', 'Erin', 'Tanya', 'Denise',
  ],
  male: [
    'James', 'Daniel', 'Michael', 'Ryan', 'Tom', 'Chris', 'Matt', 'David', 'Ben', 'Jake', 'Sam', 'Luke', 'Adam',
    'Nathan', 'Kevin', 'Brian', 'Gary', 'Paul', 'Marcus', 'Carlos', 'Raj', 'Omar', 'Jason', 'Eric', 'Owen',
    'Tyler', 'Greg', 'Steve', 'Andre', 'Leo',
  ],
};

/** English family names. */
export const EN_FAMILY_NAMES: readonly string[] = [
  'Miller', 'Johnson', 'Walker', 'Thompson', 'Harris', 'Clarke', 'Evans', 'Turner', 'Brooks', 'Reed', 'Parker',
  'Hughes', 'Bennett', 'Murphy', 'Collins', 'Foster', 'Ward', 'Patel', 'Nguyen', 'Garcia', 'Kim', 'Okafor',
  'Santos', 'Cohen', 'Fraser', 'Doyle',
];

/**
 * Traits by character type, in SAGE's sense: negative users are sharp and blaming, passive ones hesitant,
 * avoidant ones deflect. Two or three are drawn per persona.
 */
export const EN_TRAITS: Readonly<Record<CharacterType, readonly string[]>> = {
  negative: ['irritable', 'blunt', 'suspicious', 'proud', 'impatient', 'sarcastic', 'resentful', 'demanding'],
  passive: ['shy', 'anxious', 'indecisive', 'self-doubting', 'soft-spoken', 'eager to please', 'timid', 'apologetic'],
  avoidant: ['guarded', 'wry', 'self-deprecating', 'evasive', 'stoic', 'private', 'restless', 'dismissive of feelings'],
};
