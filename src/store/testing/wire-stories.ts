/*
 * Three short reports (and one republished copy) of one real public event, written for these tests in the style of
 * different outlets: Azerbaijan's release of 17 Armenian prisoners of war on Tuesday
 * 4 October 2022 after US mediation, and the September 2022 border clashes before it. The
 * figures differ as they did between outlets at the time: 286 dead in one report, "about 300"
 * in another (the merged event keeps both and chooses one by a stated rule). The fourth story
 * repeats the first one's lead sentence word for word, as a site republishing a wire story does:
 * one more mention, but not one more independent source.
 */

export interface WireStory {
  readonly uri: string;
  readonly siteName: string;
  readonly url: string;
  readonly published: string;
  readonly text: string;
}

export const WIRE_STORIES: readonly WireStory[] = [
  {
    uri: 'wire/afp-prisoners.txt',
    siteName: 'AFP',
    url: 'https://www.afp.example/azerbaijan-prisoners',
    published: '2022-10-04',
    text: `Azerbaijan releases 17 Armenian prisoners with US mediation

Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation, Armenian Prime Minister Nikol Pashinyan said.

At least 286 people were killed on both sides last month in clashes between Armenia and Azerbaijan.
`,
  },
  {
    uri: 'wire/reuters-prisoners.txt',
    siteName: 'Reuters',
    url: 'https://www.reuters.example/world/armenia-prisoners',
    published: '2022-10-05',
    text: `Armenia says 17 soldiers back home after Azerbaijan frees them

Azerbaijan released 17 Armenian prisoners of war on Tuesday, the Armenian government said, crediting Washington with brokering the handover.

About 300 people were killed on both sides in September in the deadliest fighting between Armenia and Azerbaijan since their 2020 war.
`,
  },
  {
    uri: 'wire/caucasus-daily-prisoners.txt',
    siteName: 'Caucasus Daily',
    url: 'https://caucasus-daily.example/news/prisoners-freed',
    published: '2022-10-05',
    text: `Seventeen Armenian POWs freed

Azerbaijan released 17 Armenian prisoners of war on Tuesday, Armenia's foreign ministry said. Yerevan thanked the United States for its help.
`,
  },
  {
    // The AFP story as another site republished it: same words, another outlet.
    uri: 'wire/yerevan-times-prisoners.txt',
    siteName: 'Yerevan Times',
    url: 'https://yerevan-times.example/afp/azerbaijan-prisoners',
    published: '2022-10-04',
    text: `Azerbaijan frees 17 Armenian prisoners (AFP)

Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation, Armenian Prime Minister Nikol Pashinyan said.
`,
  },
];
