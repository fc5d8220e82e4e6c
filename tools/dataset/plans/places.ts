// Everyday words for the 18 settings, and activities that imply a place without naming it.
// English places are "preposition|noun phrase"; the place span covers both ("at the seaside").
// Implied activities: "action>{a:verb} {p:rest}" (the verb states a catalogue action, the rest the
// place) or "{p:whole phrase}"; English in base form, Korean in dictionary form (conjugated later).

export interface PlaceWords {
  en: string[];
  /** Noun phrases that can stand alone ("the beach is quiet"). */
  enNouns: string[];
  ko: string[];
  koNouns: string[];
  enImplied: string[];
  koImplied: string[];
}

const p = (en: string, ko: string, enImplied: string, koImplied: string): PlaceWords => {
  const enList = en.split(';');
  const koList = ko.split(';');
  return {
    en: enList.map((e) => e.replace(/^!/, '')),
    enNouns: enList.filter((e) => !e.startsWith('!')).map((e) => e.split('|')[1]).filter((n) => /^(the|a|an) /.test(n)),
    ko: koList.map((k) => k.replace(/^!/, '')),
    koNouns: koList.filter((k) => !k.startsWith('!')),
    enImplied: enImplied ? enImplied.split(';') : [],
    koImplied: koImplied ? koImplied.split(';') : [],
  };
};
// A leading "!" marks a surface or phrase that only works with a preposition (never a subject).

