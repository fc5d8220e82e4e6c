// How each catalogue action is said, plus everyday activities that are no catalogue action (no span).
// English: base form, "{poss}" = his/her/their, "+kind" = the prop, said as its own thing span.
// Korean: dictionary form, "동사/활용" gives the -아/어 form of an irregular stem (걷다/걸어),
// "~" a state verb (서다 → 서 있다), "+를 " the prop with that particle before the verb.

export const EN_ACTIONS: Record<string, string[]> = {
  standing: ['stand', 'wait', 'stand still', 'stand around', 'wait patiently'],
  walking: ['walk', 'stroll', 'take a walk', 'wander around', 'go for a walk'],
  running: ['run', 'jog', 'sprint', 'go for a run', 'race along'],
  biking: ['ride a bike', 'cycle', 'bike', 'pedal a bicycle', 'ride a bicycle'],
  mountain_biking: ['ride a mountain bike', 'go mountain biking', 'pedal a mountain bike'],
  skiing: ['ski', 'go skiing', 'ski downhill'],
  snowboarding: ['snowboard', 'go snowboarding', 'ride a snowboard'],
  surfing: ['surf', 'go surfing', 'ride a surfboard'],
  swimming: ['swim', 'go for a swim', 'take a dip', 'do the backstroke'],
  rowing: ['row a boat', 'paddle a canoe', 'row'],
  playing_basketball: ['play basketball', 'shoot hoops', 'dribble a basketball'],
  lifting_weights: ['lift weights', 'pump iron', 'lift a barbell'],
  cartwheeling: ['do cartwheels', 'turn cartwheels', 'cartwheel'],
  meditating: ['meditate', 'do yoga', 'sit cross-legged in meditation'],
  dancing: ['dance', 'dance around', 'bust a move'],
  juggling: ['juggle', 'juggle some balls'],
  golfing: ['play golf', 'swing a golf club', 'putt'],
  climbing: ['climb', 'go rock climbing', 'scale the rock face'],
  kneeling: ['kneel', 'kneel down', 'get down on one knee'],
  using_computer: ['use a computer', 'type on a laptop', 'work on a laptop', 'code on a computer'],
  cooking: ['cook', 'make dinner', 'fry an egg', 'cook breakfast'],
  riding_horse: ['ride a horse', 'ride on horseback', 'gallop on a horse'],
  walking_dog: ['walk {poss} dog', 'take {poss} dog for a walk', 'walk the dog'],
  playing_frisbee: ['throw +frisbee', 'toss +frisbee', 'catch +frisbee'],
  cutting_cake: ['cut +cake', 'slice +cake'],
  riding_motorcycle: ['ride +motorcycle', 'ride around on +motorcycle'],
};

export const KO_ACTIONS: Record<string, string[]> = {
  standing: ['~서다', '기다리다', '~가만히 서다'],
  walking: ['걷다/걸어', '산책하다', '걸어가다', '거닐다'],
  running: ['달리다', '뛰다', '조깅하다', '뛰어가다', '달려가다'],
  biking: ['자전거를 타다', '자전거를 타고 달리다', '페달을 밟다'],
  mountain_biking: ['산악자전거를 타다', '산악자전거로 달리다'],
  skiing: ['스키를 타다', '스키를 타고 내려오다'],
  snowboarding: ['스노보드를 타다', '보드를 타다'],
  surfing: ['서핑을 하다', '서핑하다'],
  swimming: ['수영하다', '헤엄치다', '수영을 하다'],
  rowing: ['노를 젓다/저어', '보트를 젓다/저어', '카누를 타다'],
  playing_basketball: ['농구를 하다', '농구공을 드리블하다', '슛을 쏘다'],
  lifting_weights: ['역기를 들다', '바벨을 들어 올리다', '웨이트 운동을 하다'],
  cartwheeling: ['옆돌기를 하다', '재주를 넘다'],
  meditating: ['명상하다', '명상을 하다', '요가를 하다'],
  dancing: ['춤을 추다', '춤추다'],
  juggling: ['저글링을 하다', '저글링하다'],
  golfing: ['골프를 치다/쳐', '골프채를 휘두르다/휘둘러'],
  climbing: ['암벽을 오르다/올라', '등반하다', '바위를 타다'],
  kneeling: ['무릎을 꿇다', '~무릎을 꿇고 앉다'],
  using_computer: ['컴퓨터를 하다', '컴퓨터로 일하다', '노트북으로 일하다', '키보드를 두드리다'],
  cooking: ['요리하다', '요리를 하다', '저녁을 짓다/지어', '달걀을 부치다'],
  riding_horse: ['말을 타다', '승마를 하다'],
  walking_dog: ['개를 산책시키다', '강아지와 산책하다', '강아지를 데리고 산책하다'],
  playing_frisbee: ['+를 던지다', '+를 받다', '+를 가지고 놀다'],
  cutting_cake: ['+를 자르다/잘라', '+를 썰다'],
  riding_motorcycle: ['+를 타다', '+를 몰다'],
};

/** Activities the catalogue has no action for: eaten, read, slept … (labelled nothing). */
export const EN_ACTIVITIES = ['read a book', 'eat lunch', 'sit quietly', 'sleep', 'take a nap', 'sing a song', 'laugh',
  'smile', 'take photos', 'talk quietly', 'look around', 'wave', 'cry', 'yawn', 'sigh', 'drink some water',
  'write in a notebook', 'stare into the distance', 'hum a tune', 'check the time', 'think for a moment', 'eat a snack',
  'listen to music', 'make a phone call', 'chat happily', 'shiver in the cold', 'stretch', 'laugh out loud'];

export const KO_ACTIVITIES = ['책을 읽다', '점심을 먹다', '~가만히 앉다', '잠을 자다', '낮잠을 자다', '노래를 부르다/불러',
  '웃다', '미소를 짓다/지어', '사진을 찍다', '조용히 이야기하다', '주위를 둘러보다', '손을 흔들다', '울다', '하품을 하다',
  '한숨을 쉬다', '물을 마시다', '수첩에 뭔가 적다', '먼 곳을 바라보다', '콧노래를 부르다/불러', '시간을 확인하다',
  '잠시 생각에 잠기다', '간식을 먹다', '음악을 듣다/들어', '전화를 걸다', '신나게 수다를 떨다', '기지개를 켜다', '크게 웃다'];

/** What things that are not people do, by category (base form / dictionary form). */
export const EN_STATES: Record<string, string[]> = {
  animal: ['sleep', 'rest', 'wander around', 'look on', 'sniff around', 'nap'],
  vehicle: ['sit parked', 'pass by', 'wait', 'roll past'],
  person: ['sit', 'watch', 'rest', 'look on', 'smile'], // never a catalogue action word (wait, stand)
  other: ['sit there', 'stand there', 'lie there', 'rest there'],
};
export const KO_STATES: Record<string, string[]> = {
  animal: ['자다', '쉬다', '어슬렁거리다', '지켜보다', '낮잠을 자다'],
  vehicle: ['~세워지다', '지나가다', '~서다'],
  person: ['~앉다', '쉬다', '지켜보다', '미소를 짓다/지어'],
  other: ['~놓이다'],
};

/** Actions a line can state without giving its place away (no-place lines use only these). */
export const PLACELESS_ACTIONS = ['standing', 'walking', 'running', 'dancing', 'juggling', 'meditating', 'kneeling',
  'cartwheeling', 'biking'];
