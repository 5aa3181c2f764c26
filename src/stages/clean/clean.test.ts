import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../../../eval/paths.js';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../core/document.js';
import { checkOffsetMap, toSourceSpan } from '../../core/offset-map.js';
import { createPipeline } from '../../core/pipeline.js';
import { clean, cleanInput } from './index.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/clean/${name}`, import.meta.url), 'utf8');
// The example page is copied into the fixtures; its `must_drop` list stays in shared/.
// The reference (gold) lives beside the project in ../shared (or $CHRONICLE_SHARED), never copied into it.
const EVENTS = sharedPath('examples', 'azerbaijan-releases-17-prisoners.events.json');
const mustDrop = existsSync(EVENTS) ? (JSON.parse(readFileSync(EVENTS, 'utf8')) as { must_drop: string[] }).must_drop : ['More to explorer'];

describe('cleanInput on plain text (the Azerbaijan example)', () => {
  const raw = fixture('azerbaijan-releases-17-prisoners.txt');
  const result = cleanInput(raw, 'text');

  it('should take the first line as the title and keep it out of the body', () => {
    expect(result.title).toBe('Azerbaijan releases 17 Armenian prisoners with US mediation');
    expect(result.text).not.toContain('Azerbaijan releases 17 Armenian prisoners');
  });

  it.each(mustDrop)('should drop the page furniture %j', (s) => {
    expect(result.text).not.toContain(s);
  });

  it('should keep every article paragraph, in order, separated by a blank line', () => {
    const body = raw.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const article = body.slice(2, body.indexOf('More to explorer'));
    expect(article.length).toBe(15);
    expect(result.text.split('\n\n')).toEqual(article);
    expect(result.paragraphs.map((p) => result.text.slice(p.start, p.end))).toEqual(article);
  });

  it('should produce an offset map that passes checkOffsetMap and maps spans back', () => {
    expect(checkOffsetMap(result.map, result.text, raw)).toEqual([]);
    const at = result.text.indexOf('Nikol Pashinyan');
    const src = toSourceSpan(result.map, { start: at, end: at + 15 });
    expect(raw.slice(src.start, src.end)).toBe('Nikol Pashinyan');
  });

  it('should record the title, the repeated title and the tail as dropped source spans', () => {
    expect(result.dropped.map((d) => d.reason)).toEqual(['title', 'repeated-title', 'furniture-tail']);
    const tail = result.dropped[2]!.source;
    expect(raw.slice(tail.start, tail.end)).toMatch(/^More to explorer/);
  });
});

