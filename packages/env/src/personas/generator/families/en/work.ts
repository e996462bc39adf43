import type { FamilyTemplate } from '../../family';

/** English situation families about work. */
export const EN_WORK_FAMILIES: readonly FamilyTemplate[] = [
  {
    id: 'work-credit-stolen',
    theme: 'work',
    roles: [
      { key: 'boss', relation: 'manager' },
      { key: 'peer', relation: 'teammate' },
    ],
    ages: [24, 45],
    occupations: ['data analyst', 'product designer', 'marketing specialist', 'software engineer', 'financial analyst'],
    topic: 'My manager presented my project to the leadership team as {boss:his} own work.',
    background:
      'I spent two months building the customer retention analysis. Yesterday {boss} presented it to the leadership team, and my name wasn\'t on a single slide. Everyone congratulated {boss:him}.',
    openings: [
      'So yesterday {boss} presented my project to the directors and took all the credit.',
      'I just watched my manager present two months of my work as if it were {boss:his} own.',
    ],
    revelations: [
      '{boss} had asked me for "a quick copy of the deck" the day before, and I sent it without thinking twice.',
      'In the meeting {peer} looked straight at me when the director praised the analysis, but said nothing.',
      'This isn\'t the first time. Last spring the budget forecast I wrote went out under {boss:his} name too.',
      'My performance review is in three weeks, and that\'s where promotions get decided.',
      'Honestly, part of me is scared that if I make a fuss they will decide I\'m difficult and let me go.',
    ],
    keywords: ['project', 'credit', 'presentation', 'slides', 'directors', 'leadership', 'analysis', 'review'],
    hooks: {
      achievement: 'stayed up three nights rebuilding the model when the data turned out to be wrong',
      decision: 'whether to bring it up with the director before my review',
      puzzle: 'why {boss} would do that when {boss:he} knew I\'d find out',
      doubt: 'I should have put my name on the first slide',
      feeling: 'like I\'m invisible in that office',
    },
  },
  {
    id: 'work-passed-over',
    theme: 'work',
    roles: [
      { key: 'rival', relation: 'colleague who got the promotion' },
      { key: 'boss', relation: 'department head' },
    ],
    ages: [28, 50],
    occupations: ['nurse', 'account manager', 'civil engineer', 'operations coordinator', 'sales lead'],
    topic: 'A colleague with less experience got the team-lead promotion I had been promised.',
    background:
      'For a year {boss} told me the team-lead position was basically mine. On Monday the announcement went out: {rival} got it. {Rival} joined the company eighteen months ago.',
    openings: [
      'They gave the team-lead job to {rival}. The job I was told was mine.',
      'I found out on Monday, in a group email, that I didn\'t get the promotion.',
    ],
    revelations: [
      'Nobody told me in person. I read it in the same email as everyone else.',
      'I trained {rival} when {rival:he} started. I showed {rival:him} how everything works here.',
      '{boss} said the decision came "from above" and wouldn\'t look me in the eye.',
      'I turned down an offer from another company last year because I believed the promotion was coming.',
      'My father never got past middle management, and I swore that wouldn\'t be me.',
    ],
    keywords: ['promotion', 'team lead', 'announcement', 'position', 'experience', 'email', 'offer'],
    hooks: {
      achievement: 'ran the whole unit for four months when the last lead was on leave',
      decision: 'whether to start applying elsewhere or ask for a real explanation',
      puzzle: 'why {boss} kept promising it to me if {boss:he} knew it was going to {rival}',
      doubt: 'I never actually told them out loud that I wanted it',
      feeling: 'like a fool for believing them',
    },
  },
  {
    id: 'work-laid-off',
    theme: 'work',
    roles: [
      { key: 'boss', relation: 'former manager' },
      { key: 'partner', relation: 'partner' },
    ],
    ages: [30, 58],
    occupations: ['logistics planner', 'graphic designer', 'quality inspector', 'recruiter', 'copywriter'],
    topic: 'I was laid off after nine years, in a fifteen-minute video call.',
    background:
      'Last Thursday I got a calendar invite titled "quick sync". It was {boss} and someone from HR, and by the end of the call my laptop access was already gone. Nine years at that company.',
    openings: [
      'I got laid off last week. Fifteen minutes on a video call and nine years were over.',
      'So I don\'t have a job anymore. They let me go on Thursday.',
    ],
    revelations: [
      'They cut eleven people from my department, but I was the only one from my team.',
      'I still haven\'t told {partner} how small the severance actually is.',
      'I have sent out twenty applications and heard back from two, both rejections.',
      'The mortgage payment comes out at the end of the month, and I do the maths every night.',
      'Deep down I wonder whether they picked me because I\'m the oldest one on the team.',
    ],
    keywords: ['laid off', 'layoff', 'severance', 'HR', 'applications', 'job', 'mortgage', 'nine years'],
    hooks: {
      achievement: 'trained every new hire on my team for the past five years',
      decision: 'whether to take the first offer that comes or hold out for something in my field',
      puzzle: 'why {boss} let it happen without even warning me',
      doubt: 'I got too comfortable there and stopped learning new things',
      feeling: 'like I was thrown away',
    },
  },
  {
    id: 'work-slacking-teammate',
    theme: 'work',
    roles: [
      { key: 'teammate', relation: 'teammate' },
      { key: 'boss', relation: 'manager' },
    ],
    ages: [23, 40],
    occupations: ['junior developer', 'paralegal', 'lab technician', 'event planner', 'content producer'],
    topic: 'I keep doing my teammate\'s share of the work and I\'m exhausted.',
    background:
      '{teammate} and I share the client account. For three months {teammate:he} has missed deadlines, and every time I quietly finish {teammate:his} part so the client doesn\'t notice.',
    openings: [
      'I\'m so tired of covering for {teammate}. Again this weekend.',
      'I spent my whole Saturday finishing work that wasn\'t even mine.',
    ],
    revelations: [
      'Last Friday {teammate:he} left at three for "an appointment" and the report was due at five.',
      'When {boss} praised the quarterly report, {teammate} said "we worked really hard on it".',
      'I tried to bring it up once and {teammate} cried and said things at home are hard right now.',
      'I have started having trouble sleeping. I lie awake making lists of what might have slipped.',
      'Part of me keeps covering because I\'m afraid that if the account fails, it will look like my failure.',
    ],
    keywords: ['client', 'account', 'deadline', 'report', 'weekend', 'share', 'covering'],
    hooks: {
      achievement: 'kept the client happy for three months without a single missed delivery',
      decision: 'whether to tell {boss} what is really going on',
      puzzle: 'why {teammate} thinks it is fine to leave everything to me',
      doubt: 'I made it too easy for {teammate:him} by always stepping in',
      feeling: 'like I\'m carrying two people and nobody sees it',
    },
  },
  {
    id: 'work-overtime-burnout',
    theme: 'work',
    roles: [
      { key: 'boss', relation: 'manager' },
      { key: 'kid', relation: 'daughter', label: 'my daughter', gender: 'female' },
    ],
    ages: [29, 48],
    occupations: ['project manager', 'accountant', 'architect', 'consultant', 'customer success manager'],
    topic: 'My manager keeps sending work at night and on weekends, and I missed my daughter\'s recital.',
    background:
      '{boss} sends messages at eleven at night and expects answers by morning. Last Saturday {boss:he} called during my daughter\'s school recital, and I stepped out to take it and missed her solo.',
    openings: [
      'I missed my daughter\'s solo on Saturday because my manager called. On a Saturday.',
      'I can\'t remember the last weekend I didn\'t open my work laptop.',
    ],
    revelations: [
      'The call was about a spreadsheet that could easily have waited until Monday.',
      'When I came back in, {kid} had already finished. She said "it is okay", the way adults say it.',
      'I have been getting headaches almost every afternoon, and I keep putting off seeing a doctor.',
      'I told myself this pace was temporary, but it has been two years now.',
      'What scares me most is that I\'m turning into my own father, who was never home.',
    ],
    keywords: ['weekend', 'recital', 'solo', 'laptop', 'messages', 'overtime', 'call'],
    hooks: {
      achievement: 'closed the biggest contract of the year for the team in March',
      decision: 'whether to tell {boss} I\'ll not answer messages after eight anymore',
      puzzle: 'why {boss} thinks everything is urgent',
      doubt: 'I\'m the one who taught them I\'d always pick up',
      feeling: 'like I\'m missing my own life',
    },
  },
];
