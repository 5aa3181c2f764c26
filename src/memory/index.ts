export { LEARNABLE_VIAS, mergePerson, PeopleMemory, peopleLearnedFrom, type KnownPerson, type PeopleLookup, type PersonSource } from './people.js';
export { correctPerson, forgetPerson, getPerson, learnPeople, listPeople, loadPeopleMemory } from './store.js';
export type { MemoryDatabase, PeopleMemoryTable } from './people.table.js';
