#!/usr/bin/env bash
# A real print path for tests and for a developer without a printer: starts cupsd when it is not
# running and adds the cups-pdf queues the print tests use. Safe to run again (CI may share a machine).
#   HallPDF         writes every job to $OUT as <title>-job_<CUPS job id>.pdf
#   HallPDFStopped  the same device; tests/integration/print-cups.test.ts stops it with cupsdisable
#   HallPDFBroken   its output folder cannot be made, so cups-pdf cancels every job (a failing printer)
# Needs root (or sudo) and the packages cups and printer-driver-cups-pdf.
set -euo pipefail
export LC_ALL=C

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# The test reads this folder back from the instance config below, so it is named once, here.
OUT=/var/spool/cups-pdf/HallPDF
# cups-pdf reads /etc/cups/cups-pdf-<instance>.conf for a device URI cups-pdf:/<instance>,
# so the hall's queues get their own output folder without touching the shared cups-pdf.conf.
INSTANCE_CONF=/etc/cups/cups-pdf-HallPDF.conf
BROKEN_CONF=/etc/cups/cups-pdf-HallPDFBroken.conf

scheduler_running() { lpstat -r 2>/dev/null | grep -qx 'scheduler is running'; }

if ! scheduler_running; then
  $SUDO mkdir -p /run/cups
  $SUDO cupsd
  for _ in $(seq 1 50); do scheduler_running && break; sleep 0.2; done
  scheduler_running || { echo "cupsd did not start; see /var/log/cups/error_log" >&2; exit 1; }
fi

# Label 1: every file name carries its CUPS job id, so a test finds the file its own job wrote.
# Out and AnonDirName alike: a requesting user without a local account is written anonymously.
$SUDO tee "$INSTANCE_CONF" >/dev/null <<EOF
Out $OUT
AnonDirName $OUT
Label 1
TitlePref 1
AnonUMask 0000
UserUMask 0022
Grp lpadmin
EOF
$SUDO mkdir -p "$OUT"
$SUDO chmod 0777 "$OUT"
# Nothing can be created under /proc: the backend gives up on each job and CUPS cancels it.
printf 'Out /proc/hall-pdf-broken\nAnonDirName /proc/hall-pdf-broken\nGrp lpadmin\n' | $SUDO tee "$BROKEN_CONF" >/dev/null

# The cups-pdf model as this system names it (Debian: lsb/usr/cups-pdf/CUPS-PDF_opt.ppd).
MODEL=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_opt\.ppd/ { print $1; exit }')
if [ -z "$MODEL" ]; then
  echo "no cups-pdf model found by lpinfo -m: is printer-driver-cups-pdf installed?" >&2
  exit 1
fi

for QUEUE in HallPDF HallPDFStopped; do
  # -E enables the queue and makes it accept jobs, so a queue left stopped by an earlier run is back.
  # cups-pdf takes PostScript: pdftocairo makes it with the fonts' Unicode intact (poppler's pdftops and
  # Ghostscript turn an embedded CID TrueType face into glyphs pdftotext cannot read back).
  $SUDO lpadmin -p "$QUEUE" -E -v cups-pdf:/HallPDF -m "$MODEL" -o pdftops-renderer-default=pdftocairo
  $SUDO cupsenable "$QUEUE"
  $SUDO cupsaccept "$QUEUE"
done
$SUDO lpadmin -p HallPDFBroken -E -v cups-pdf:/HallPDFBroken -m "$MODEL" -o printer-error-policy=abort-job
$SUDO cupsenable HallPDFBroken

# A default printer for jobs that name none, unless this machine already has one.
if LC_ALL=C lpstat -d 2>/dev/null | grep -q 'no system default'; then $SUDO lpadmin -d HallPDF; fi

echo "CUPS is running: queues HallPDF and HallPDFStopped write PDFs to $OUT; HallPDFBroken cancels every job"
