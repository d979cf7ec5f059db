import type { PartyInput } from '../domain/case-types';
import { nameKey } from '../domain/names';
import type { WritableDB } from './db';

/** The person behind an ID document: created on first sight, their name and facts refreshed on each case. */
export function upsertPerson(db: WritableDB, p: PartyInput): number {
  const row = db
    .prepare(
      `INSERT INTO persons (id_type, id_number, name, name_key, sex, birth_date, nationality, ethnicity)
       VALUES (@idType, @idNumber, @name, @nameKey, @sex, @birthDate, @nationality, @ethnicity)
       ON CONFLICT (id_type, id_number) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, sex = excluded.sex,
         birth_date = excluded.birth_date, nationality = excluded.nationality, ethnicity = excluded.ethnicity
       RETURNING id`,
    )
    .get({ ...p, nameKey: nameKey(p.name), ethnicity: p.ethnicity ?? null }) as { id: number };
  return row.id;
}
