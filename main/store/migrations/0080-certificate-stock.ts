import type Database from 'better-sqlite3';

/**
 * The blank-certificate ledger (空白证书管理): batches received from the printing works, ranges handed to windows
 * and returned, and one row per blank consumed (printed, or spoiled with a reason). Balances are counted from these
 * rows; nothing keeps a running total. Rows are never deleted: a used serial is controlled stock for ever.
 */
export default {
  version: 80,
  name: 'certificate-stock',
  up(db: Database.Database): void {
    db.exec(`
      CREATE TABLE stock_batches (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN ('marriage', 'divorce', 'adoption', 'adoption_dissolution')),
        prefix TEXT NOT NULL CHECK (length(prefix) <= 4 AND prefix NOT GLOB '*[^A-Z]*'),
        first_serial INTEGER NOT NULL CHECK (first_serial >= 0),
        last_serial INTEGER NOT NULL CHECK (last_serial >= first_serial),
        digits INTEGER NOT NULL CHECK (digits BETWEEN 1 AND 12),
        received_on TEXT NOT NULL,
        received_by TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stock_batches_span ON stock_batches (type, prefix, first_serial);

      CREATE TABLE stock_ranges (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES stock_batches (id),
        first_serial INTEGER NOT NULL,
        last_serial INTEGER NOT NULL CHECK (last_serial >= first_serial),
        window_id INTEGER NOT NULL REFERENCES windows (id),
        assigned_on TEXT NOT NULL,
        assigned_at TEXT NOT NULL,
        assigned_by TEXT NOT NULL,
        returned_on TEXT,
        returned_at TEXT,
        returned_by TEXT
      ) STRICT;
      CREATE INDEX stock_ranges_window ON stock_ranges (window_id, returned_at);
      CREATE INDEX stock_ranges_batch ON stock_ranges (batch_id, first_serial);

      -- UNIQUE (type, prefix, serial): never two certificates, or a certificate and a spoiled blank, on one booklet.
      CREATE TABLE stock_uses (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES stock_batches (id),
        type TEXT NOT NULL,
        prefix TEXT NOT NULL,
        serial INTEGER NOT NULL,
        window_id INTEGER REFERENCES windows (id),
        range_id INTEGER REFERENCES stock_ranges (id),
        outcome TEXT NOT NULL CHECK (outcome IN ('printed', 'spoiled')),
        reason TEXT CHECK (reason IN ('misprint', 'damage', 'loss')),
        note TEXT NOT NULL DEFAULT '',
        case_id INTEGER REFERENCES cases (id),
        document TEXT,
        holder_position INTEGER,
        certificate_number TEXT,
        archive_item_id INTEGER REFERENCES archive_items (id),
        sha256 TEXT,
        printer TEXT,
        used_on TEXT NOT NULL,
        used_at TEXT NOT NULL,
        used_by TEXT NOT NULL,
        voided_on TEXT,
        voided_at TEXT,
        voided_by TEXT,
        UNIQUE (type, prefix, serial),
        CHECK ((outcome = 'printed') = (reason IS NULL)),
        CHECK ((window_id IS NULL) = (range_id IS NULL)),
        CHECK ((case_id IS NULL) = (reason IS NOT NULL AND reason <> 'misprint'))
      ) STRICT;
      -- Balances are counted, never kept: these two cover the counts (a range's blanks, a period's uses by holder).
      CREATE INDEX stock_uses_batch ON stock_uses (batch_id, serial, used_on);
      CREATE INDEX stock_uses_period ON stock_uses (used_on, type, window_id, outcome, reason);
      CREATE INDEX stock_uses_range ON stock_uses (range_id) WHERE range_id IS NOT NULL;
      CREATE INDEX stock_uses_window ON stock_uses (window_id, id);
      CREATE INDEX stock_uses_case ON stock_uses (case_id) WHERE case_id IS NOT NULL;

      CREATE TRIGGER stock_batches_no_overlap BEFORE INSERT ON stock_batches
        WHEN EXISTS (SELECT 1 FROM stock_batches b WHERE b.type = NEW.type AND b.prefix = NEW.prefix
                     AND b.first_serial <= NEW.last_serial AND NEW.first_serial <= b.last_serial)
        BEGIN SELECT RAISE(ABORT, 'stock batches of one type and prefix must not overlap'); END;
      CREATE TRIGGER stock_batches_no_update BEFORE UPDATE ON stock_batches
        BEGIN SELECT RAISE(ABORT, 'stock batches are never changed'); END;
      CREATE TRIGGER stock_batches_no_delete BEFORE DELETE ON stock_batches
        BEGIN SELECT RAISE(ABORT, 'stock batches are never deleted'); END;
      CREATE TRIGGER stock_ranges_no_delete BEFORE DELETE ON stock_ranges
        BEGIN SELECT RAISE(ABORT, 'stock ranges are never deleted'); END;
      CREATE TRIGGER stock_uses_no_delete BEFORE DELETE ON stock_uses
        BEGIN SELECT RAISE(ABORT, 'blank certificate uses are never deleted'); END;
      CREATE TRIGGER stock_uses_serial_fixed BEFORE UPDATE OF batch_id, type, prefix, serial, window_id, range_id, case_id, used_on, used_at, used_by ON stock_uses
        BEGIN SELECT RAISE(ABORT, 'a use keeps its serial, holder, case and time'); END;
    `);
  },
};
