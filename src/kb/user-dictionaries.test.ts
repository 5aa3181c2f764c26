import { describe, expect, it } from 'vitest';
import { loadKb } from './index.js';
import { parseUserDictionary, UserDictionaryError, validOn } from './user-dictionaries.js';

const JSON_DICT = JSON.stringify({
  name: 'newsroom-actors', version: '3', source: 'Our desk, 2024',
  entries: [
    { name: 'Vladimir Putin', aliases: ['Putin'], code: 'rus', sector: 'gov', kind: 'person', from: '2000-05-07' },
    { name: 'Wagner Group', code: 'RUS', sector: 'PRM', kind: 'group' },
  ],
});

describe('user dictionaries', () => {
  it('should read the JSON format and normalise codes', () => {
    const d = parseUserDictionary(JSON_DICT, 'actors.json');
    expect(d).toMatchObject({ name: 'newsroom-actors', version: '3' });
    expect(d.entries[0]).toEqual({ name: 'Vladimir Putin', aliases: ['Putin'], code: 'RUS', sector: 'GOV', kind: 'person', from: '2000-05-07' });
  });

  it('should read the CSV format, quoted fields and a content-hash version', () => {
    const d = parseUserDictionary('name,code,sector,kind,aliases\n"Kim Jong Un",PRK,GOV,person,Kim Jong-un|Kim\n', 'leaders.csv');
    expect(d.name).toBe('leaders');
    expect(d.version).toMatch(/^sha256:[0-9a-f]{12}$/);
    expect(d.entries[0]).toMatchObject({ name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim'], code: 'PRK' });
  });

  it.each([
    ['name,code\nPutin,Russia\n', 'x.csv', /three-letter code/],
    ['name,code,sector\nPutin,,\n', 'x.csv', /needs a code or a sector/],
    ['code,sector\nRUS,GOV\n', 'x.csv', /header/],
    ['{"entries": [{"name": "Putin", "code": "RUS", "from": "May 2000"}]}', 'x.json', /ISO date/],
    ['{not json', 'x.json', /not valid JSON/],
  ])('should reject a bad file with a message that says the fix: %j', (content, file, message) => {
    expect(() => parseUserDictionary(content, file)).toThrowError(UserDictionaryError);
    expect(() => parseUserDictionary(content, file)).toThrowError(message);
  });

  it.each([
    [{ from: '2000-05-07' }, '1999-12-31', false],
    [{ from: '2000-05-07' }, '2000-05-07T10:00:00Z', true],
    [{ until: '2008' }, '2008-12-31', true],
    [{ until: '2008' }, '2009-01-01', false],
    [{ from: '2000' }, undefined, true],
  ])('should check validity %j on %s', (limits, date, expected) => {
    expect(validOn({ name: 'x', aliases: [], code: 'RUS', sector: null, kind: 'person', ...limits }, date)).toBe(expected);
  });

  it('should add entries to the gazetteer and stamp the dictionary in the KB version', () => {
    const kb = loadKb({ userDictionaries: [parseUserDictionary(JSON_DICT, 'actors.json')] });
    expect(kb.version).toMatch(/\+user:newsroom-actors@3$/);
    expect(kb.match('Putin said').flatMap((m) => m.refs)).toEqual([{ type: 'user', id: 'user:0:0' }]);
    expect(loadKb().version).not.toMatch(/user:/);
  });
});
