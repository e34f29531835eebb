# Formats load-tests/target/bench/results.tsv rows as Markdown tables for docs/benchmarks.md:
#   bash scripts/lib/bench-table.sh RESULTS.tsv open|closed
# Each row gets its ratio to the baseline row measured in the same load run (the last baseline
# row before it with the same members and model).
awk -F'\t' -v model="$2" '
  NR == 1 { next }
  $3 != model { next }
  $4 == "baseline" { base[$2] = $0; bp50 = $11; bp99 = $13; brps = $10 }
  {
    if (model == "open") {
      printf "| %s | %s | %s | %s | %s | %s | %s | %.1f× | %s |\n", $2, $4, $5, $8, $11, $12, $13, ($13 > 0 && bp99 > 0 ? $13 / bp99 : 0), ($9 == "0" ? "0" : $9)
    } else {
      printf "| %s | %s | %s | %s | %s | %.2f× | %s |\n", $2, $4, $6, $10, $13, (brps > 0 ? $10 / brps : 0), ($9 == "0" ? "0" : $9)
    }
  }' "$1"
