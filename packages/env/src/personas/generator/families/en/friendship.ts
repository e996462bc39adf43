import type { FamilyTemplate } from '../../family';

/** English situation families about friendship. */
export const EN_FRIENDSHIP_FAMILIES: readonly FamilyTemplate[] = [
  {
    id: 'friends-left-out-trip',
    theme: 'friendship',
    roles: [
      { key: 'friend', relation: 'close friend' },
      { key: 'other', relation: 'friend from the group' },
    ],
    ages: [18, 34],
    occupations: ['university student', 'dental assistant', 'junior copywriter', 'lifeguard', 'store manager'],
    topic: 'My friend group planned a trip together and didn\'t invite me.',
    background:
      'I saw the photos on Sunday: five of my closest friends at a lake house, all of them, except me. {friend} had told me that weekend {friend:he} was "visiting family".',
    openings: [
      'All my friends went on a trip together last weekend. I found out from the photos.',
      'My friends went away for a weekend and nobody told me. I saw it online like a stranger.',
    ],
    revelations: [
      'There\'s a separate group chat. I saw it on {other}\'s phone once and didn\'t ask.',
      '{friend} and I have been friends since we were twelve. {friend:He} was the one who lied to me.',
      'When I asked, {other} said "we thought you would be busy with your new job".',
      'I have started saying yes to every plan, even ones I hate, so they don\'t forget me.',
      'In high school I was the one nobody sat with, and this brings all of that back.',
    ],
    keywords: ['trip', 'photos', 'lake house', 'group chat', 'weekend', 'friends', 'invite'],
    hooks: {
      achievement: 'organised every birthday in that group for years',
      decision: 'whether to confront them or slowly let the friendship go',
      puzzle: 'why {friend} would lie to my face about it',
      doubt: 'I pulled away when I started the new job and they noticed',
      feeling: 'like I\'m fifteen again, eating lunch alone',
    },
  },
  {
    id: 'friends-unpaid-loan',
    theme: 'friendship',
    roles: [{ key: 'friend', relation: 'old friend' }],
    ages: [25, 55],
    occupations: ['plumber', 'office administrator', 'delivery driver', 'nurse', 'small business owner'],
    topic: 'I lent a close friend money a year ago and {friend:he} keeps avoiding paying it back.',
    background:
      'A year ago {friend} asked me for three thousand to cover rent after {friend:his} divorce. I lent it without a contract. {friend:He} promised to pay it back by the summer. Now it is winter.',
    openings: [
      'I lent a friend three thousand a year ago and now {friend:he} acts like it never happened.',
      'How do you ask an old friend for your money back without ending the friendship?',
    ],
    revelations: [
      'Every time I bring it up, {friend} says "next month, I promise".',
      'Last weekend I saw {friend:him} post pictures from a concert, front row.',
      'I needed that money myself. I put my car repair on a credit card because of it.',
      'My partner doesn\'t know I lent it. I told {friend} it was fine when it was not.',
      '{friend} stood by me when my father died. That\'s why this hurts so much.',
    ],
    keywords: ['loan', 'money', 'three thousand', 'rent', 'pay back', 'concert', 'credit card'],
    hooks: {
      achievement: 'lent it the same day {friend:he} asked, no questions, because that\'s what friends do',
      decision: 'whether to ask for a payment plan in writing or just write the money off',
      puzzle: 'why {friend} can spend on concerts but not pay me back',
      doubt: 'I made it too easy by saying there was no rush',
      feeling: 'used, by someone I trusted completely',
    },
  },
  {
    id: 'friends-secret-shared',
    theme: 'friendship',
    roles: [
      { key: 'friend', relation: 'best friend' },
      { key: 'coworker', relation: 'coworker' },
    ],
    ages: [19, 40],
    occupations: ['receptionist', 'software tester', 'college student', 'hotel clerk', 'fitness instructor'],
    topic: 'I told my best friend something private and now my coworkers know.',
    background:
      'I told {friend}, and only {friend}, that I have been seeing a therapist for panic attacks. This week {coworker} asked me, loudly, in the break room, whether I was "feeling calmer lately".',
    openings: [
      'I told my best friend something very private, and now people at work know it.',
      'A coworker brought up my therapy in the break room. Only one person knew about it.',
    ],
    revelations: [
      '{friend} and {coworker} started going to the same gym a few months ago.',
      'When I asked {friend}, {friend:he} said {friend:he} "might have mentioned it" because {friend:he} was worried about me.',
      'I haven\'t been back to the break room since. I eat lunch in my car.',
      'My panic attacks started again this week, the first time in months.',
      'I\'m scared I\'ll never be able to tell anyone anything real again.',
    ],
    keywords: ['secret', 'therapy', 'therapist', 'panic attacks', 'break room', 'coworkers', 'gym'],
    hooks: {
      achievement: 'finally started therapy after years of putting it off',
      decision: 'whether to talk to {friend} face to face or end the friendship quietly',
      puzzle: 'why {friend} thought it was okay to tell {coworker}',
      doubt: 'I never actually said it had to stay between us',
      feeling: 'exposed, like everyone can see through me now',
    },
  },
];
