import type { FamilyTemplate } from '../../family';

/** English situation families about family life. */
export const EN_HOME_FAMILIES: readonly FamilyTemplate[] = [
  {
    id: 'family-caregiving-alone',
    theme: 'family',
    roles: [
      { key: 'sibling', relation: 'brother', gender: 'male' },
      { key: 'mom', relation: 'mother', label: 'my mom', gender: 'female' },
    ],
    ages: [32, 60],
    occupations: ['teacher', 'pharmacist', 'bank clerk', 'office manager', 'physiotherapist'],
    topic: 'I\'m caring for my mother after her stroke while my brother does nothing.',
    background:
      'My mom had a stroke in the spring. Since then I drive to her place every day after work to cook, sort her pills and help her shower. My brother {sibling} lives twenty minutes away and has visited twice.',
    openings: [
      'I have been taking care of my mom every single day since her stroke, and my brother just... does not.',
      'I\'m so tired. Between work and my mom I don\'t think I have slept properly in months.',
    ],
    revelations: [
      'When I asked {sibling} to take Sundays, {sibling:he} said {sibling:his} job is "more demanding than mine".',
      '{Mom} still asks about {sibling} every day, and lights up when {sibling:he} calls for five minutes.',
      'Last week I snapped at {mom} over the pills and she cried. I hate myself for it.',
      'I have started using my own vacation days and there are almost none left.',
      'Sometimes, late at night, I catch myself wishing it were over, and then I feel like a monster.',
    ],
    keywords: ['stroke', 'mom', 'mother', 'pills', 'care', 'visits', 'brother', 'Sundays'],
    hooks: {
      achievement: 'set up her whole medication schedule and never missed a single day',
      decision: 'whether to look into a care home or cut my hours at work',
      puzzle: 'why {sibling} can just switch off like that',
      doubt: 'I never actually told {sibling} how bad it really is',
      feeling: 'like I disappeared and only the caregiver is left',
    },
  },
  {
    id: 'family-parents-disapprove',
    theme: 'family',
    roles: [
      { key: 'dad', relation: 'father', label: 'my dad', gender: 'male' },
      { key: 'partner', relation: 'partner' },
    ],
    ages: [22, 35],
    occupations: ['nurse', 'barista', 'web developer', 'physical therapist', 'musician'],
    topic: 'My parents refuse to accept my partner and said they will not come to the wedding.',
    background:
      '{partner} and I got engaged in June. When we told my parents at dinner, {dad} put down his fork and said he wouldn\'t "bless this". They haven\'t met {partner} properly even once.',
    openings: [
      'My parents say they will not come to my wedding. Because of who I\'m marrying.',
      'We got engaged and my dad basically walked out of dinner.',
    ],
    revelations: [
      '{Dad} has only seen {partner} once, for ten minutes, at my graduation.',
      'My mom calls me separately and says she is "working on him", but she never stands up to him.',
      '{partner} says it doesn\'t bother {partner:him}, but I heard {partner:him} on the phone with a friend, upset.',
      'We already paid the deposit on the venue, and the invitations are supposed to go out next month.',
      'I\'m scared that if I have to choose, I\'ll lose my family for good.',
    ],
    keywords: ['wedding', 'engaged', 'parents', 'dinner', 'venue', 'invitations', 'bless'],
    hooks: {
      achievement: 'wrote my parents a long letter explaining everything, calmly, without blaming them',
      decision: 'whether to go ahead with the date or postpone until they come around',
      puzzle: 'what {dad} actually has against {partner}',
      doubt: 'I sprang it on them too suddenly',
      feeling: 'like I\'m being asked to choose between two halves of myself',
    },
  },
  {
    id: 'family-inheritance-house',
    theme: 'family',
    roles: [
      { key: 'sister', relation: 'sister', gender: 'female' },
      { key: 'husband', relation: 'brother-in-law', gender: 'male' },
    ],
    ages: [38, 65],
    occupations: ['electrician', 'librarian', 'insurance agent', 'retired teacher', 'shop owner'],
    topic: 'My sister wants to sell our late parents\' house and I want to keep it.',
    background:
      'Our dad died in January and left the house to my sister {sister} and me. {Sister} wants to sell it this summer. I grew up in that house, and I want to buy out her half, slowly.',
    openings: [
      'My sister wants to sell our parents\' house, and she acts like I\'m being unreasonable.',
      'We are fighting about Dad\'s house, and he has only been gone since January.',
    ],
    revelations: [
      '{Sister} already had an agent come to value it without telling me.',
      'I found out that {husband}, her husband, has some business debts.',
      'I was the one who took care of Dad in his last two years. {Sister} came at Christmas.',
      'My offer to buy her out was below market price, and she said I was "taking advantage".',
      'If the house goes, I feel like the last piece of my parents goes with it.',
    ],
    keywords: ['house', 'sell', 'inheritance', 'agent', 'buy out', 'Dad', 'half'],
    hooks: {
      achievement: 'kept the house and the garden exactly the way Mom liked them for all these years',
      decision: 'whether to accept the sale or get a lawyer involved',
      puzzle: 'why {sister} is in such a hurry',
      doubt: 'my offer wasn\'t really fair to her',
      feeling: 'like I\'m losing my parents a second time',
    },
  },
  {
    id: 'family-teen-silent',
    theme: 'family',
    userGender: 'female',
    roles: [
      { key: 'son', relation: 'son', gender: 'male' },
      { key: 'ex', relation: 'ex-husband', gender: 'male' },
    ],
    ages: [36, 52],
    occupations: ['dental hygienist', 'real estate agent', 'police dispatcher', 'chef', 'school administrator'],
    topic: 'My sixteen-year-old son has stopped talking to me since the divorce.',
    background:
      'Since {ex} and I divorced last year, {son} splits his weeks between us. At his dad\'s he laughs; at my place he goes straight to his room and answers everything with one word.',
    openings: [
      'My son barely says a word to me anymore. He is sixteen and it is like living with a stranger.',
      'I found out from his friend\'s mother that my son got suspended. He didn\'t tell me.',
    ],
    revelations: [
      '{Son} got suspended for a fight last month, and I only found out from another parent.',
      '{Ex} lets him stay up gaming until two, and I\'m the one who says no.',
      'I went through his phone once. He noticed, and that\'s when it got really bad.',
      'He asked whether he could live with his dad full time, and I said no without even thinking.',
      'I\'m afraid he blames me for the divorce, and maybe he is right.',
    ],
    keywords: ['son', 'sixteen', 'divorce', 'suspended', 'phone', 'room', 'gaming'],
    hooks: {
      achievement: 'drove him to every practice and never missed a parent meeting, even during the divorce',
      decision: 'whether to let him move to his dad\'s',
      puzzle: 'what is really going on inside his head',
      doubt: 'checking his phone was the moment I lost him',
      feeling: 'like a guest in my own son\'s life',
    },
  },
  {
    id: 'family-in-laws-holidays',
    theme: 'family',
    userGender: 'female',
    roles: [
      { key: 'mil', relation: 'mother-in-law', label: 'my mother-in-law', gender: 'female' },
      { key: 'spouse', relation: 'husband', gender: 'male' },
    ],
    ages: [27, 50],
    occupations: ['hairdresser', 'IT support technician', 'social worker', 'baker', 'marketing manager'],
    topic: 'My mother-in-law criticised my cooking and parenting in front of everyone at the holidays.',
    background:
      'We hosted the holiday dinner this year. I cooked for two days. At the table {mil} said the turkey was dry and that the kids are "allowed to run wild", and {spouse} laughed along.',
    openings: [
      'I cooked for two days for the holidays and my mother-in-law tore it apart in front of everyone.',
      'My husband\'s mother humiliated me at our own table, and he laughed.',
    ],
    revelations: [
      '{Mil} also rearranged my kitchen cupboards while I was out buying ice.',
      'When I told {spouse} later how I felt, {spouse:he} said I was "too sensitive about Mom".',
      'She does this every visit. Small comments, always when {spouse} is in the room.',
      'They are supposed to stay with us for a whole week at Easter, and I\'m already dreading it.',
      'What hurts most isn\'t her. It\'s that {spouse} didn\'t stand next to me.',
    ],
    keywords: ['holidays', 'dinner', 'turkey', 'cooking', 'kids', 'mother-in-law', 'kitchen', 'Easter'],
    hooks: {
      achievement: 'cooked a dinner for fourteen people by myself and kept smiling the whole evening',
      decision: 'whether to tell them they can\'t stay with us at Easter',
      puzzle: 'why {spouse} never takes my side when she is there',
      doubt: 'I should have said something at the table instead of swallowing it',
      feeling: 'like an outsider in my own home',
    },
  },
];