describe('cleanInput white space and paragraphs (plain text)', () => {
  it.each([
    ['should collapse a run of spaces inside a paragraph', 'Title\n\nBaku and   Yerevan fought two wars.', 'Baku and Yerevan fought two wars.'],
    ['should join the lines of one paragraph with a space', 'Title\n\nBaku and\nYerevan fought two wars.', 'Baku and Yerevan fought two wars.'],
    ['should keep curly quotes as they are', 'Title\n\n“I appreciate the efforts,” Pashinyan said.', '“I appreciate the efforts,” Pashinyan said.'],
    ['should not take a first line that is a sentence as the title', 'Azerbaijan freed 17 prisoners on Tuesday, officials said.\n\nTalks resumed.', 'Azerbaijan freed 17 prisoners on Tuesday, officials said.\n\nTalks resumed.'],
    ['should keep the only line of a text as body, sentence or not', 'Rebels attacked an army base in northern Mali on Monday', 'Rebels attacked an army base in northern Mali on Monday'],
    ['should keep a first line that runs on as body', 'Police in Dhaka said on Sunday:\nProtesters blocked the road.', 'Police in Dhaka said on Sunday: Protesters blocked the road.'],
    ['should take a headline with a verb but no final stop as the title', 'Rebels attack army base in northern Mali\n\nTwelve soldiers were killed.', 'Twelve soldiers were killed.'],
    ['should take a short line with a stop but no verb as the title', 'Death toll in Mali attack.\n\nTwelve soldiers were killed.', 'Twelve soldiers were killed.'],
    ['should cut a furniture heading that has its teaser links on the next lines',
      'Title\n\nGunmen killed four traders at a market in Zamfara on Sunday, police said.\n\nThe attackers fled on motorcycles.\n\nRead also:\nFloods displace thousands in Kogi\nThe election that never was',
      'Gunmen killed four traders at a market in Zamfara on Sunday, police said.\n\nThe attackers fled on motorcycles.'],
    ['should drop a labelled teaser and a newsletter line under the last paragraph, no blank line between',
      'Title\n\nSoldiers detained nine traders at a checkpoint outside Kasama on Friday, relatives said.\n\nThe army has not commented.\nRelated: Copper prices slide for a third week\nSign up for our Southern Africa briefing',
      'Soldiers detained nine traders at a checkpoint outside Kasama on Friday, relatives said.\n\nThe army has not commented.'],
    ['should drop a "Read more" line and a photo credit between paragraphs and keep the rest of the story',
      'Title\n\nStrikers blocked the port of Lobito on Monday, the dockers\' union said.\n\nREAD MORE: Angola raises fuel prices again\n\nPhoto: Reuters/File\n\nPolice arrested 14 of the strikers on Tuesday.',
      'Strikers blocked the port of Lobito on Monday, the dockers\' union said.\n\nPolice arrested 14 of the strikers on Tuesday.'],
    ['should keep a wrapped line that reads like a furniture heading inside a sentence',
      'Title\n\nThe army urged young men in Mongu to\nsign up for the new village defence force\nand said patrols would start on Friday.',
      'The army urged young men in Mongu to sign up for the new village defence force and said patrols would start on Friday.'],
    ['should keep a paragraph that opens with a furniture word and runs on as a sentence',
      'Title\n\nCopyright lawyers for the traders\' union said on Monday they would sue the council.\n\nThe council declined to comment.',
      'Copyright lawyers for the traders\' union said on Monday they would sue the council.\n\nThe council declined to comment.'],
    ['should keep a wrapped line that only opens with a furniture word',
      'Title\n\nThe court in Lusaka ruled on\ncopyright claims brought by two printers on Monday.',
      'The court in Lusaka ruled on copyright claims brought by two printers on Monday.'],
    ['should make each point of a bulleted summary a paragraph of its own, keeping a closing point',
      'Title\n\nKey points:\n- Floods cut the road to Sokoto on Monday\n- Two bridges collapsed\n- Troops were sent to evacuate villages\n\nRain is forecast until Friday.',
      'Key points:\n\n- Floods cut the road to Sokoto on Monday\n\n- Two bridges collapsed\n\n- Troops were sent to evacuate villages\n\nRain is forecast until Friday.'],
    ['should make a live page\'s stamp line a paragraph of its own, apart from the entry under it',
      'Title\n\n14:05\nCuban police detained two journalists outside the court in Holguin.\n\n9.30 pm GMT\nTheir lawyer said they were released.',
      '14:05\n\nCuban police detained two journalists outside the court in Holguin.\n\n9.30 pm GMT\n\nTheir lawyer said they were released.'],
    ['should make the headline under a live entry\'s stamp a paragraph of its own when the body follows with no blank line',
      'Title\n\nPosted at 10:12\nFerry crews walk out in Mombasa\nCrews on the Likoni ferries stopped work at dawn, the operator said, leaving thousands stranded on the island.',
      'Posted at 10:12\n\nFerry crews walk out in Mombasa\n\nCrews on the Likoni ferries stopped work at dawn, the operator said, leaving thousands stranded on the island.'],
    ['should keep the first line of a hard-wrapped live entry in its sentence',
      'Title\n\n11:40\nDockers in Mombasa refused to unload two ships\ncarrying fertiliser on Monday, the port authority said.\n\n12:05\nThe authority said nine crane drivers\nWere suspended.',
      '11:40\n\nDockers in Mombasa refused to unload two ships carrying fertiliser on Monday, the port authority said.\n\n12:05\n\nThe authority said nine crane drivers Were suspended.'],
    ['should make a page\'s date line under its byline a paragraph of its own, apart from the correspondent\'s town',
      'Title\n\nTomas Reyes in Quetzaltenango\nThu 4 Sep 2025 07.00 BST\n\nFarmers blocked the highway on Monday.',
      'Tomas Reyes in Quetzaltenango\n\nThu 4 Sep 2025 07.00 BST\n\nFarmers blocked the highway on Monday.'],
    ['should keep a line that opens with a date but runs on as a sentence in its paragraph',
      'Title\n\nThe council met\nTuesday 3 March 2026 to vote on the budget.',
      'The council met Tuesday 3 March 2026 to vote on the budget.'],
    ['should keep a figure with a point that ends a wrapped line in its sentence',
      'Title\n\nThe Solomon Islands budget rose to\n4.25\nbillion dollars this year.',
      'The Solomon Islands budget rose to 4.25 billion dollars this year.'],
    ['should keep a dash that opens a line cut mid-sentence in its sentence',
      'Title\n\nThe governor said\n- twice, to be sure - that the curfew would end on Sunday.',
      'The governor said - twice, to be sure - that the curfew would end on Sunday.'],
  ])('%s', (_name, raw, expected) => {
    const r = cleanInput(raw, 'text');
    expect(r.text).toBe(expected);
    expect(checkOffsetMap(r.map, r.text, raw)).toEqual([]);
  });

  it('should write collapsed white space as replace segments', () => {
    const raw = 'Title\n\nBaku and   Yerevan';
    const r = cleanInput(raw, 'text');
    expect(r.map.map((s) => s.kind)).toEqual(['copy', 'replace', 'copy']);
  });
});

