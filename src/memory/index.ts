export { CONSULTED_EVERYTHING, consultedKey, keysChangedBy, LEARNABLE_VIAS, mergePerson, PeopleMemory, peopleLearnedFrom, type KnownPerson, type PeopleLookup, type PersonSource } from './people.js';
export { correctPerson, forgetPerson, getPerson, learnPeople, listPeople, loadPeopleMemory, writePerson } from './store.js';
export { hasHeldLessons, holdLessons, memoryVersion, memoryWorkPending, refreshMemory, settleMemory, type HeldInput, type SettleCounts, type SettleOptions } from './settle.js';
export type { MemoryDatabase, PeopleMemoryTable } from './people.table.js';
