import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../test/helpers/make-doc.js';
import { analyseWords, sharedSyntaxModel, syntaxModel } from './analyse.js';
import { gluedWords, layoutWords, winkTagsForWords } from './external-tags.js';
import { SyntaxView, syntaxOf } from './relations.js';
import type { Token } from '../core/document.js';

/** The committed model, loaded as the pipeline loads it. */
describe('the released syntax model', () => {
  it('should carry its version, training figures and the treebank licence', () => {
    const { meta } = syntaxModel();
    expect(meta.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(meta.licence).toMatch(/CC BY-SA 4\.0/);
    expect(meta.figures.test?.uas).toBeGreaterThan(0.8);
    expect(meta.command).toBe('npm run train:syntax');
  });

  it('should tag and parse a plain news sentence', () => {
    const forms = ['Police', 'arrested', 'three', 'men', 'in', 'Lagos', '.'];
    const analysis = analyseWords(forms, ['NOUN', 'VERB', 'NUM', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
    const rel = (form: string) => analysis[forms.indexOf(form)]!;
    expect(rel('arrested')).toMatchObject({ upos: 'VERB', head: -1, deprel: 'root' });
    expect(rel('Police')).toMatchObject({ deprel: 'nsubj', head: 1 });
    expect(rel('men')).toMatchObject({ deprel: 'obj', head: 1 });
    expect(rel('Lagos').head).toBe(1);
    expect(analysis.filter((a) => a.head === -1)).toHaveLength(1);
  });

  it('should parse a live page\'s time stamp apart from the clause it opens', () => {
    const forms = ['09:40', 'GMT', '–', 'Riot', 'police', 'in', 'Bamako', 'have', 'detained', 'six', 'students', '.'];
    const analysis = analyseWords(forms, ['NUM', 'PROPN', 'PUNCT', 'PROPN', 'NOUN', 'ADP', 'PROPN', 'AUX', 'VERB', 'NUM', 'NOUN', 'PUNCT']);
    expect(analysis[8]).toMatchObject({ upos: 'VERB', head: -1, deprel: 'root' });
    expect(analysis[4]).toMatchObject({ deprel: 'nsubj', head: 8 });
    expect(analysis[0]).toMatchObject({ head: 8 });
    expect(analysis.filter((a) => a.head === -1)).toHaveLength(1);
  });

  it('should read the word before "and" + a verb as a verb after a plural that opens the sentence', () => {
    const forms = ['Bandits', 'attack', 'and', 'loot', 'a', 'village', 'in', 'Zamfara', '.'];
    // wink-nlp's tags of the sentence, the tagger's input.
    const analysis = analyseWords(forms, ['PROPN', 'NOUN', 'CCONJ', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
    expect(analysis[1]).toMatchObject({ upos: 'VERB', xpos: 'VBP' });
    expect(analysis[3]).toMatchObject({ upos: 'VERB', xpos: 'VBP' });
  });

  it('should give a sentence without a finite verb its "-ed" word as the past-tense verb', () => {
    const forms = ['Rioters', 'looted', 'shops', 'in', 'the', 'town', '.'];
    const analysis = analyseWords(forms, ['PROPN', 'ADJ', 'NOUN', 'ADP', 'DET', 'NOUN', 'PUNCT']);
    expect(analysis[1]).toMatchObject({ upos: 'VERB', xpos: 'VBD', head: -1, deprel: 'root' });
    expect(analysis[0]).toMatchObject({ deprel: 'nsubj', head: 1 });
  });

  it.each([
    ['Unknown assailants burnt two classrooms at a primary school near Tamale .', 'assailants', 'burnt'],
    ['Angry traders burnt the council offices in Kitwe .', 'traders', 'burnt'],
  ])('should give a sentence without a finite verb its irregular past read as an adjective as the verb: %j', (sentence, subject, verb) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ upos: 'VERB', xpos: 'VBD', deprel: 'root' });
    expect(analysis[forms.indexOf(subject)]).toMatchObject({ deprel: 'nsubj', head: forms.indexOf(verb) });
  });

  it.each([
    ['Bandits raided cattle posts near Ghanzi , herders said .', 'Bandits', 'raided'],
    ['Families fled after gunmen torched houses in Mwanza .', 'gunmen', 'torched'],
  ])('should give a clause with no finite verb of its own (a reported content, a clause after "after") its "-ed" word as its verb: %j', (sentence, subject, verb) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ upos: 'VERB', xpos: 'VBD' });
    expect(analysis[forms.indexOf(subject)]).toMatchObject({ deprel: 'nsubj', head: forms.indexOf(verb) });
  });

  it.each([
    ['The EU froze funding to the agency .', 'EU', 'froze'],
    ['The army fought rebels near Rutshuru .', 'army', 'fought'],
  ])('should read a word that is only ever a past tense, tagged as a noun, as the verb: %j', (sentence, subject, verb) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ upos: 'VERB', xpos: 'VBD', deprel: 'root' });
    expect(analysis[forms.indexOf(subject)]).toMatchObject({ deprel: 'nsubj', head: forms.indexOf(verb) });
  });

  it('should read a past form after "and" that follows a past verb and its object as a second verb, not a describing participle', () => {
    const forms = 'Soldiers looted homes and raped women in the village .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf('raped')]).toMatchObject({ upos: 'VERB', xpos: 'VBD', deprel: 'conj', head: forms.indexOf('looted') });
    expect(analysis[forms.indexOf('women')]).toMatchObject({ deprel: 'obj', head: forms.indexOf('raped') });
  });

  it('should read an unknown plural tagged as a number as a noun, the subject of its clause\'s verb', () => {
    const forms = 'Thousands fled to Chad after militiamen torched villages in Darfur .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf('militiamen')]).toMatchObject({ upos: 'NOUN', deprel: 'nsubj', head: forms.indexOf('torched') });
    expect(analysis[forms.indexOf('torched')]).toMatchObject({ upos: 'VERB', xpos: 'VBD' });
  });

  it.each([
    ['Police said gunmen who arrived on motorcycles opened fire on worshippers in Kano .', 'gunmen', 'opened', 'said'],
    ['Witnesses said militants who stormed the village torched houses in Borno .', 'militants', 'torched', 'said'],
    ['Residents said soldiers who were deployed to the town arrested dozens of youths .', 'soldiers', 'arrested', 'said'],
    ['Militants who stormed the village torched houses in Borno .', 'Militants', 'torched', ''],
  ])('should give a subject with a relative clause the past form told after that clause as its verb: %j', (sentence, subject, verb, report) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ upos: 'VERB', xpos: 'VBD', head: report ? forms.indexOf(report) : -1 });
    expect(analysis[forms.indexOf(subject)]).toMatchObject({ deprel: 'nsubj', head: forms.indexOf(verb) });
  });

  it('should leave scale words the tagger reads as numbers as numbers ("$2 trillion")', () => {
    for (const sentence of ['The donors pledged $ 2 trillion in aid on Monday .', 'Lenders promised $ 1.5 trillion in loans .']) {
      const forms = sentence.split(' ');
      const { text, starts } = layoutWords(forms, forms.map(() => true));
      const analysis = analyseWords(forms, winkTagsForWords(text, starts));
      const scale = forms.indexOf('trillion');
      expect(analysis[scale]!.upos).not.toBe('NOUN');
    }
  });

  it.each([
    ['Police detained three youths who looted a shop located near the bus station in Kumasi .', 'detained', 'youths', 'located'],
    ['A court sentenced a man who stabbed a trader named Kofi to ten years .', 'sentenced', 'man', 'named'],
    ['Soldiers shot two smugglers who crossed a bridge damaged in the floods .', 'shot', 'smugglers', 'damaged'],
  ])('should leave the object of a verb other than saying with its relative clause: %j', (sentence, verb, object, participle) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(object)]).toMatchObject({ deprel: 'obj', head: forms.indexOf(verb) });
    expect(analysis[forms.indexOf(participle)]!.deprel).not.toBe('ccomp');
    expect(analysis[forms.indexOf(participle)]!.deprel).not.toBe('root');
  });

  it('should read a past form after its noun as a reduced relative when a passive with no subject and no "and" follows it', () => {
    for (const sentence of ['Four surveyors kidnapped in June were released on Monday , the company said .', 'Six teachers abducted last month were freed on Sunday , police said .']) {
      const forms = sentence.split(' ');
      const { text, starts } = layoutWords(forms, forms.map(() => true));
      const analysis = analyseWords(forms, winkTagsForWords(text, starts));
      const [group, taken, freed] = [1, 2, forms.indexOf('were') + 1];
      expect(analysis[freed!]).toMatchObject({ head: -1, deprel: 'root' });
      expect(analysis[group!]).toMatchObject({ head: freed, deprel: 'nsubj:pass' });
      expect(analysis[taken!]).toMatchObject({ head: group, deprel: 'acl' });
    }
  });

  it('should leave a report whose passive comes after clauses of its own as parsed ("said they would … until … are paid")', () => {
    const forms = 'Dockers said they would keep the port shut until their wages are paid .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf('said')]!.deprel).not.toBe('acl');
  });

  it.each([
    ['Officials said militants fired mortars at a police station .', 'fired', 'mortars'],
    ['The navy said that pirates fired rockets at tankers .', 'fired', 'rockets'],
  ])('should read a participle before an object in what a report tells as its past-tense verb: %j', (sentence, verb, object) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ xpos: 'VBD' });
    expect(analysis[forms.indexOf(object)]).toMatchObject({ deprel: 'obj', head: forms.indexOf(verb) });
  });

  it.each([
    ['Rioters torched shops in the market , but no one was hurt .', 'torched', 'shops'],
    ['Pirates seized tankers off the coast , but the crews were unharmed .', 'seized', 'tankers'],
  ])('should read a participle before an object in a clause joined to the next by a comma and a conjunction as its past-tense verb: %j', (sentence, verb, object) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ xpos: 'VBD' });
    expect(analysis[forms.indexOf(object)]).toMatchObject({ deprel: 'obj', head: forms.indexOf(verb) });
  });

  it('should leave a participle with no object after "after" as parsed ("after rebels armed with machetes …")', () => {
    const forms = 'Families fled after rebels armed with machetes entered Mwanza .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf('armed')]!.xpos).not.toBe('VBD');
  });

  it.each([
    ['On 3 May , armed men attacked a village .', 'armed', 'attacked'],
    ['On 30 November , an armed group looted cattle .', 'armed', 'looted'],
  ])('should keep an "-ed" word after a comma or a determiner as the modifier of its noun when a later one is the verb: %j', (sentence, modifier, verb) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(modifier)]).toMatchObject({ deprel: 'amod' });
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ xpos: 'VBD', deprel: 'root' });
  });

  it('should find the main verb before a participle adjunct whose own "-ed" word the tagger read as finite', () => {
    const forms = 'Indian and Pakistani troops exchanged fire along the border , leaving three soldiers wounded .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf('exchanged')]).toMatchObject({ xpos: 'VBD', deprel: 'root' });
    expect(analysis[forms.indexOf('leaving')]).toMatchObject({ deprel: 'advcl' });
  });

  it.each([
    ['Israeli air strikes killed at least 20 people in Rafah overnight , health officials said .', 'strikes', 'killed', 'people'],
    ['Militants attacked more than 40 villages in the north , officials said .', 'Militants', 'attacked', 'villages'],
    ['Rebel fighters seized some 300 cattle near the border .', 'fighters', 'seized', 'cattle'],
  ])('should read a participle before a hedged number as the verb taking it as object: %j', (sentence, subject, verb, object) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ xpos: 'VBD' });
    expect(analysis[forms.indexOf(subject)]).toMatchObject({ deprel: 'nsubj', head: forms.indexOf(verb) });
    expect(analysis[forms.indexOf(object)]).toMatchObject({ deprel: 'obj', head: forms.indexOf(verb) });
  });

  it.each([
    ['A mob beat two traders to death in the market .', 'mob', 'beat', 'VBD'],
    ['A soldier shot two civilians at a checkpoint .', 'soldier', 'shot', 'VBD'],
    ['A gunman hit three police officers .', 'gunman', 'hit', 'VBD'],
    ['A crowd beat two suspected robbers to death near the bus station .', 'crowd', 'beat', 'VBD'],
  ])('should read a verb the tagger took for the last noun of its subject, with no finite verb in the sentence: %j', (sentence, subject, verb, xpos) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ upos: 'VERB', xpos, deprel: 'root' });
    expect(analysis[forms.indexOf(subject)]).toMatchObject({ deprel: 'nsubj', head: forms.indexOf(verb) });
  });

  it.each([
    ['Insurgents stormed an army barracks overnight , wounding four officers .', 'barracks', 'stormed', 'overnight'],
    ['Militias shelled the camp today .', 'camp', 'shelled', 'today'],
    ['Soldiers torched a market yesterday near Beni .', 'market', 'torched', 'yesterday'],
  ])('should read a deictic time word after the object as an adverb of the clause, not the object\'s head: %j', (sentence, object, verb, time) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(object)]).toMatchObject({ deprel: 'obj', head: forms.indexOf(verb) });
    expect(analysis[forms.indexOf(time)]).toMatchObject({ upos: 'ADV', head: forms.indexOf(verb) });
  });

  it.each([
    ['Troops broke up a sit-in by students in Parakou .', 'in', 'broke', 'students'],
    ['Gendarmes broke up the go-slow by drivers in Accra .', 'slow', 'broke', 'drivers'],
  ])('should read the particle that ends a hyphenated compound after a determiner as the noun heading its phrase: %j', (sentence, head, verb, holder) => {
    // "sit-in" is three words glued without spaces, as the tokens split it.
    const words = sentence.split(' ');
    const forms = words.flatMap((w) => w.split(/(-)/));
    const spaceAfter = words.flatMap((w) => w.split(/(-)/).map((_, k, parts) => k === parts.length - 1));
    const { text, starts } = layoutWords(forms, spaceAfter);
    const at = forms.indexOf(head, forms.indexOf('-'));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts), syntaxModel(), gluedWords(spaceAfter));
    expect(analysis[at]).toMatchObject({ upos: 'NOUN', deprel: 'obj', head: forms.indexOf(verb) });
    expect(analysis[forms.indexOf(holder)]!.head).toBe(at);
  });

  it('should leave a hyphenated compound that describes the next noun as it is ("a sit-in protest")', () => {
    const forms = ['Students', 'held', 'a', 'go', '-', 'slow', 'protest', '.'];
    const spaceAfter = [true, true, true, false, false, true, true, false];
    const { text, starts } = layoutWords(forms, spaceAfter);
    const analysis = analyseWords(forms, winkTagsForWords(text, starts), syntaxModel(), gluedWords(spaceAfter));
    expect(analysis[forms.indexOf('slow')]!.upos).not.toBe('NOUN');
  });

  it('should leave a time word that describes the next noun inside its phrase ("the overnight curfew")', () => {
    const forms = 'Police lifted the overnight curfew in Kisumu .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf('overnight')]!.head).toBe(forms.indexOf('curfew'));
  });

  it.each([
    ['Families uprooted by the clashes sheltered in schools .', 'Families', 'uprooted', 'clashes', 'sheltered'],
    ['Civilians trapped by the siege fled on foot .', 'Civilians', 'trapped', 'siege', 'fled'],
  ])('should read a participle with a plain "by" phrase after its noun as the noun\'s, and the later verb as the root: %j', (sentence, noun, participle, agent, verb) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ deprel: 'root' });
    expect(analysis[forms.indexOf(noun)]).toMatchObject({ deprel: 'nsubj', head: forms.indexOf(verb) });
    expect(analysis[forms.indexOf(participle)]).toMatchObject({ deprel: 'acl', head: forms.indexOf(noun) });
    expect(analysis[forms.indexOf(agent)]).toMatchObject({ deprel: 'obl:agent', head: forms.indexOf(participle) });
  });

  it.each([
    ['Kidnap victims were freed by soldiers near Gusau .', 'victims', 'freed'],
    ['Attack survivors have returned to the village .', 'survivors', 'returned'],
  ])('should read a base-form verb opening the sentence right before a noun and the clause\'s verb as the noun\'s modifier: %j', (sentence, noun, verb) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[0]).toMatchObject({ upos: 'NOUN', head: forms.indexOf(noun) });
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ deprel: 'root' });
  });

  it('should keep an imperative whose object is not followed by the clause\'s verb', () => {
    const forms = 'Release prisoners now , protesters say .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[0]).toMatchObject({ upos: 'VERB' });
  });

  it('should read an "-ed" word set off by commas with a "by" agent as a participle, and the next one as the verb', () => {
    const forms = 'Army units , supported by local militias , attacked the town on Monday .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf('attacked')]).toMatchObject({ xpos: 'VBD', deprel: 'root' });
    expect(analysis[forms.indexOf('supported')]).toMatchObject({ xpos: 'VBN', head: forms.indexOf('units') });
  });

  it.each([
    ['Militants killed two suspected informers in the village .', 'suspected', 'informers'],
    ['A crowd beat two suspected robbers to death near the bus station .', 'suspected', 'robbers'],
    ['Police said three wounded officers were taken to hospital .', 'wounded', 'officers'],
  ])('should read a past form between a number and its noun as describing the noun: %j', (sentence, participle, noun) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(participle)]).toMatchObject({ deprel: 'amod', head: forms.indexOf(noun) });
    expect(analysis[forms.indexOf(participle)]!.xpos).not.toBe('VBD');
  });

  it.each([
    ['Witnesses said soldiers had shot civilians near the market .', 'had', 'shot'],
    ['Police have shot two protesters in Harare .', 'have', 'shot'],
  ])('should read an irregular past form the tagger took for a noun after "have" as the perfect\'s participle: %j', (sentence, aux, verb) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ upos: 'VERB', xpos: 'VBN' });
    expect(analysis[forms.indexOf(aux)]).toMatchObject({ upos: 'AUX', deprel: 'aux', head: forms.indexOf(verb) });
  });

  it('should leave a noun phrase with no verb to find as it is', () => {
    const forms = 'The village market two days after the attack .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    expect(analyseWords(forms, winkTagsForWords(text, starts)).every((a) => a.upos !== 'VERB')).toBe(true);
  });

  it.each([
    ['Fighting raged in the north on Sunday .', 'Fighting', 'raged'],
    ['Shelling continued overnight in the city .', 'Shelling', 'continued'],
  ])('should read a gerund that opens the sentence right before a verb as its subject, a noun: %j', (sentence, gerund, verb) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[forms.indexOf(gerund)]).toMatchObject({ upos: 'NOUN', deprel: 'nsubj', head: forms.indexOf(verb) });
    expect(analysis[forms.indexOf(verb)]).toMatchObject({ xpos: 'VBD', deprel: 'root' });
  });

  it('should read a present-tense tag on a past form as the past ("Police shot dead …"), not on a base form ("they lay")', () => {
    const analyse = (sentence: string) => {
      const forms = sentence.split(' ');
      const { text, starts } = layoutWords(forms, forms.map(() => true));
      return { forms, analysis: analyseWords(forms, winkTagsForWords(text, starts)) };
    };
    const shot = analyse('Police shot dead three protesters in the capital .');
    expect(shot.analysis[1]).toMatchObject({ upos: 'VERB', xpos: 'VBD', deprel: 'root' });
    const lay = analyse('They lay wreaths at the memorial every year .');
    expect(lay.analysis[1]).toMatchObject({ xpos: 'VBP' });
  });

  it.each([
    ['Turkish jets are striking PKK hideouts in northern Iraq .', 'VBG'],
    ['The jets were striking the hideouts at dawn .', 'VBG'],
    ['These are striking images .', 'JJ'],
  ])('should read an "-ing" adjective after "be" and before an object\'s start as the progressive: %j', (sentence, xpos) => {
    const forms = sentence.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    expect(analyseWords(forms, winkTagsForWords(text, starts))[forms.indexOf('striking')]).toMatchObject({ xpos });
  });

  it('should read a past form before an adjective and a determiner as the verb ("Troops shot dead a suspected militant")', () => {
    const forms = 'Troops shot dead a suspected militant .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    const analysis = analyseWords(forms, winkTagsForWords(text, starts));
    expect(analysis[1]).toMatchObject({ upos: 'VERB', xpos: 'VBD', deprel: 'root' });
    expect(analysis[0]).toMatchObject({ deprel: 'nsubj', head: 1 });
    expect(analysis[4]).toMatchObject({ xpos: 'VBN' });
  });

  it('should leave a gerund that opens a clause of its own alone', () => {
    const forms = 'Having lost the vote , the premier resigned .'.split(' ');
    const { text, starts } = layoutWords(forms, forms.map(() => true));
    expect(analyseWords(forms, winkTagsForWords(text, starts))[0]).toMatchObject({ xpos: 'VBG' });
  });

  it('should read a verb before "and" + a verb after a plural in "-men" the tagger reads as singular', () => {
    const forms = ['Unknown', 'gunmen', 'shot', 'and', 'wounded', 'a', 'trader', '.'];
    const analysis = analyseWords(forms, ['ADJ', 'NOUN', 'NOUN', 'CCONJ', 'VERB', 'DET', 'NOUN', 'PUNCT']);
    expect(analysis[2]).toMatchObject({ upos: 'VERB', deprel: 'root' });
    expect(analysis[1]).toMatchObject({ deprel: 'nsubj', head: 2 });
  });
});

