import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../eval/paths.js';
import type { ActorMention } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';
import { cameoToPlover, type CameoCodeTable } from './cameo-codes.js';
import { phoenixActors, phoenixAgents, phoenixDiscards, phoenixSource, phoenixVerbs } from './index.js';

const RESOURCES = new URL('../../../resources/dictionaries/phoenix/', import.meta.url).pathname;
const table = JSON.parse(readFileSync(join(RESOURCES, 'cameo-codes.json'), 'utf8')) as CameoCodeTable;
const isCountry = (code: string) => ['USA', 'PSE', 'AFG', 'SUN', 'SOM'].includes(code);

describe('cameoToPlover', () => {
  it.each([
    ['USAGOV', 'USAGOV'],
    ['PSEREBHMS', 'PSEREB'],
    ['IGOUNOKID', 'UNO'],
    ['IGOEUREEC', 'EUR'],
    ['IGOAFRAFU', 'IGO'],
    ['NGOHRI', 'NGOSOC'],
    ['MNCUSA', 'MNCBUS'],
    ['IMGMUSALQ', 'IMGREB'],
    ['USRARM', 'SUN'],
    ['KSV', 'KOS'],
    ['MEAREB', '---REB'],
    ['---HLH', '---MED'],
    ['---MED', '---JRN'],
    ['---MUS', '---REL'],
    ['---REBMUS', '---REB'],
    ['SRPUNR', 'BIHPRE'],
    ['KNTGOV', null],
    ['MED', null],
    ['XYZGOV', null],
  ])('should read %s as %s', (cameo, plover) => {
    expect(cameoToPlover(cameo, table, isCountry)).toBe(plover);
  });
});

describe('the shipped Phoenix dictionaries', () => {
  it('should keep a leader\'s offices with their dates, the last one ending where the files end', () => {
    const obama = phoenixActors().entries.find((e) => e.names.some((n) => n.join(' ') === 'barack obama'))!;
    expect(obama).toMatchObject({ actorKind: 'person', source: expect.stringMatching(/^C\d+$/) });
    expect(obama.codes).toEqual([
      { codes: ['USAELI'], from: '1978-01-01', to: '2000-01-01' },
      { codes: ['USAGOV'], from: '2009-01-21', to: '2015-02-18' },
      { codes: ['USA'], from: '2015-02-19', to: null },
    ]);
    expect(phoenixActors().version).toBe('phoenix@676801c');
    expect(phoenixSource(obama.source!)).toMatch(/^Phoenix\.Countries\.actors\.txt:\d+$/);
  });

  it('should read agents with PLOVER sectors, discards and verb patterns', () => {
    expect(phoenixAgents().entries.find((e) => e.names.some((n) => n.join(' ') === 'protesters'))?.code).toBe('OPP');
    expect(phoenixAgents().entries.every((e) => /^[A-Z]{3}$/.test(e.code) && e.position === 'suffix')).toBe(true);
    expect(phoenixDiscards().entries.some((d) => d.words.join(' ') === 'world cup' && d.scope === 'story')).toBe(true);
    const verbs = phoenixVerbs();
    expect(verbs.groups.length).toBeGreaterThan(350);
    expect(verbs.synsets.get('CURRENCY')).toContain('dollar');
  });
});

const PHOENIX = sharedPath('dictionaries', 'phoenix');
if (!existsSync(PHOENIX)) console.warn(`Skipping the Phoenix conversion check: ${PHOENIX} is absent (set CHRONICLE_SHARED to the shared folder).`);

