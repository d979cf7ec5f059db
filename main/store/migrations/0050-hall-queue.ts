import type Database from 'better-sqlite3';

/**
 * Appointments, the hall queue (windows, tickets and their events), ratings, and the hall's devices.
 * A ticket's persons are kept with it so that check-in, the per-person check and the board need no join to cases.
 */
export default {
  version: 50,
  name: 'hall-queue',
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        service TEXT NOT NULL,
        date TEXT NOT NULL,
        slot_start TEXT NOT NULL,
        slot_end TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('online', 'phone', 'walk_in')),
        provincial_id TEXT,
        state TEXT NOT NULL CHECK (state IN ('booked', 'checked_in', 'cancelled', 'no_show')),
        phone TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        ticket_id INTEGER,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX appointments_provincial ON appointments (provincial_id) WHERE provincial_id IS NOT NULL;
      CREATE INDEX appointments_day ON appointments (date, slot_start, service);

      CREATE TABLE appointment_persons (
        appointment_id INTEGER NOT NULL REFERENCES appointments (id),
        position INTEGER NOT NULL,
        id_type TEXT NOT NULL,
        id_number TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (appointment_id, position)
      ) STRICT;
      CREATE INDEX appointment_persons_id ON appointment_persons (id_number);

      CREATE TABLE windows (
        id INTEGER PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        services TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        open_by INTEGER REFERENCES users (id),
        opened_at TEXT
      ) STRICT;

      CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        service TEXT NOT NULL,
        seq INTEGER NOT NULL,
        number TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'done', 'no_show', 'cancelled')),
        priority TEXT NOT NULL DEFAULT '[]',
        appointment_id INTEGER REFERENCES appointments (id),
        slot_start_ms INTEGER,
        slot_end_ms INTEGER,
        issued_at TEXT NOT NULL,
        issued_ms INTEGER NOT NULL,
        issued_by TEXT NOT NULL,
        window_id INTEGER REFERENCES windows (id),
        transferred_ms INTEGER,
        call_count INTEGER NOT NULL DEFAULT 0,
        first_called_ms INTEGER,
        last_called_ms INTEGER,
        started_ms INTEGER,
        finished_ms INTEGER,
        served_by INTEGER REFERENCES users (id),
        parent_id INTEGER REFERENCES tickets (id),
        UNIQUE (day, service, seq)
      ) STRICT;
      CREATE INDEX tickets_day_state ON tickets (day, state, issued_ms, id);
      CREATE UNIQUE INDEX tickets_day_number ON tickets (day, number);

      CREATE TABLE ticket_persons (
        ticket_id INTEGER NOT NULL REFERENCES tickets (id),
        position INTEGER NOT NULL,
        id_type TEXT NOT NULL,
        id_number TEXT NOT NULL,
        name TEXT NOT NULL,
        verified TEXT NOT NULL CHECK (verified IN ('reader', 'staff')),
        PRIMARY KEY (ticket_id, position)
      ) STRICT;
      CREATE INDEX ticket_persons_id ON ticket_persons (id_number);

      CREATE TABLE ticket_events (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets (id),
        at TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        action TEXT NOT NULL,
        window_id INTEGER REFERENCES windows (id),
        actor TEXT NOT NULL,
        priority_call INTEGER,
        reason TEXT NOT NULL DEFAULT '',
        explanation TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX ticket_events_window ON ticket_events (window_id, at_ms);
      CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id);

      CREATE TABLE ratings (
        ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id),
        at TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
        reason TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL
      ) STRICT;

      CREATE TABLE hall_devices (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'display')),
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        printer TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        last_seen_at TEXT,
        revoked_at TEXT
      ) STRICT;
    `);
  },
};