describe('syntax relations', () => {
  const view = (text: string) => {
    const doc = makeDoc(text);
    const syn = syntaxOf(doc);
    const at = (word: string) => doc.tokens.findIndex((t) => t.text === word);
    const word = (i: number | null | undefined) => (i === null || i === undefined || i < 0 ? null : doc.tokens[i]!.text);
    return { doc, syn, at, word };
  };

  it('should find the agent and the subject of a passive', () => {
    const { syn, at, word } = view('Two soldiers were killed by gunmen on Monday.');
    expect(syn.isPassive(at('killed'))).toBe(true);
    expect(word(syn.agentOf(at('killed')))).toBe('gunmen');
    expect(word(syn.subjectOf(at('killed'))?.token)).toBe('soldiers');
  });

  it.each([
    ['The four students detained after the march were released on bail.', 'detained'],
    ['Villagers rescued two hikers trapped by the flood.', 'trapped'],
  ])('should read a participle after the noun it describes as a passive of that noun: %j', (text, participle) => {
    const { syn, at } = view(text);
    expect(syn.isPassive(at(participle))).toBe(true);
  });

  it('should read no passive in a clause the parse hung on a noun that is no argument ("…, a Swiss charity protested")', () => {
    const { syn, at } = view('Government forces are torturing detainees, a Swiss charity protested on Friday.');
    expect(syn.isPassive(at('protested'))).toBe(false);
  });

  it('should read no passive in a participle hung on a word the tagger took for an adjective ("a suspected militant knifed")', () => {
    // The parse as the tagger sometimes gives it, written out: "militant" an adjective, the verb a participle on it.
    const words: [string, string, string, number, string][] = [
      ['A', 'DET', 'DT', 2, 'det'], ['suspected', 'VERB', 'VBN', 2, 'amod'], ['militant', 'ADJ', 'JJ', 5, 'amod'],
      ['knifed', 'VERB', 'VBN', 2, 'acl'], ['a', 'DET', 'DT', 5, 'det'], ['guard', 'NOUN', 'NN', -1, 'root'], ['.', 'PUNCT', '.', 5, 'punct'],
    ];
    let at = 0;
    const tokens = words.map(([text, pos, tag, head, dep]) => {
      const start = at;
      at += text.length + 1;
      return { start, end: start + text.length, text, normal: text.toLowerCase(), lemma: text.toLowerCase(), pos, tag, head, dep, sentence: 0 } as Token;
    });
    expect(new SyntaxView(tokens).isPassive(3)).toBe(false);
  });

  it('should read no passive in a clause after a subordinator the parse hung on the verb before ("began in May, when hundreds of dockers marched")', () => {
    // The parse as the tagger gives such a sentence, written out: "hundreds" the object of "began", "marched" a participle on "dockers".
    const words: [string, string, string, number, string][] = [
      ['The', 'DET', 'DT', 1, 'det'], ['strike', 'NOUN', 'NN', 2, 'nsubj'], ['began', 'VERB', 'VBD', -1, 'root'], ['in', 'ADP', 'IN', 4, 'case'],
      ['May', 'PROPN', 'NNP', 2, 'obl'], [',', 'PUNCT', ',', 2, 'punct'], ['when', 'ADV', 'WRB', 2, 'advmod'], ['hundreds', 'NOUN', 'NNS', 2, 'obj'],
      ['of', 'ADP', 'IN', 9, 'case'], ['dockers', 'NOUN', 'NNS', 7, 'nmod'], ['marched', 'VERB', 'VBN', 9, 'acl'], ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    let at = 0;
    const tokens = words.map(([text, pos, tag, head, dep]) => {
      const start = at;
      at += text.length + 1;
      return { start, end: start + text.length, text, normal: text.toLowerCase(), lemma: text.toLowerCase(), pos, tag, head, dep, sentence: 0 } as Token;
    });
    expect(new SyntaxView(tokens).isPassive(10)).toBe(false);
    // The phrase as the subject of a verb after the subordinator keeps its reduced relative.
    const subject = tokens.map((t, i) => (i === 7 ? { ...t, dep: 'nsubj' } : t));
    expect(new SyntaxView(subject).isPassive(10)).toBe(true);
  });

  it('should read a participle with a "by" agent and no auxiliary as a passive, but not a verb of saying', () => {
    // "…, several of them shot by guards": the parse gives the absolute clause an active subject and the agent its label.
    const build = (words: [string, string, string, string, number, string][]) => {
      let at = 0;
      return words.map(([text, pos, tag, lemma, head, dep]) => {
        const start = at;
        at += text.length + 1;
        return { start, end: start + text.length, text, normal: text.toLowerCase(), lemma, pos, tag, head, dep, sentence: 0 } as Token;
      });
    };
    const shot = build([
      ['Nine', 'NUM', 'CD', 'nine', 1, 'nummod'], ['inmates', 'NOUN', 'NNS', 'inmate', 2, 'nsubj'], ['died', 'VERB', 'VBD', 'die', -1, 'root'],
      [',', 'PUNCT', ',', ',', 6, 'punct'], ['several', 'ADJ', 'JJ', 'several', 6, 'nsubj'], ['of', 'ADP', 'IN', 'of', 4, 'case'],
      ['shot', 'VERB', 'VBN', 'shoot', 2, 'conj'], ['by', 'ADP', 'IN', 'by', 8, 'case'], ['guards', 'NOUN', 'NNS', 'guard', 6, 'obl:agent'],
    ]);
    expect(new SyntaxView(shot).isPassive(6)).toBe(true);
    const said = build([
      ['a', 'DET', 'DT', 'a', 1, 'det'], ['cousin', 'NOUN', 'NN', 'cousin', 2, 'nsubj'], ['said', 'VERB', 'VBN', 'say', -1, 'root'],
      ['by', 'ADP', 'IN', 'by', 4, 'case'], ['phone', 'NOUN', 'NN', 'phone', 2, 'obl:agent'],
    ]);
    expect(new SyntaxView(said).isPassive(2)).toBe(false);
    const cut = build([
      ['The', 'DET', 'DT', 'the', 1, 'det'], ['mayor', 'NOUN', 'NN', 'mayor', 2, 'nsubj'], ['trimmed', 'VERB', 'VBN', 'trim', -1, 'root'],
      ['by', 'ADP', 'IN', 'by', 5, 'case'], ['two', 'NUM', 'CD', 'two', 5, 'nummod'], ['weeks', 'NOUN', 'NNS', 'week', 2, 'obl:agent'],
    ]);
    expect(new SyntaxView(cut).isPassive(2)).toBe(false);
  });

  it('should leave a conjunct with its own auxiliary active after a participle read as a passive ("fans angered by the ban have stormed …")', () => {
    const words: [string, string, string, number, string][] = [
      ['Fans', 'NOUN', 'NNS', 1, 'nsubj'], ['angered', 'VERB', 'VBN', -1, 'root'], ['by', 'ADP', 'IN', 4, 'case'], ['the', 'DET', 'DT', 4, 'det'],
      ['ban', 'NOUN', 'NN', 1, 'obl:agent'], ['have', 'AUX', 'VBP', 6, 'aux'], ['stormed', 'VERB', 'VBN', 1, 'conj'], ['offices', 'NOUN', 'NNS', 6, 'obj'],
    ];
    let at = 0;
    const tokens = words.map(([text, pos, tag, head, dep]) => {
      const start = at;
      at += text.length + 1;
      return { start, end: start + text.length, text, normal: text.toLowerCase(), lemma: text.toLowerCase(), pos, tag, head, dep, sentence: 0 } as Token;
    });
    expect(new SyntaxView(tokens).isPassive(1)).toBe(true);
    expect(new SyntaxView(tokens).isPassive(6)).toBe(false);
  });

  it('should leave a relative clause its own voice', () => {
    const { syn, at } = view('The men who arrived on Monday attacked the post.');
    expect(syn.isPassive(at('arrived'))).toBe(false);
  });

  it('should share a subject with a coordinated verb and a participle adjunct', () => {
    const { syn, at, word } = view('Rebels attacked the town and burned houses, killing four people.');
    expect(word(syn.subjectOf(at('burned'))?.token)).toBe('Rebels');
    expect(syn.subjectOf(at('burned'))?.via).toBe('shared');
    expect(word(syn.subjectOf(at('killing'))?.token)).toBe('Rebels');
  });

  it('should give an infinitive complement its controller', () => {
    const { syn, at, word } = view('The minister urged Iran to release the sailors.');
    expect(word(syn.subjectOf(at('release'))?.token)).toBe('Iran');
  });

  it('should read prepositions, clause markers and negation', () => {
    const { syn, at } = view('If the talks fail, the army will not withdraw from the city.');
    expect(syn.markerOf(at('fail'))).toBe('if');
    expect(syn.negationOf(at('withdraw'))).toBe(at('not'));
    expect(syn.auxiliariesOf(at('withdraw'))).toContain('will');
    expect(syn.obliquesOf(at('withdraw')).map((o) => o.prep)).toContain('from');
  });

  it('should tell a question', () => {
    const { doc, syn } = view('Will the rebels attack the capital?');
    const s = doc.sentences[0]!;
    expect(syn.isQuestion(s.tokenStart, s.tokenEnd)).toBe(true);
  });
});

describe('the released syntax model in worker threads', () => {
  it('should let a worker parse with its parent\'s weights and tables, without a copy of its own', async () => {
    const { Worker } = await import('node:worker_threads');
    const shared = sharedSyntaxModel();
    // The weight arrays stay behind: the worker reads its model from the header and the tables.
    expect(shared.bytes.length).toBeLessThan(1e6);
    const forms = ['Police', 'arrested', 'three', 'men', 'in', 'Lagos', '.'];
    const tags = ['NOUN', 'VERB', 'NUM', 'NOUN', 'ADP', 'PROPN', 'PUNCT'];
    const analyse = JSON.stringify(new URL('./analyse.ts', import.meta.url).href);
    // The worker runs TypeScript through tsx, as the coder pool's threads do under the tests.
    const worker = new Worker(`
      const { parentPort, workerData } = require('node:worker_threads');
      import('tsx/esm/api').then(({ register }) => { register(); return import(${analyse}); }).then((m) => {
        m.useSharedSyntaxModel(workerData.shared);
        const model = m.syntaxModel();
        // Marks an empty slot (key 0: never read by a lookup) so the parent can see the same memory.
        const slots = model.tagger.weights.tables.slots;
        let empty = 0;
        while (slots[empty * 3] !== 0) empty++;
        slots[empty * 3 + 1] = 4242;
        parentPort.postMessage({ analysis: m.analyseWords(workerData.forms, workerData.tags), marked: empty });
      });`, { eval: true, workerData: { shared, forms, tags } });
    const reply = await new Promise<{ analysis: unknown; marked: number }>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
    await worker.terminate();
    const slots = shared.tables.tagger.slots;
    expect(slots[reply.marked * 3 + 1]).toBe(4242);
    slots[reply.marked * 3 + 1] = 0;
    expect(reply.analysis).toEqual(analyseWords(forms, tags));
  });
});
