import type { FamilyTemplate } from '../../family';

/** English situation families about romantic relationships. */
export const EN_ROMANCE_FAMILIES: readonly FamilyTemplate[] = [
  {
    id: 'romance-growing-apart',
    theme: 'romance',
    roles: [{ key: 'partner', relation: 'partner' }],
    ages: [24, 45],
    occupations: ['pharmacy technician', 'UX researcher', 'mechanic', 'flight attendant', 'high school teacher'],
    topic: 'My partner and I live together but barely talk anymore; the phone comes first.',
    background:
      '{partner} and I have been together five years. These days we eat dinner in front of our phones, and when I try to talk about anything real, {partner:he} says {partner:he} is tired.',
    openings: [
      'My partner and I live in the same apartment but it feels like we are roommates.',
      'I planned a whole evening for our anniversary and {partner} spent it scrolling.',
    ],
    revelations: [
      'On our anniversary I booked the restaurant from our first date. {partner} answered work emails at the table.',
      'We haven\'t been intimate in almost four months. I stopped counting after that.',
      '{Partner} laughs at messages from someone named Alex and turns the screen away when I walk by.',
      'I looked at apartments for one person last week. Just looked.',
      'I\'m afraid that I\'m the only one who still cares, and that I have been for a long time.',
    ],
    keywords: ['anniversary', 'phone', 'dinner', 'restaurant', 'apartment', 'five years', 'scrolling'],
    hooks: {
      achievement: 'planned the whole anniversary evening down to the song from our first date',
      decision: 'whether to suggest couples counselling or just say it is over',
      puzzle: 'what is going on in {partner:his} head these days',
      doubt: 'I stopped telling {partner:him} what I need a long time ago',
      feeling: 'lonely in a way that\'s worse than being single',
    },
  },
  {
    id: 'romance-ghosted',
    theme: 'romance',
    roles: [
      { key: 'date', relation: 'the person I was seeing' },
      { key: 'friend', relation: 'best friend' },
    ],
    ages: [20, 38],
    occupations: ['graduate student', 'bartender', 'junior accountant', 'photographer', 'retail supervisor'],
    topic: 'The person I was dating for three months disappeared without a word.',
    background:
      'I was seeing {date} for three months. We met my friends, made plans for a weekend away. Then, twelve days ago, {date:he} stopped answering. No fight, no message, nothing.',
    openings: [
      'Someone I was seeing for three months just vanished. Twelve days of silence now.',
      'I got ghosted. After three months. I didn\'t think people actually did that.',
    ],
    revelations: [
      'The last thing {date:he} sent was a photo of the cabin we had booked, with a heart.',
      'I can see {date:he} is still posting stories, so nothing happened to {date:him}.',
      '{friend} says I should just delete the number, and I pretend I did.',
      'I wrote a long message and deleted it maybe twenty times. I sent a short one. It says "read".',
      'It\'s the third time someone has left me without explaining, and I\'m starting to think it is me.',
    ],
    keywords: ['ghosted', 'three months', 'messages', 'cabin', 'weekend', 'stories', 'silence'],
    hooks: {
      achievement: 'stayed honest and kind the whole time, even when I was unsure',
      decision: 'whether to send one last message or cancel the cabin and move on',
      puzzle: 'why {date} would just disappear instead of telling me',
      doubt: 'I came on too strong with the weekend plans',
      feeling: 'like I wasn\'t even worth a goodbye',
    },
  },
  {
    id: 'romance-long-distance-move',
    theme: 'romance',
    roles: [{ key: 'partner', relation: 'partner' }],
    ages: [23, 40],
    occupations: ['research assistant', 'junior architect', 'veterinary nurse', 'game developer', 'translator'],
    topic: 'My partner accepted a job across the country without really asking me.',
    background:
      '{partner} got an offer in another city, four hours by plane. {partner:He} accepted it on Tuesday and told me at dinner, like it was settled. {partner:He} starts in six weeks.',
    openings: [
      'My partner took a job on the other side of the country and told me after saying yes.',
      'Six weeks from now my partner moves four hours away and I\'m supposed to be happy about it.',
    ],
    revelations: [
      '{partner} says we can "obviously" do long distance for a year and then I can move too.',
      'I just got promoted here. I finally have a team of my own.',
      'When I said I was hurt, {partner:he} said I wasn\'t being supportive of {partner:his} career.',
      'My best friend thinks {partner} has been planning this for months.',
      'I did long distance once before and it ended with me finding out about someone else.',
    ],
    keywords: ['job', 'offer', 'move', 'long distance', 'city', 'six weeks', 'career'],
    hooks: {
      achievement: 'helped {partner:him} prepare for every single interview without knowing where it was',
      decision: 'whether to move with {partner:him}, stay, or end it',
      puzzle: 'why {partner} didn\'t ask me before saying yes',
      doubt: 'I never made it clear how much my own job means to me',
      feeling: 'like an afterthought in my own relationship',
    },
  },
];
