import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Acts told by words that no rule read at stop 54 (the "no event tells it" class, h39c): arrests, beatings, seizures,
// bans and cuts of communications, arson by "set … alight", protest acts (shops shut, sittings boycotted, streets
// taken again, also as a conditional threat), medical care. Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-06-18');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: custody, beatings and seizures told by words the lexicon lacked', () => {
  it('should code people apprehended as an arrest', () => {
    expect(types('Gendarmes apprehended seven suspects near Dosso on Thursday.')).toEqual(['COERCE/arrest']);
  });
  it('should code someone punched as a beating', () => {
    expect(types('A photographer was punched by riot police outside the court in Valletta on Friday.')).toEqual(['ASSAULT/beat']);
  });
  it('should code the seizure of a vessel as a confiscation', () => {
    expect(types('Namibian fisheries inspectors confirmed the seizure of a Spanish trawler off Walvis Bay on Monday.')).toEqual(['COERCE/seize']);
  });
  it('should code a building set alight as destruction, and by rioters as a riot', () => {
    expect(types('Gunmen set a clinic alight in Kaya on Sunday night.')).toEqual(['ASSAULT/destroy']);
    expect(types('Rioters set two buses alight in Kaya on Sunday night.')).toEqual(['PROTEST/riot']);
  });
});

describe('events: bans and communications restricted', () => {
  it('should code gatherings forbidden as a restriction', () => {
    expect(types('The prefect of Maradi forbade all street gatherings on Tuesday.')).toEqual(['COERCE/restrict']);
  });
  it('should code the internet disrupted by the authorities as censorship, not other things disrupted', () => {
    expect(types('The authorities disrupted mobile internet across Oromia on Monday.')).toEqual(['COERCE/censor']);
    expect(types('Heavy rain disrupted the harvest in Oromia on Monday.')).toEqual([]);
  });
});

describe('events: protest acts', () => {
  it('should code traders shutting their shops as a strike, not an official closing them', () => {
    expect(types('Shopkeepers in Gilgit shut their shops on Saturday over the new tax.')).toEqual(['PROTEST/strike']);
    expect(types('Police shut 14 shops in Gilgit on Saturday over unpaid taxes.')).not.toContain('PROTEST/strike');
  });
  it('should code lawmakers staying away from a sitting in protest as a boycott, and not staying away for other reasons', () => {
    expect(types('Opposition senators stayed away from Thursday\'s sitting in protest at the new budget.')).toContain('PROTEST/boycott');
    expect(types('Tourists stayed away from the coast in August because of the heat.')).toEqual([]);
  });
  it('should code a group saying it will return to the streets if a demand is not met as a threat', () => {
    expect(types('The dockers\' union warned that its members would return to the street unless the overtime rate was restored.')).toEqual(['THREATEN/restrict']);
  });
});

describe('events: medical care given', () => {
  it('should code a named party treating the wounded as aid, and not a toll told in the passive', () => {
    expect(types('The Red Crescent treated 30 people for burns in Kassala on Sunday.')).toEqual(['AID/-']);
    expect(types('At least 30 people were treated for burns in Kassala on Sunday.')).toEqual([]);
  });
  it('should not code treating something as something', () => {
    expect(types('The ministry treated the matter as a formality.')).toEqual([]);
  });
});