export const PLACE_WORDS: Record<string, PlaceWords> = {
  bathroom: p('in|the bathroom;in|the washroom;in|the restroom;in|a small bathroom;!at|the sink;!in|the shower stall;in|the loo;in|the shower;in|the tub',
    '욕실;화장실;세면실;!세면대 앞;!욕조 안;욕조 안;샤워실',
    '{p:brush teeth at the sink};{p:take a bubble bath};{p:wash up before bed};{p:shave in front of the mirror};{p:floss in front of the mirror};{p:dry off with a towel}',
    '{p:이를 닦다};{p:세수를 하다};{p:샤워를 하다};{p:거울 앞에서 면도를 하다};{p:욕조에 물을 받다};{p:수건으로 머리를 말리다};{p:세면대에서 손을 씻다/씻어}'),
  bedroom: p('in|the bedroom;in|a bedroom;!in|bed;in|the bedroom upstairs;in|the dorm room;!under|the covers;in|the guest room;in|the attic bedroom',
    '침실;방;안방;!침대 위;자기 방;기숙사 방;침실 안;다락방',
    '{p:make the bed};{p:fold the blanket};{p:toss and turn in bed};{p:change into pajamas};{p:set the alarm clock by the pillow};{p:pull the curtains before sleep}',
    '{p:이불을 개다};{p:잠옷으로 갈아입다};{p:침대에서 뒤척이다};{p:이불을 덮다};{p:베개를 정리하다};{p:알람을 맞추고 눕다/누워}'),
  office: p('in|the office;at|the office;at|work;in|a cubicle;!at|the desk;in|the meeting room;in|an open-plan office;at|the workstation;in|the break room;at|the reception desk',
    '사무실;회사;!책상 앞;회의실;사무실 안;사무실 책상 앞;탕비실;회사 로비',
    '{p:type up a report};{p:answer emails};{p:print the slides};using_computer>{a:work at a computer} {p:on the quarterly report};{p:join a video meeting};{p:staple the documents};{p:pour coffee in the break room}',
    '{p:보고서를 쓰다};{p:메일에 답장하다};{p:회의 자료를 정리하다};{p:결재 서류를 넘기다};{p:화상 회의에 들어가다};{p:서류에 도장을 찍다};{p:복사기 앞에서 줄을 서다}'),
  kitchen: p('in|the kitchen;in|a kitchen;!at|the stove;!by|the fridge;!at|the kitchen counter;in|the kitchenette;!at|the sink;in|the pantry;!by|the oven',
    '부엌;주방;!부엌 조리대 앞;!냉장고 앞;!가스레인지 앞;!싱크대 앞;!식탁 옆;!오븐 앞',
    'cooking>{a:flip} {p:pancakes};{p:do the dishes};cooking>{a:stir} {p:a pot of soup on the stove};{p:open the fridge};cooking>{a:chop} {p:onions on the cutting board};cooking>{a:bake} {p:cookies in the oven};{p:load the dishwasher};{p:unpack the groceries onto the counter};cooking>{a:boil} {p:noodles on the stove}',
    '{p:설거지를 하다};{p:냉장고 문을 열다};cooking>{p:팬케이크를} {a:뒤집다};cooking>{p:도마 위에서 양파를} {a:썰다};cooking>{p:냄비에 라면을} {a:끓이다};{p:장 본 것을 냉장고에 넣다};cooking>{p:오븐에 쿠키를} {a:굽다/구워};{p:그릇을 헹구다}'),
  living_room: p('in|the living room;in|the lounge;in|the den;in|the family room;in|the sitting room;!by|the fireplace;!on|the rug',
    '거실;응접실;!거실 소파 앞;!거실 바닥;!벽난로 앞',
    '{p:channel-surf with the remote};{p:vacuum the rug};{p:curl up by the fireplace};{p:watch a movie on the big screen};{p:water the plants by the window};{p:play a board game on the rug}',
    '{p:리모컨으로 채널을 돌리다};{p:거실 바닥을 청소기로 밀다};{p:벽난로 앞에 모이다};{p:거실에서 영화를 보다};{p:카펫 위에서 보드게임을 하다};{p:창가의 화분에 물을 주다}'),
  restaurant: p('in|a diner;at|a restaurant;in|the restaurant;at|a café;in|a little bistro;at|the cafeteria;at|a pizzeria;in|a noodle shop;at|a steakhouse;at|a food court;in|a sushi bar;at|a family restaurant',
    '식당;레스토랑;음식점;분식집;밥집;카페;국숫집;횟집;고깃집;푸드코트;패밀리 레스토랑;식당 안',
    '{p:order a latte};{p:read the menu};standing>{a:wait} {p:for a table};{p:ask for the bill};{p:leave a tip for the waiter};{p:share a plate of dumplings with the table};{p:sip soup at a corner table};{p:call the waiter over}',
    '{p:메뉴판을 보다};{p:음식을 주문하다};{p:계산서를 달라고 하다};standing>{p:자리가 나기를} {a:기다리다};{p:종업원을 부르다/불러};{p:창가 자리에 앉다/앉아};{p:물수건으로 손을 닦다}'),
  beach: p('at|the beach;on|the beach;at|the seaside;by|the sea;on|the shore;on|the sand;at|the coast;by|the ocean;on|the boardwalk;in|the surf;at|the seashore;on|the sandy shore',
    '해변;바닷가;바다;해수욕장;모래사장;해안가;백사장;해변가;바닷가 모래밭;방파제',
    'surfing>{a:catch} {p:a wave};{p:build a sandcastle};{p:collect seashells};{p:splash in the waves};walking>{a:walk} {p:along the shoreline};{p:bury a friend in the sand};{p:lie on a beach towel};swimming>{a:swim} {p:out past the breakers};{p:dig for clams}',
    'surfing>{p:파도를} {a:타다};{p:모래성을 쌓다};{p:조개껍데기를 줍다/주워};walking>{p:파도 소리를 들으며} {a:걷다/걸어};{p:모래에 발자국을 남기다};{p:비치 타월 위에 눕다/누워};swimming>{p:바닷물에서} {a:헤엄치다};{p:갯벌에서 조개를 캐다}'),
  mountain: p('on|the mountain;in|the mountains;on|a mountain trail;on|the hiking trail;at|the summit;on|a rocky ridge;up|in the hills;on|the peak;at|the trailhead;on|a steep slope;in|a mountain pass',
    '산;산길;등산로;산꼭대기;산 정상;바위산;능선;산기슭;정상;산 중턱;계곡 옆 산길',
    'climbing>{a:climb} {p:to the summit};walking>{a:hike} {p:up the trail};{p:pitch camp above the tree line};walking>{a:trek} {p:along the ridge};{p:reach the peak};{p:rest at the mountain shelter};climbing>{a:climb} {p:the last switchback}',
    'climbing>{p:산 정상에} {a:오르다/올라};{p:등산을 하다};walking>{p:능선을 따라} {a:걷다/걸어};{p:정상에서 야호를 외치다};{p:산장에서 쉬다};{p:정상에서 사진을 찍다};walking>{p:가파른 등산로를} {a:오르다/올라}'),
  stadium: p('at|the stadium;in|the stadium;on|the sports field;on|the pitch;at|the ballpark;on|the track;in|the arena;at|the football field;at|the ball field;in|the bleachers;at|the baseball park',
    '경기장;운동장;축구장;야구장;스타디움;트랙 위;관중석;축구 경기장;야구 경기장;체육 대회장',
    '{p:cheer from the stands};running>{a:run} {p:laps around the track};{p:take a seat in the bleachers};{p:wave a team flag in the crowd};{p:do the wave with the fans};running>{a:sprint} {p:the last lap of the race}',
    '{p:관중석에서 응원하다};running>{p:트랙을} {a:돌다};{p:관중석에 앉다};{p:응원 깃발을 흔들다};{p:관중들과 파도타기 응원을 하다};running>{p:마지막 바퀴를} {a:달리다}'),
  forest: p('in|the forest;in|the woods;in|a pine forest;on|a forest path;deep in|the woods;among|the trees;in|the pine woods;by|a mossy log;in|a bamboo grove;in|a thicket',
    '숲;숲속;숲길;산림;나무 사이;소나무 숲;대나무 숲;숲 속 오솔길;울창한 숲',
    '{p:gather pinecones};walking>{a:wander} {p:between the tall trees};{p:follow a trail through the woods};{p:pick wild berries under the trees};{p:listen to the woodpeckers};walking>{a:hike} {p:through the woods}',
    '{p:솔방울을 줍다/주워};walking>{p:나무 사이를} {a:거닐다};{p:숲길을 따라가다};{p:나무 그늘 아래에서 쉬다};{p:산딸기를 따다};walking>{p:울창한 나무 사이를} {a:걷다/걸어}'),
  city_street: p('on|the street;on|a busy street;on|the sidewalk;at|the crosswalk;downtown|;in|the city;at|the street corner;on|main street;on|the avenue;at|the bus stop;in|the alley;on|a crowded sidewalk;at|the intersection',
    '거리;길거리;도심;시내;번화가;횡단보도;길가;큰길;인도;버스 정류장;사거리;골목;도심 한복판',
    '{p:cross at the crosswalk};{p:hail a cab};standing>{a:wait} {p:for the light to change};walking>{a:walk} {p:past the shop windows};standing>{a:wait} {p:at the bus stop};{p:jaywalk across the avenue};{p:window-shop along the boulevard}',
    '{p:횡단보도를 건너다};standing>{p:신호가 바뀌기를} {a:기다리다};{p:택시를 잡다};walking>{p:상점가를 따라} {a:걷다/걸어};standing>{p:버스 정류장에서 버스를} {a:기다리다};{p:인파 사이를 헤치고 지나가다};{p:가게 쇼윈도를 구경하다}'),
  skatepark: p('at|the skate park;in|the skatepark;at|the half-pipe;on|the ramps;at|the skate bowl;at|the skate ramp;on|the quarter pipe;at|the skate plaza',
    '스케이트 공원;스케이트장;스케이트보드장;하프파이프;스케이트 파크;보드장;스케이트 램프',
    '{p:grind a rail on a board};{p:drop into the bowl};{p:practice kickflips};{p:ollie over the stairs on a board};{p:wax the ledge for a grind}',
    '{p:하프파이프에서 묘기를 부리다};{p:보드로 킥플립을 연습하다};{p:보드로 계단을 뛰어넘다};{p:램프 위에서 보드를 타고 묘기를 하다}'),
  swimming_pool: p('at|the pool;in|the pool;by|the pool;at|the swimming pool;at|the public pool;in|the indoor pool;in|the shallow end;at|the deep end;in|the lap lane;at|the lido',
    '수영장;풀장;실내 수영장;야외 수영장;수영장 물;풀사이드;수영장 레인;얕은 풀;다이빙 풀;워터파크 수영장',
    'swimming>{a:swim} {p:laps};{p:jump off the diving board};swimming>{a:swim} {p:lengths of the lane};{p:float on a pool noodle};{p:dive into the deep end};{p:cannonball into the water};{p:stretch on the pool deck}',
    'swimming>{p:레인을 왕복하며} {a:수영하다};{p:다이빙대에서 뛰어내리다};swimming>{p:레인을 따라} {a:헤엄치다};{p:물속으로 다이빙하다};{p:튜브를 타고 물 위를 떠다니다};{p:수영모를 쓰다/써}'),
  train_station: p('at|the train station;at|the station;on|the platform;in|the subway;at|the subway station;at|the metro station;on|the train platform;at|the ticket gate;in|the waiting room;on|the subway platform;at|the terminal',
    '기차역;역;승강장;플랫폼;지하철역;전철역;역 대합실;대합실;매표소 앞;지하철 승강장;역 광장;환승역',
    'standing>{a:wait} {p:for the train};running>{a:run} {p:for the last train};{p:buy a ticket at the gate};{p:check the departure board};{p:scan a ticket at the turnstile};{p:board the express train};standing>{a:wait} {p:for the 8:15 to arrive};standing>{a:wait} {p:on the yellow line}',
    'standing>{p:기차를} {a:기다리다};running>{p:막차를 타려고} {a:뛰어가다};{p:개찰구를 지나다};{p:열차 시간표를 확인하다};{p:교통카드를 찍다};{p:급행열차에 오르다/올라};{p:전광판의 도착 시간을 보다};standing>{p:노란 선 뒤에서} {a:기다리다}'),
  park: p('in|the park;at|the park;on|the lawn;on|the grass;in|the playground;in|a city park;by|the duck pond;in|the botanical garden;by|the pond;on|a park bench;in|the picnic area',
    '공원;잔디밭;풀밭;놀이터;동네 공원;공원 산책로;호숫가 공원;공원 벤치;수목원;분수 광장',
    '{p:spread a picnic blanket on the grass};{p:push a swing in the playground};walking>{a:stroll} {p:along the park path};{p:feed the ducks at the pond};{p:fly a paper plane across the lawn};running>{a:jog} {p:around the park loop}',
    '{p:잔디밭에 돗자리를 펴다};{p:놀이터에서 그네를 밀다};walking>{p:공원 산책로를} {a:거닐다};{p:연못의 오리에게 먹이를 주다};running>{p:공원 둘레길을} {a:달리다};{p:잔디밭에서 피크닉을 하다}'),
  countryside_road: p('on|a country road;on|the dirt road;in|the countryside;on|a farm road;along|a country lane;out in|the country;on|a gravel road;along|the farm fields;on|a village road;by|the rice paddies',
    '시골길;시골;흙길;농촌;논길;시골 마을 길;논둑길;시골 마을;자갈길;밭 사이 길',
    '{p:drive past the fields};walking>{a:walk} {p:past the rice paddies};{p:kick up dust on the farm road};{p:pass a herd grazing in the fields};{p:stop at the village well}',
    '{p:논밭을 지나가다};walking>{p:논두렁을 따라} {a:걷다/걸어};running>{p:시골길을} {a:달려 내려가다};{p:밭 사이를 지나가다};{p:마을 어귀에서 쉬다}'),
  zoo: p('at|the zoo;in|the zoo;by|the animal enclosure;at|the petting zoo;at|the safari park;by|the penguin pool;at|the aquarium tank;by|the elephant yard',
    '동물원;동물원 우리 앞;사파리;사파리 공원;코끼리 우리 앞;펭귄 전시관',
    '{p:watch the animals behind the fence};{p:feed the animals at the petting corner};{p:read the signs on the enclosures};{p:line up for the animal show}',
    '{p:우리 안의 동물들을 구경하다};{p:먹이 주기 체험을 하다};{p:동물 쇼를 보려고 줄을 서다};{p:우리 앞 안내판을 읽다/읽어}'),
  ski_slope: p('on|the ski slope;on|the slopes;at|the ski resort;on|a snowy slope;on|the bunny hill;at|the ski lift;on|the black run;in|the ski lodge;at|the snow park;on|a groomed run',
    '스키장;슬로프;눈밭;설원;눈 덮인 언덕;스키 리조트;스키장 슬로프;초급 코스;눈 덮인 산비탈;스키장 리프트 앞',
    '{p:ride the ski lift};skiing>{a:ski} {p:down the black run};{p:wax the skis at the lodge};{p:buckle the ski boots};{p:ride the gondola to the top};snowboarding>{a:snowboard} {p:through fresh powder}',
    '{p:리프트를 타다};skiing>{p:슬로프를 따라} {a:스키를 타다};{p:스키 리조트 산장에서 몸을 녹이다};{p:스키 부츠를 신다/신어};{p:곤돌라를 타고 올라가다};skiing>{p:초급 코스에서} {a:스키를 타다}'),
};
