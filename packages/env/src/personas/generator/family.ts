import type { PersonaHooks } from '../types';

/** 'female' | 'male': the gender of a generated person (it picks names and pronouns). */
export type Gender = 'female' | 'male';

/** Another person of a situation family, before a name is drawn for them. */
export interface RoleTemplate {
  /** Placeholder key in the family's texts: `{boss}`, `{boss:he}`, `{boss:his}`, `{boss:ta}` (他/她). */
  readonly key: string;
  /** Relation to the user ("manager", "上司"). */
  readonly relation: string;
  /**
   * How the user refers to them when that is a label rather than a name ("my mom", "我妈"); no name is drawn.
   */
  readonly label?: string;
  /** Fixed gender; drawn at random when absent. */
  readonly gender?: Gender;
}

/**
 * A situation family: one kind of story a simulated user brings, written once per language with placeholders
 * for the people in it. Any hidden need and character type can be combined with any family: the need shows in
 * how the user hints (through {@link FamilyTemplate.hooks}), not in the story.
 */
export interface FamilyTemplate {
  /** Stable id, e.g. "work-credit-stolen"; ids are unique within a language. */
  readonly id: string;
  /** Broad theme: work, family, romance, friendship, study, health, money, neighbours, home, ... */
  readonly theme: string;
  /** The other people; the one the user is most at odds with comes first (simulators blame and ask about them). */
  readonly roles: readonly RoleTemplate[];
  /** The user's gender when the story fixes it ("my ex-husband"); drawn at random when absent. */
  readonly userGender?: Gender;
  /** Inclusive age range of the user. */
  readonly ages: readonly [number, number];
  readonly occupations: readonly string[];
  /** One line: what the conversation is about. */
  readonly topic: string;
  /** The background event as the user understands it (first person). */
  readonly background: string;
  /** Opening messages to choose from (first person, in character-neutral wording). */
  readonly openings: readonly string[];
  /** 4-6 first-person facts, from the surface to the most private. */
  readonly revelations: readonly string[];
  /** Words specific to the story (the others' names are added to them). */
  readonly keywords: readonly string[];
  /** Story details for hints; every family has all five. */
  readonly hooks: Required<PersonaHooks>;
}
