import type { FamilyTemplate } from '../../family';

/** English situation families about study, health, money, neighbours and home. */
export const EN_LIFE_FAMILIES: readonly FamilyTemplate[] = [
  {
    id: 'study-failed-exam',
    theme: 'study',
    roles: [
      { key: 'classmate', relation: 'classmate' },
      { key: 'mom', relation: 'mother', label: 'my mom', gender: 'female' },
    ],
    ages: [17, 24],
    occupations: ['pre-med student', 'biomedical science student', 'university student', 'pharmacy student'],
    topic: 'I failed the exam I needed to stay in my program, and I haven\'t told my mother.',
    background:
      'The results came out on Wednesday. I failed organic chemistry by four points, and without it I can\'t continue in the program next year. {Mom} thinks I passed, because I let her think so.',
    openings: [
      'I failed the exam that decides whether I can stay in my program. By four points.',
      'My mom thinks I passed. I did not. I don\'t know how to tell her.',
    ],
    revelations: [
      'I studied every night for six weeks. {classmate}, who barely came to lectures, passed.',
      'There\'s a resit in August, but it costs money and I\'d have to stay here all summer.',
      '{Mom} already told the whole family I\'ll be the first doctor in the family.',
      'I had panic attacks during the exam. My hands were shaking so much I could hardly write.',
      'Honestly, I\'m not even sure I want to be a doctor. I have never said that out loud.',
    ],
    keywords: ['exam', 'failed', 'chemistry', 'program', 'resit', 'results', 'four points'],
    hooks: {
      achievement: 'studied every single night for six weeks and went to every extra tutorial',
      decision: 'whether to sign up for the August resit or switch programs',
      puzzle: 'why {classmate} can pass without even trying',
      doubt: 'I studied the wrong way, memorising instead of understanding',
      feeling: 'like a fraud who finally got caught',
    },
  },
  {
    id: 'study-group-project',
    theme: 'study',
    roles: [
      { key: 'member', relation: 'group member' },
      { key: 'professor', relation: 'professor' },
    ],
    ages: [18, 26],
    occupations: ['undergraduate student', 'business student', 'design student', 'computer science student', 'exchange student'],
    topic: 'My project group left me to do everything, and we all get the same grade.',
    background:
      'Our final project is worth forty percent of the grade. Two of the four of us have done nothing, and {member}, who was supposed to write the analysis, sent me a half page the night before it was due.',
    openings: [
      'I basically did our whole group project alone and we all get the same grade.',
      'The night before the deadline my group member sent me half a page. Half a page.',
    ],
    revelations: [
      'I stayed up until five rewriting {member}\'s part so we wouldn\'t fail.',
      'In the presentation {member} answered the questions as if {member:he} had done the research.',
      '{professor} said peer evaluations are "optional" and nobody really uses them.',
      'I need at least a B in this class to keep my scholarship.',
      'It\'s always me. In every group I end up doing everything and then resenting everyone.',
    ],
    keywords: ['group project', 'grade', 'deadline', 'analysis', 'presentation', 'scholarship', 'peer evaluation'],
    hooks: {
      achievement: 'rewrote the whole analysis in one night and still made the deadline',
      decision: 'whether to report it to {professor} or just let it go',
      puzzle: 'how {member} can take credit without feeling bad at all',
      doubt: 'I take over too fast, so nobody else gets a chance',
      feeling: 'like the only adult in the room',
    },
  },
  {
    id: 'health-dismissed-symptoms',
    theme: 'health',
    roles: [
      { key: 'doctor', relation: 'doctor' },
      { key: 'partner', relation: 'partner' },
    ],
    ages: [25, 60],
    occupations: ['cashier', 'software engineer', 'teacher\'s aide', 'warehouse worker', 'freelance illustrator'],
    topic: 'I have had pain for months and my doctor keeps telling me it is stress.',
    background:
      'For five months I have had pain in my side and I\'m exhausted all the time. {doctor} ran one blood test, said it was normal, and told me to "try yoga and reduce stress".',
    openings: [
      'My doctor told me to try yoga. For pain I have had every day for five months.',
      'I\'m so tired of being told it is just stress.',
    ],
    revelations: [
      'I have a whole notebook of symptoms, with dates. {doctor} didn\'t even open it.',
      '{partner} has started sighing when I mention the pain, so I have stopped mentioning it.',
      'I had to leave work early three times this month, and my manager noticed.',
      'I paid for a private scan, and I get the results on Thursday.',
      'My aunt was told it was stress for two years. It was cancer.',
    ],
    keywords: ['pain', 'doctor', 'blood test', 'stress', 'symptoms', 'scan', 'results'],
    hooks: {
      achievement: 'kept a detailed symptom diary for five months, every single day',
      decision: 'whether to ask for a referral to a specialist or change doctors completely',
      puzzle: 'why {doctor} will not take me seriously',
      doubt: 'I downplay things when I\'m in the doctor\'s office',
      feeling: 'like I\'m going crazy and nobody believes my own body',
    },
  },
  {
    id: 'money-scammed',
    theme: 'money',
    roles: [
      { key: 'scammer', relation: 'the man who scammed me', gender: 'male' },
      { key: 'daughter', relation: 'daughter', label: 'my daughter', gender: 'female' },
    ],
    ages: [45, 72],
    occupations: ['retired bus driver', 'bookkeeper', 'hairdresser', 'retired nurse', 'carpenter'],
    topic: 'I lost most of my savings to an online investment scam.',
    background:
      'A man named {scammer} contacted me online eight months ago. He was patient and friendly, and he showed me how his trading platform worked. I put in eighteen thousand. Last week the site disappeared.',
    openings: [
      'I lost eighteen thousand to an investment scam. My savings. I feel so stupid.',
      'The trading site I put my savings into is gone. Just gone.',
    ],
    revelations: [
      'At first I put in five hundred and it doubled, so I trusted it.',
      '{scammer} talked to me almost every day. Honestly, I looked forward to it.',
      'The bank says they probably can\'t get it back because I made the transfers myself.',
      'I haven\'t told {daughter}. She warned me about exactly this once.',
      'Since my wife died, those conversations were the only thing I looked forward to.',
    ],
    keywords: ['scam', 'savings', 'investment', 'trading platform', 'bank', 'transfers', 'eighteen thousand'],
    hooks: {
      achievement: 'reported it to the police and the bank the same day I realised',
      decision: 'whether to tell {daughter} or try to fix it alone first',
      puzzle: 'how someone can be that kind to you for months and mean none of it',
      doubt: 'I ignored the warning signs because I was lonely',
      feeling: 'ashamed, like an old fool',
    },
  },
  {
    id: 'neighbours-noise',
    theme: 'neighbours',
    roles: [
      { key: 'neighbour', relation: 'upstairs neighbour' },
      { key: 'landlord', relation: 'landlord' },
    ],
    ages: [24, 70],
    occupations: ['night-shift nurse', 'freelance translator', 'bus driver', 'PhD student', 'security guard'],
    topic: 'My upstairs neighbour makes noise every night and threatened me when I complained.',
    background:
      '{neighbour} moved in upstairs in the spring. Since then there is music and stomping until two or three every night. When I knocked to ask, {neighbour:he} told me to "get earplugs or move out".',
    openings: [
      'My upstairs neighbour keeps me awake every night and laughed at me when I asked {neighbour:him} to stop.',
      'I haven\'t slept a full night in three months because of the people upstairs.',
    ],
    revelations: [
      'I left a polite note first. The next morning it was stuck back on my door, torn in half.',
      '{landlord} says it is "between neighbours" and will not get involved.',
      'I work early shifts. Last week I nearly fell asleep at the wheel on the way home.',
      'I recorded the noise on my phone for two weeks, every night, with the time.',
      'I have started to feel afraid in my own building, and I hate that.',
    ],
    keywords: ['neighbour', 'noise', 'upstairs', 'music', 'note', 'landlord', 'sleep', 'earplugs'],
    hooks: {
      achievement: 'stayed polite every single time, even when {neighbour} was shouting at me',
      decision: 'whether to file a formal complaint or start looking for a new place',
      puzzle: 'why {neighbour} would be so hostile over a simple request',
      doubt: 'I should have gone to {landlord} in writing from the start',
      feeling: 'like I have no safe place left',
    },
  },
  {
    id: 'home-roommate-conflict',
    theme: 'home',
    roles: [
      { key: 'roommate', relation: 'roommate' },
      { key: 'guest', relation: 'roommate\'s partner' },
    ],
    ages: [19, 32],
    occupations: ['barista', 'graduate student', 'junior designer', 'call center agent', 'lab assistant'],
    topic: 'My roommate\'s partner has basically moved in, and I\'m paying half the rent for a third of the flat.',
    background:
      '{roommate}\'s partner {guest} started staying over "a few nights" in September. Now {guest} is there every day, uses my groceries, and takes forty-minute showers before I go to work.',
    openings: [
      'My roommate\'s partner basically lives with us now, and nobody asked me.',
      'I pay half the rent and I can\'t even get into my own bathroom in the morning.',
    ],
    revelations: [
      'The lease says no long-term guests. I checked.',
      '{guest} ate the birthday cake my sister brought me and left the empty box in the fridge.',
      'When I mentioned the bills, {roommate} said I was "making it weird".',
      'I have started staying late at the library just to avoid being home.',
      'I have never been good at saying what I want; I always wait until I explode.',
    ],
    keywords: ['roommate', 'rent', 'lease', 'bathroom', 'groceries', 'bills', 'flat', 'guests'],
    hooks: {
      achievement: 'kept a shared spreadsheet of the bills and paid everything on time for two years',
      decision: 'whether to ask {guest} to pay a share or move out at the end of the lease',
      puzzle: 'why {roommate} doesn\'t see how unfair this is',
      doubt: 'I let it go too long before saying anything',
      feeling: 'like a guest in my own home',
    },
  },
];
