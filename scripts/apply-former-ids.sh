#!/usr/bin/env bash
# Replaces the issue-15 block of content/editorial/position-ids.yaml with `npm run former-ids`'s
# proposal (run after a change of the statement rules; review the diff before committing).
set -euo pipefail
cd "$(dirname "$0")/.."
file=content/editorial/position-ids.yaml
marker='# --- issue 15: statements re-read by the statement-fidelity rules (npm run former-ids) ---'
sed -i "/^$(printf '%s' "$marker" | sed 's/[][\/.*^$]/\\&/g')\$/,\$d" "$file"
{ echo "$marker"; npx tsx scripts/former-ids.ts; } >> "$file"