describe('cleanInput on HTML', () => {
  it('should keep the article paragraphs, quote and sub-heading of a page with furniture', () => {
    const raw = fixture('article-with-furniture.html');
    const r = cleanInput(raw, 'html');
    expect(checkOffsetMap(r.map, r.text, raw)).toEqual([]);
    expect(r.title).toBe('Azerbaijan releases 17 Armenian prisoners with US mediation');
    expect(r.text.startsWith('Azerbaijan freed 17 Armenian prisoners of war on Tuesday')).toBe(true);
    expect(r.text).toContain('“I appreciate the efforts of the United States');
    expect(r.text).toContain('\n\nTalks in Geneva\n\n');
    expect(r.text.endsWith('held joint talks again in Geneva on Sunday.')).toBe(true);
    expect(r.paragraphs).toHaveLength(7);
  });

  it.each([
    ['cookie banner', 'We use cookies'], ['navigation', 'Politics'], ['byline', 'Jane Reporter'], ['caption', 'Photo: Agency'],
    ['related links', 'Ceasefire holds in the Caucasus'], ['footer', 'All rights reserved'], ['repeated headline', 'with US mediation'],
  ])('should leave out the %s', (_what, s) => {
    expect(cleanInput(fixture('article-with-furniture.html'), 'html').text).not.toContain(s);
  });

  it('should leave out furniture on a page too short for Readability', () => {
    const html = '<body><div class="cookie-banner">We use cookies. Accept?</div><nav><a href="/">Home</a> <a href="/w">World</a></nav>' +
      '<div class="story"><p>Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation.</p>' +
      '<figure><img src="x.jpg"><figcaption>Prisoners arrive in Yerevan.</figcaption></figure><p>Pashinyan thanked the United States.</p></div></body>';
    const r = cleanInput(html, 'html');
    expect(r.text).toBe('Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation.\n\nPashinyan thanked the United States.');
    expect(checkOffsetMap(r.map, r.text, html)).toEqual([]);
  });

  it('should decode entities as replace segments that map back to the entity', () => {
    const raw = fixture('entities.html');
    const r = cleanInput(raw, 'html');
    expect(checkOffsetMap(r.map, r.text, raw)).toEqual([]);
    expect(r.text.startsWith('Baku & Yerevan held talks in Geneva on Sunday — the first')).toBe(true);
    const amp = r.text.indexOf('&');
    expect(raw.slice(toSourceSpan(r.map, { start: amp, end: amp + 1 }).start, toSourceSpan(r.map, { start: amp, end: amp + 1 }).end)).toBe('&amp;');
    const quote = r.text.indexOf('“We welcome');
    const src = toSourceSpan(r.map, { start: quote, end: quote + 11 });
    expect(raw.slice(src.start, src.end)).toBe('&ldquo;We welcome');
    const dash = r.text.indexOf(' —');
    const dashSrc = toSourceSpan(r.map, { start: dash, end: dash + 2 });
    expect(raw.slice(dashSrc.start, dashSrc.end)).toBe('&nbsp;&#8212;');
  });

  it('should clean broken HTML without throwing', () => {
    const raw = fixture('broken.html');
    const r = cleanInput(raw, 'html');
    expect(checkOffsetMap(r.map, r.text, raw)).toEqual([]);
    expect(r.text).toContain('Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation, Armenian Prime Minister Nikol Pashinyan said.');
  });

  it.each([
    ['an empty string', ''], ['white space', '  \n '], ['a page without text', '<html><head><title>x</title></head><body><script>var a=1</script></body></html>'],
    ['a stray fragment', '</div></p><<>>'],
  ])('should report a problem, not crash, on %s', (_name, raw) => {
    const r = cleanInput(raw, 'html');
    expect(r.text).toBe('');
    expect(r.problems.map((p) => p.ruleId)).toContain('clean/empty');
  });
});

describe('clean stage', () => {
  it('should set text, offsetMap, paragraphs and a missing title', () => {
    const raw = fixture('azerbaijan-releases-17-prisoners.txt');
    const doc = createDoc('az', { uri: 'example.txt', format: 'text' }, raw);
    createPipeline([clean()]).run(doc);
    expect(doc.text.startsWith('Azerbaijan freed 17')).toBe(true);
    expect(doc.paragraphs).toHaveLength(15);
    expect(checkOffsetMap(doc.offsetMap, doc.text, raw)).toEqual([]);
    expect(doc.source.title).toBe('Azerbaijan releases 17 Armenian prisoners with US mediation');
    expect(doc.diagnostics).toEqual([]);
  });

  it('should keep a title the input already had', () => {
    const doc = createDoc('t', { uri: 'x', format: 'text', title: 'Given title' }, 'Headline\n\nBody text here.');
    createPipeline([clean()]).run(doc);
    expect(doc.source.title).toBe('Given title');
  });

  it('should report an empty page as a warning diagnostic', () => {
    const doc = createDoc('e', { uri: 'x.html', format: 'html' }, '');
    const { failedStage } = createPipeline([clean()]).run(doc);
    expect(failedStage).toBeUndefined();
    expect(doc.diagnostics).toMatchObject([{ severity: 'warning', ruleId: 'clean/empty', stage: 'clean' }]);
  });
});
