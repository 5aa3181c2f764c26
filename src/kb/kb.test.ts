import { describe, expect, it } from 'vitest';
import { loadKb } from './index.js';

const kb = loadKb();
const refsOf = (text: string): string[] => kb.match(text).flatMap((m) => m.refs.map((r) => `${m.text}:${r.type}:${'code' in r ? r.code : r.id}`));

describe('knowledge base', () => {
  it.each([
    ['Azeri forces shelled the village.', 'Azeri:demonym:AZE'],
    ['Azerbaijani President Ilham Aliyev', 'Azerbaijani:demonym:AZE'],
    ['an American diplomat said', 'American:demonym:USA'],
    // Adjectives news writes that world-countries does not list (country-aliases.json).
    ['Ecuadorian marines boarded the trawler', 'Ecuadorian:demonym:ECU'],
    ['the Icelandic coast guard', 'Icelandic:demonym:ISL'],
    ['two Djiboutian soldiers', 'Djiboutian:demonym:DJI'],
    ['Argentinian prosecutors said', 'Argentinian:demonym:ARG'],
    ['Salvadorean police arrested him', 'Salvadorean:demonym:SLV'],
    ['troops in Kiev', 'Kiev:capital:UKR'],
    ['talks in Kyiv', 'Kyiv:capital:UKR'],
    ['Türkiye and Greece', 'Türkiye:country:TUR'],
    ['Britain and France', 'Britain:country:GBR'],
    ['the U.K. government', 'U.K.:country:GBR'],
    ['after US mediation', 'US:country:USA'],
    ['the U.S. envoy', 'U.S.:country:USA'],
    ['Washington and Moscow', 'Washington:capital:USA'],
    ['When the Soviet Union collapsed in 1991', 'Soviet Union:country:SUN'],
    ['refugees from Burma', 'Burma:country:MMR'],
    ['clashes in Ivory Coast', 'Ivory Coast:country:CIV'],
    ['the independence of Kosovo', 'Kosovo:country:KOS'],
  ])('should resolve a country name in %j', (text, expected) => {
    expect(refsOf(text)).toContain(expected);
  });

  it.each([
    ['He told us the news.'],
    ['They turned to chad and turkey for dinner.'],
  ])('should not match lower-case words in %j', (text) => {
    expect(kb.match(text)).toEqual([]);
  });

  it.each([
    ['the UN General Assembly', 'UNO'],
    ['the European Union', 'EUR'],
    ['an EU-brokered meeting', 'EUR'],
    ['NATO allies', 'IGO'],
    ['the OSCE Minsk Group', 'IGO'],
    ['the ICRC visited', 'NGO'],
    ['State Department spokesman', 'USA'],
    ['Houthi forces fired a drone', 'YEM'],
    ['fighters of the M23 advanced', 'COD'],
    ['an ISWAP ambush', 'NGA'],
    ['the Pakistani Taliban claimed it', 'PAK'],
  ])('should find the organisation in %j with code %s', (text, code) => {
    const org = kb.match(text).flatMap((m) => m.refs).find((r) => r.type === 'organisation');
    expect(org && org.type === 'organisation' ? kb.organisations.get(org.id)?.code : undefined).toBe(code);
  });

  it('should match hyphenated regions and code them by the disputed-places policy', () => {
    const [m] = kb.match('over the contested region of Nagorno-Karabakh');
    const ref = m?.refs[0];
    expect(m?.text).toBe('Nagorno-Karabakh');
    expect(ref?.type === 'region' ? kb.regions.get(ref.id)?.countryCode : undefined).toBe('AZE');
  });

  it('should give cities English names and coordinates', () => {
    const geneva = kb.citiesNamed('Geneva')[0];
    expect(geneva).toMatchObject({ countryCode: 'CHE', name: 'Geneva' });
    expect(geneva!.lat).toBeCloseTo(46.2, 1);
    expect(kb.citiesNamed('Paris')[0]?.countryCode).toBe('FRA');
    expect(kb.capitalOf('USA')?.name).toBe('Washington, D.C.');
  });

  it('should map sector nouns and office titles to PLOVER sectors', () => {
    expect(kb.sectorTerms.get('peacekeepers')).toBe('MIL');
    expect(kb.sectorTerms.get('prisoners of war')).toBe('MIL');
    expect(kb.sectorTerms.get('separatists')).toBe('REB');
    expect(kb.officeTitles.get('secretary of state')).toBe('GOV');
    expect(kb.officeTitles.get('general')).toBe('MIL');
  });

  it('should know the phrases a longer sector term or office title goes on from', () => {
    expect(['prisoners', 'prisoners of', 'secretary', 'secretary of'].every((p) => kb.phraseStarts.has(p))).toBe(true);
    expect(['prisoners of war', 'secretary of state', 'peacekeepers'].some((p) => kb.phraseStarts.has(p))).toBe(false);
  });

  it('should stamp every resource version', () => {
    expect(kb.version).toMatch(/^world-countries@[\d.]+\+city-timezones@[\d.]+\+places@.+\+country-aliases@.+\+organisations@.+\+regions@.+\+sectors@.+\+offices@.+$/);
  });
});
