import type Database from 'better-sqlite3';

/**
 * Indexes for the archive search (档案查询) and the registry statistics (登记统计) over millions of
 * records. Each index ends, implicitly, in the case id, so a list ordered by (registration date, id)
 * reads straight from it; archive-search.ts and registry-stats.ts have their plans tested.
 */
export default {
  version: 100,
  name: 'registry-indexes',
  up(db: Database.Database): void {
    db.exec(`
      CREATE INDEX cases_registered ON cases(registered_on);
      CREATE INDEX cases_kind_registered ON cases(kind, registered_on);
      CREATE INDEX cases_office_registered ON cases(office_code, registered_on);
      CREATE INDEX cases_kind_accepted ON cases(kind, accepted_on);
      CREATE INDEX cases_kind_withdrawn ON cases(kind, withdrawn_on, status);
      CREATE INDEX case_events_action_on ON case_events(action, on_date);
      -- A person's cases, and a case's persons, from the index alone: a common name's hundreds of cases, or a
      -- year's spouses, without reading each party's row. The first replaces the index on person_id alone.
      CREATE INDEX case_parties_person_case ON case_parties(person_id, case_id);
      DROP INDEX case_parties_person;
      CREATE INDEX case_parties_case_person ON case_parties(case_id, person_id);
      -- A paper record has a registration date and no acceptance: back-entered records, read in date order
      -- without walking past the millions registered at the window since.
      CREATE INDEX cases_unaccepted_registered ON cases(registered_on) WHERE accepted_on IS NULL;
      CREATE INDEX cases_unaccepted_kind_registered ON cases(kind, registered_on) WHERE accepted_on IS NULL;
      -- Back-entered records by the office their paper names, and by when they were entered (the progress).
      CREATE INDEX back_entries_office_text ON back_entries(office_text);
      CREATE INDEX back_entries_entered ON back_entries(entered_at);
    `);
  },
};