describe.skipIf(!existsSync(PHOENIX))('npm run build:dictionaries', () => {
  it('should write exactly the committed files from ../shared/dictionaries/phoenix', async () => {
    const out = mkdtempSync(join(tmpdir(), 'chronicle-phoenix-'));
    try {
      // Asynchronous, so the test worker keeps answering the runner while the converter works.
      await promisify(execFile)(process.execPath, ['--import', 'tsx', new URL('../../../scripts/convert-phoenix.ts', import.meta.url).pathname, '--from', PHOENIX, '--out', out]);
      for (const file of ['actors.json', 'agents.json', 'discards.json', 'verbs.json', 'LICENSE']) {
        expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(RESOURCES, file), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('Phoenix actors in the pipeline', () => {
  const coder = createDocumentCoder({ onStageError: 'throw' });
  const actorsOf = (text: string, published: string): ActorMention[] => {
    const doc = docFromRaw(`Headline\n\n${text}`, 'test.txt', 'text', { published });
    coder.code(doc);
    return doc.actors;
  };
  const coded = (text: string, published: string, name: string) => actorsOf(text, published).find((a) => a.text === name);

  it.each([
    ['2014-06-02', 'Barack Obama criticized the decision on Monday.', 'USA', 'GOV'],
    ['2020-06-02', 'Barack Obama criticized the decision on Monday.', 'USA', null],
    ['2020-06-02', 'In 2014, Barack Obama criticized the decision.', 'USA', 'GOV'],
    ['1995-06-02', 'Barack Obama criticized the decision on Monday.', 'USA', 'ELI'],
  ])('should code a leader by the date of his sentence (%s: "%s")', (published, text, code, sector) => {
    const obama = coded(text, published, 'Barack Obama');
    expect(obama).toMatchObject({ code, sector, via: 'dictionary', origin: { resource: expect.stringMatching(/^phoenix@676801c#C\d+$/) } });
    expect(obama?.dated?.map((d) => d.sector)).toEqual(['ELI', 'GOV', null]);
  });

  it('should find a name written with its own letters under its plain dictionary spelling', () => {
    expect(coded('Vučić welcomed the trade agreement with Hungary on Monday.', '2016-06-02', 'Vučić')).toMatchObject({ code: 'SRB', via: 'dictionary' });
  });

  it('should not read a day of the month as a group named after a date', () => {
    expect(actorsOf('A patrol came under fire on 21 June outside Gao.', '2016-06-25').map((a) => a.text)).not.toContain('21 June');
  });

  it('should read a leader again at the date of the event he acts in', () => {
    const doc = docFromRaw('Headline\n\nBarack Obama, who left office in 2017, had imposed sanctions on Russia in 2014.', 'test.txt', 'text', { published: '2020-06-02' });
    coder.code(doc);
    expect(doc.actors.find((a) => a.text === 'Barack Obama')).toMatchObject({ code: 'USA', sector: null });
    const sanction = doc.events.find((e) => e.event === 'SANCTION');
    expect(sanction?.actor.map((p) => [p.code, p.sector])).toEqual([['USA', 'GOV']]);
    expect(sanction?.why.some((w) => w.includes("read at the event's date 2014: USA GOV"))).toBe(true);
  });

  it('should join an agent to an armed group it names, keeping the group\'s own sector', () => {
    expect(coded('Al Shabaab militants seized two trucks near the border.', '2016-07-02', 'Al Shabaab militants')).toMatchObject({ code: 'SOM', sector: 'REB' });
  });

  it('should let an armed group named before its noun win over the country of a place after the noun', () => {
    // The actors stage reads "militants in Garissa" as Kenya's from the place; the name before them says whose they are.
    expect(coded('A bus was attacked by al-Shabaab militants in Garissa on Monday.', '2016-07-02', 'al-Shabaab militants')).toMatchObject({ code: 'SOM', sector: 'REB', via: 'dictionary' });
    expect(coded('Boko Haram fighters in Diffa burned a market on Monday.', '2016-07-02', 'Boko Haram fighters')).toMatchObject({ code: 'NGA', sector: 'REB' });
  });

  it('should read "Islamic Jihad" as the Palestinian group Chronicle lists, not as Phoenix\'s old alias of Hezbollah', () => {
    expect(coded('Islamic Jihad fighters fired mortars at a checkpoint near Tulkarm.', '2023-07-02', 'Islamic Jihad')).toMatchObject({ code: 'PSE', sector: 'REB' });
  });

  it('should leave a name written in lower case alone', () => {
    expect(actorsOf('They ate turkey and rice after the meeting.', '2016-07-02').some((a) => a.text.toLowerCase() === 'turkey')).toBe(false);
  });

  it('should take group nouns Chronicle does not list from the Phoenix agents, with their provenance', () => {
    expect(coded('Arsonists set fire to a school in the town on Friday.', '2020-06-02', 'Arsonists')).toMatchObject({
      code: null, sector: 'CRM', via: 'group-noun', origin: { resource: expect.stringMatching(/phoenix@676801c#A\d+$/) },
    });
    // Chronicle's own list wins where both have the noun: PLOVER's protesters are civilians (CAMEO: opposition).
    expect(coded('Protesters set fire to a school in the town on Friday.', '2020-06-02', 'Protesters')).toMatchObject({ sector: 'CVL' });
  });

  it('should let a user dictionary win over Phoenix', () => {
    const userDictionaries = [{ name: 'desk', version: '1', source: 'test', entries: [{ name: 'Barack Obama', aliases: [], code: null, sector: 'ELI', kind: 'person' as const }] }];
    const doc = docFromRaw('Headline\n\nBarack Obama criticized the decision on Monday.', 'test.txt', 'text', { published: '2014-06-02' });
    createDocumentCoder({ onStageError: 'throw', userDictionaries }).code(doc);
    expect(doc.actors.find((a) => a.text === 'Barack Obama')).toMatchObject({ code: null, sector: 'ELI', via: 'user-dictionary' });
  });

  it('should take the office the text gives where the entry\'s open last range has no sector', () => {
    // Phoenix: John Mahama is GHA GOV 2009–2015, then GHA alone (the files end in 2015).
    const mahama = coded('President John Mahama opened the new port in Tema on Monday.', '2026-03-04', 'John Mahama');
    expect(mahama).toMatchObject({ code: 'GHA', sector: 'GOV', via: 'dictionary' });
    expect(mahama?.dated?.map((d) => d.sector)).toEqual(['GOV', 'GOV']);
    // The event reads him again at its own date, and keeps the office.
    const doc = docFromRaw('Headline\n\nPresident John Mahama met the Togolese leader in Accra on Monday.', 'test.txt', 'text', { published: '2026-03-04' });
    coder.code(doc);
    expect(doc.events.find((e) => e.event === 'CONSULT')?.actor.map((p) => [p.code, p.sector])).toEqual([['GHA', 'GOV']]);
    // Without an office in the text the tail stays as the dictionary has it; a closed range keeps its own sector.
    expect(coded('John Mahama opened the new port in Tema on Monday.', '2026-03-04', 'John Mahama')).toMatchObject({ code: 'GHA', sector: null });
    expect(coded('Former President Barack Obama criticized the decision on Monday.', '2020-06-02', 'Barack Obama')).toMatchObject({ code: 'USA', sector: 'ELI' });
  });

  it('should keep the state of a person\'s last office once every dated office has ended', () => {
    // Phoenix: Julia Gillard is AUS GOV 2008–2010 and nothing after; years later she is still Australian, in no office.
    const text = 'Julia Gillard opened a literacy centre in Suva on Monday.';
    expect(coded(text, '2023-05-02', 'Julia Gillard')).toMatchObject({ code: 'AUS', sector: null, via: 'dictionary' });
    // Inside the range the office holds; before her first office the dictionary knows no one.
    expect(coded(text, '2009-05-02', 'Julia Gillard')).toMatchObject({ code: 'AUS', sector: 'GOV' });
    expect(coded(text, '2001-05-02', 'Julia Gillard')?.code ?? null).toBeNull();
  });

  it('should not override what Chronicle resolved itself', () => {
    expect(coded('Chilean President Gabriel Boric met the delegation on Monday.', '2022-06-01', 'Chilean President Gabriel Boric')).toMatchObject({ code: 'CHL', sector: 'GOV', via: 'title' });
  });
});

describe('Phoenix CAMEO verbs as a trigger source', () => {
  const eventsOf = (text: string, options: Parameters<typeof createDocumentCoder>[0] = {}) => {
    const doc = docFromRaw(`Headline\n\n${text}`, 'test.txt', 'text', { published: '2020-06-02' });
    createDocumentCoder({ onStageError: 'throw', ...options }).code(doc);
    return doc.events;
  };

  it('should code a material act with a verb the lexicon does not know, from its CAMEO code', () => {
    const [event] = eventsOf('Soldiers pounded rebel positions on Sunday.');
    expect(event).toMatchObject({ event: 'ASSAULT', cameo: '190', origin: { resources: expect.arrayContaining([expect.stringMatching(/^phoenix@676801c#CAMEO\.2\.0\.txt:\d+$/)]) } });
    expect(eventsOf('Soldiers pounded rebel positions on Sunday.', { phoenix: false })).toEqual([]);
  });

  it('should drop the events of a story with a discard phrase only when discards are turned on', () => {
    const story = 'Gunmen attacked fans after the World Cup match on Sunday.';
    expect(eventsOf(story).map((e) => e.event)).toEqual(['ASSAULT']);
    expect(eventsOf(story, { phoenix: { discards: true } })).toEqual([]);
  });

  it('should leave verbs of the lexicon to the lexicon, and take no verbal code from CAMEO', () => {
    expect(eventsOf('Rebels torched the village on Sunday.')[0]?.origin.resources[0]).toMatch(/^plover-triggers@/);
    expect(eventsOf('The minister claimed victory on Sunday.')).toEqual([]);
  });
});
